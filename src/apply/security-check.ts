import { TimeoutError } from "../errors.js";
import type { VersionInfo } from "../model/observed.js";
import { inBackground, markPublished } from "../request-priority.js";

export type CheckOutcome = { status: "passed"; polls: number } | { status: "failed"; reason: string; polls: number };

export interface SecurityCheckWaiterOptions {
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  now: () => number;
  timeoutMs: number;
}

/**
 * Polls a published version until its security check ends, and learns how long checks take.
 *
 * Why learn: the check takes a fixed-ish time per workspace (~6 s live, configurable in the emulator). A blind
 * backoff either polls too often (rate limit, request count) or overshoots (a 50-agent apply waits seconds longer
 * than needed). The first agent to pass tells the others when to look, so later agents poll once or twice.
 */
export class SecurityCheckWaiter {
  private estimateMs: number | undefined;
  /** The first check of a run is the only one that polls blind; it ends when the estimate is learned (or not). */
  private leader: Promise<void> | undefined;
  constructor(private readonly options: SecurityCheckWaiterOptions) {}

  /**
   * Offsets (ms since publish) at which to poll before the estimate is known: one early look (instant checks, e.g. a
   * rehearsal emulator), then at 3 s (a quick workspace) and around the documented ~6 s. A 6 s check is seen with 5
   * polls, right as it passes; a 3 s one with 3. Only the first check of a run follows it (see `waitFor`).
   */
  static readonly BLIND_SCHEDULE = [250, 1000, 3000, 4500, 6000, 7000, 8500, 10_500, 13_000, 16_000, 20_000];

  async waitFor(publishedAt: number, poll: () => Promise<VersionInfo>, signal?: AbortSignal): Promise<CheckOutcome> {
    markPublished();
    if (this.estimateMs === undefined && this.leader) {
      // Checks take about the same time across a workspace: rather than every agent polling blind (a 40-agent apply
      // would spend ~160 requests of its rate limit on "not yet"), later checks wait for the first one to pass.
      await this.untilLeaderDone(publishedAt + this.options.timeoutMs, signal);
    }
    if (this.estimateMs !== undefined || this.leader) return this.poll(publishedAt, poll, signal);
    let done!: () => void;
    this.leader = new Promise<void>((resolve) => (done = resolve));
    try {
      return await this.poll(publishedAt, poll, signal);
    } finally {
      this.leader = undefined;
      done();
    }
  }

  private async untilLeaderDone(deadline: number, signal?: AbortSignal): Promise<void> {
    const { now, sleep } = this.options;
    const wait = deadline - now();
    if (wait <= 0 || !this.leader) return;
    const stop = new AbortController();
    const onAbort = (): void => stop.abort(signal?.reason);
    signal?.addEventListener("abort", onAbort, { once: true });
    try {
      await Promise.race([this.leader, sleep(wait, stop.signal).catch(() => undefined)]);
      if (signal?.aborted) throw signal.reason;
    } finally {
      signal?.removeEventListener("abort", onAbort);
      stop.abort();
    }
  }

  private async poll(publishedAt: number, poll: () => Promise<VersionInfo>, signal?: AbortSignal): Promise<CheckOutcome> {
    const { now, sleep, timeoutMs } = this.options;
    let polls = 0;
    for (let attempt = this.firstAttempt(publishedAt); ; attempt++) {
      const target = publishedAt + this.offsetFor(attempt);
      const deadline = publishedAt + timeoutMs;
      const wait = Math.min(target, deadline) - now();
      if (wait > 0) await sleep(wait, signal);
      polls++;
      // A poll only asks "done yet?": writes that start other agents' checks go before it when the rate is tight.
      const version = await inBackground(poll);
      const check = version.securityCheck;
      // A version without a check (very old data) counts as passed (docs/atoms-api.md §5.4).
      const status = check?.status ?? "passed";
      if (status === "passed") {
        this.learn(now() - publishedAt);
        return { status: "passed", polls };
      }
      if (status !== "queued") {
        return { status: "failed", reason: check?.reason ?? `security check ${status}`, polls };
      }
      if (now() >= deadline) {
        throw new TimeoutError(
          `security check still queued after ${Math.round(timeoutMs / 1000)} s (${polls} polls); raise --security-check-timeout`,
        );
      }
    }
  }

  /** A check that waited for the leader starts its schedule at the first look not already in the past. */
  private firstAttempt(publishedAt: number): number {
    const elapsed = this.options.now() - publishedAt;
    let attempt = 0;
    while (attempt < 64 && this.offsetFor(attempt + 1) <= elapsed) attempt++;
    return attempt;
  }

  private offsetFor(attempt: number): number {
    const est = this.estimateMs;
    if (est !== undefined) {
      // Look when checks have been passing, then tighten around it.
      const steps = [est, est + 500, est + 1500, est + 3000];
      return steps[attempt] ?? est + 3000 + (attempt - 3) * 2000;
    }
    const blind = SecurityCheckWaiter.BLIND_SCHEDULE;
    return blind[attempt] ?? blind[blind.length - 1]! + (attempt - blind.length + 1) * 4000;
  }

  private learn(observedMs: number): void {
    // Keep the smallest duration seen: checks that passed later only did so because we looked later.
    this.estimateMs = this.estimateMs === undefined ? observedMs : Math.min(this.estimateMs, observedMs);
  }
}
