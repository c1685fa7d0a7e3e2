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
  /** A check of this workspace has been seen passing this long after its publish (the smallest such sighting). */
  private estimateMs: number | undefined;
  /** ... and seen still queued this long after its publish (the largest such sighting). */
  private queuedAtMs = 0;
  /** The first check of a run is the only one that polls blind; it ends when the estimate is learned (or not). */
  private leader: Promise<void> | undefined;
  constructor(private readonly options: SecurityCheckWaiterOptions) {}

  /**
   * Offsets (ms since publish) at which to poll before the estimate is known: one early look (instant checks, e.g. a
   * rehearsal emulator), then at 3 s (a quick workspace) and around the documented ~6 s. A 6 s check is seen with 5
   * polls, right as it passes; a 3 s one with 3. Only the first check of a run follows it (see `waitFor`).
   */
  static readonly BLIND_SCHEDULE = [250, 1000, 3000, 4500, 6000, 7000, 8500, 10_500, 13_000, 16_000, 20_000];
  /** Once "still queued" and "passed" sightings are this close, the check's duration is known well enough. */
  static readonly NARROW_MS = 250;

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
    const deadline = publishedAt + timeoutMs;
    let polls = 0;
    // The schedule goes by time since publish, not by poll count: a look that waited its turn (behind writes, or
    // behind the first check of the run) is followed by the next one still ahead, never by a burst of overdue ones.
    let lastLook: number | undefined;
    for (;;) {
      // Asked again after each sleep (from the same starting point: a timer fires late, never early enough to skip a
      // look): what other agents learned meanwhile may have moved the look later.
      const from = lastLook ?? now() - publishedAt;
      for (;;) {
        const target = publishedAt + (lastLook === undefined ? this.firstLook(from) : this.nextLook(lastLook));
        const wait = Math.min(target, deadline) - now();
        if (wait <= 0) break;
        await sleep(wait, signal);
      }
      polls++;
      const askedAt = now();
      let sentAt: number | undefined;
      // A poll only asks "done yet?": writes that start other agents' checks go before it when the rate is tight.
      const version = await inBackground(poll, (at) => (sentAt = at));
      const answeredAt = now();
      // What the server saw, it saw when the request left (it may have queued behind writes); an unknown or
      // implausible send time falls back to the bound that is safe either way.
      const seenAt = sentAt !== undefined && sentAt >= askedAt && sentAt <= answeredAt ? sentAt : undefined;
      lastLook = answeredAt - publishedAt;
      const check = version.securityCheck;
      // A version without a check (very old data) counts as passed (docs/atoms-api.md §5.4).
      const status = check?.status ?? "passed";
      if (status === "passed") {
        this.learnPassed((seenAt ?? answeredAt) - publishedAt);
        return { status: "passed", polls };
      }
      if (status !== "queued") {
        return { status: "failed", reason: check?.reason ?? `security check ${status}`, polls };
      }
      this.learnQueued((seenAt ?? askedAt) - publishedAt);
      if (now() >= deadline) {
        throw new TimeoutError(
          `security check still queued after ${Math.round(timeoutMs / 1000)} s (${polls} polls); raise --security-check-timeout`,
        );
      }
    }
  }

  /**
   * When to look first, `elapsed` ms after publish (later than 0 for a check that waited for the run's first one):
   * at once when checks have been passing by now, else at the schedule's next offset still ahead.
   */
  private firstLook(elapsed: number): number {
    if (this.estimateMs !== undefined && elapsed >= this.estimateMs) return elapsed;
    return this.schedule(true).find((o) => o >= elapsed) ?? this.nextLook(elapsed);
  }

  /** The first offset of the schedule (ms since publish) after the previous look, `after`. */
  private nextLook(after: number): number {
    const offsets = this.schedule(false);
    const next = offsets.find((o) => o > after);
    if (next !== undefined) return next;
    const last = offsets[offsets.length - 1]!;
    const step = this.estimateMs === undefined ? 4000 : 2000;
    return last + (Math.floor((after - last) / step) + 1) * step;
  }

  private schedule(first: boolean): number[] {
    const est = this.estimateMs;
    if (est === undefined) return SecurityCheckWaiter.BLIND_SCHEDULE;
    // A passing sighting is only an upper bound: the look that made it may have come late. While the last "queued"
    // sighting is far below it, an agent's first look goes halfway; each agent halves the gap, for one extra poll.
    const floor = this.queuedAtMs;
    const halfway = first && floor < est - SecurityCheckWaiter.NARROW_MS ? [Math.round((floor + est) / 2)] : [];
    return [...halfway, est, est + 500, est + 1500, est + 3000];
  }

  private learnPassed(observedMs: number): void {
    // Keep the smallest duration seen: checks that passed later only did so because we looked later.
    this.estimateMs = this.estimateMs === undefined ? observedMs : Math.min(this.estimateMs, observedMs);
  }

  private learnQueued(observedMs: number): void {
    this.queuedAtMs = Math.max(this.queuedAtMs, observedMs);
  }
}
