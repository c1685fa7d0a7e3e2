import type { Clock } from "./clock.js";
import { cancelledError } from "./clock.js";

/**
 * Where discovery starts without a remembered rate: the published Free-plan limit (10 requests/s, the lowest plan), so
 * the first second of a run can exceed no workspace's limit.
 */
export const SAFE_START_RPS = 10;
/**
 * Discovery never probes above this. With the default 8 requests in flight and the API's round trip (≥ 15 ms), a
 * client cannot send more than ~530 requests/s, so above that the limiter stops being what bounds a run; the ceiling
 * keeps headroom for a raised `--concurrency` and Enterprise limits, and past it `--rps` is the way to go faster.
 */
export const PROBE_CEILING_RPS = 1000;
/** How often the rate may rise once a limit is known: short enough to reach a paid plan's limit within a second or two. */
const PROBE_INTERVAL_MS = 100;
/**
 * How often slow start (no limit known yet) doubles the rate: 10 → 640 requests/s in 150 ms, so a first run with no
 * server limit is not spent probing (at 100 ms a 500-agent plan took 1.5× its connection bound). Rising faster does
 * not raise the overshoot past a limit much: what is sent beyond it before the first 429 returns is bounded by the
 * requests in flight (8 by default), and the 429 sets the rate from the server's window at once.
 */
const SLOW_START_INTERVAL_MS = 25;
/** At most one rise of the connection cap per this long: 8 → 32 in about 150 ms of traffic the connections bound. */
const CONNECTION_GROW_INTERVAL_MS = 25;
/** At most one decrease per this long: the 429s of one overload arrive together (requests sent at the old rate). */
const DECREASE_WINDOW_MS = 1000;
/** The API's limit is a sliding one-second window per key. */
const WINDOW_MS = 1000;
/** Once a limit is known, settle this far under it: a 429 costs a round trip and a pause, a percent costs little. */
const SETTLE_FRACTION = 0.95;
/** Above a known limit, probe this much per second (of the limit): a raised plan is found, a sawtooth is not made. */
const SLOW_PROBE_PER_SECOND = 0.01;
/** A request behind others (post-publish work, a security-check poll) that has waited this long goes next. */
const DEFERRED_MAX_WAIT_MS = 2000;

/** Pre-publish work first, then what follows a publish, then polls (each promoted once overdue); lower rank first. */
export interface RatePriority {
  rank: number;
  published?: boolean;
  background: boolean;
}

const NORMAL: RatePriority = { rank: 0, background: false };

export type RateChangeReason = "429" | "probe";

/** The connection cap, as the limiter sees it: a slot is handed out together with a token, in the limiter's order. */
export interface ConnectionSlots {
  tryAcquire(): boolean;
  release(): void;
  /** Resolves when a slot may be free again (a release, or a rise of the cap). */
  freed(): Promise<void>;
  /** Raises the cap if it may still rise; false when it is fixed or at its ceiling. */
  grow?(): boolean;
}

export interface RateLimiterOptions {
  /** `--rps`: a hard cap. The rate never exceeds it; without it the rate is discovered up to `PROBE_CEILING_RPS`. */
  maxRps?: number;
  /** What an earlier run learned about this workspace: start there instead of `SAFE_START_RPS`. */
  remembered?: RememberedRate;
  /** Floor for the rate after repeated 429s. */
  minRps?: number;
  clock: Clock;
  onChange?: (rps: number, reason: RateChangeReason) => void;
  /**
   * When given, a grant also takes one of these slots (released by the caller when its request ends). Who waits for a
   * connection then waits in the limiter's order too: a queued poll holds no connection a due write could use.
   */
  connections?: ConnectionSlots;
}

/** What a run learned, kept between runs (per base URL and key digest). */
export interface RememberedRate {
  /** The rate the run ended on. */
  rps: number;
  /** The workspace's limit as measured at a 429 (accepted requests in one window), when one was seen. */
  limitRps?: number;
}

interface Waiter {
  priority: RatePriority;
  enqueuedAt: number;
  grant: () => void;
  reject: (err: unknown) => void;
  signal?: AbortSignal;
  onAbort?: () => void;
}

/**
 * Token bucket shared by every request of one client (one workspace key), which finds the workspace's real limit.
 *
 * The API sends no rate-limit headers, so the limit is learned from traffic: slow start (the rate doubles every
 * 25 ms of traffic it actually limits), and on a 429 the rate drops to just under what the server accepted in its
 * last window (halving when nothing was accepted; one decrease per burst), then rises 1% of that limit a second.
 * Waiters are served by priority (an earlier agent of an apply first), first in, first out within one, with
 * security-check polls behind writes unless they have waited too long, so neither starves the other.
 */
export class AdaptiveRateLimiter {
  private readonly cap: number;
  private readonly minRps: number;
  private readonly clock: Clock;
  private readonly onChange?: (rps: number, reason: RateChangeReason) => void;
  private readonly connections?: ConnectionSlots;
  private rps: number;
  private limit: number | undefined;
  private tokens = 1;
  private lastRefill: number;
  private lastProbe: number;
  private lastDecrease = Number.NEGATIVE_INFINITY;
  private lastConnectionGrow = Number.NEGATIVE_INFINITY;
  private notBefore = 0;
  /** Since the last probe step: did a request wait for a token (the rate, not demand, bounded the traffic)? */
  private bound = false;
  private limitedSinceProbe = false;
  /** Arrival times (at the client) of recent answers the server did not rate-limit: its window's contents. */
  private accepted: number[] = [];
  private readonly queue: Waiter[] = [];
  private pumping = false;
  private absorbed = 0;

  constructor(options: RateLimiterOptions) {
    if (options.maxRps !== undefined && !(options.maxRps > 0)) throw new RangeError("rps must be greater than 0");
    this.cap = options.maxRps ?? PROBE_CEILING_RPS;
    this.minRps = Math.min(options.minRps ?? 0.5, this.cap);
    this.clock = options.clock;
    this.onChange = options.onChange;
    this.connections = options.connections;
    const remembered = options.remembered;
    this.limit = remembered?.limitRps !== undefined && remembered.limitRps > 0 ? remembered.limitRps : undefined;
    const start = remembered && remembered.rps > 0 ? remembered.rps : SAFE_START_RPS;
    // With --rps the user named the rate: start there (a remembered lower rate still wins: it was measured).
    this.rps = clamp(options.maxRps !== undefined && !remembered ? options.maxRps : start, this.minRps, this.cap);
    this.lastRefill = this.clock.now();
    this.lastProbe = this.lastRefill;
  }

  get currentRps(): number {
    return this.rps;
  }

  /** The workspace's limit as measured, if a 429 has shown it. */
  get measuredLimitRps(): number | undefined {
    return this.limit;
  }

  /** 429s this limiter has absorbed. */
  get rateLimitedCount(): number {
    return this.absorbed;
  }

  /** Earliest time any request may be sent (after a 429, when the server's window reopens). */
  get notBeforeTime(): number {
    return this.notBefore;
  }

  /** What the next run should start from. */
  remember(): RememberedRate {
    return this.limit === undefined ? { rps: this.rps } : { rps: this.rps, limitRps: this.limit };
  }

  /** Waits for a token (first in, first out within a priority), then takes it, and a connection slot if configured. */
  acquire(signal?: AbortSignal, priority: RatePriority = NORMAL): Promise<void> {
    if (signal?.aborted) return Promise.reject(cancelledError(signal));
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = { priority, enqueuedAt: this.clock.now(), grant: resolve, reject, signal };
      if (signal) {
        waiter.onAbort = () => {
          const i = this.queue.indexOf(waiter);
          if (i >= 0) this.queue.splice(i, 1);
          reject(cancelledError(signal));
        };
        signal.addEventListener("abort", waiter.onAbort, { once: true });
      }
      this.queue.push(waiter);
      void this.pump();
    });
  }

  /** An answer that was not a 429 arrived: the server counted the request in its window. */
  onAccepted(): void {
    const now = this.clock.now();
    this.accepted.push(now);
    this.trimWindow(now);
  }

  onRateLimited(retryAfterMs: number | undefined): void {
    const now = this.clock.now();
    this.absorbed++;
    this.refill(now);
    this.limitedSinceProbe = true;
    this.trimWindow(now);
    // Until the oldest request in the server's window leaves it, every request is refused: wait that long, but never
    // longer than the server asked (Retry-After comes in whole seconds and overshoots a sliding window). With no
    // request of ours in the window (another client on the key, or a run just before this one), it is the server's word.
    // Without a wait from the server, the refused request backs off on its own and the lower rate paces the rest.
    const asked = retryAfterMs === undefined ? Number.POSITIVE_INFINITY : now + retryAfterMs;
    const reopen = this.accepted.length > 0 ? Math.max(now, this.accepted[0]! + WINDOW_MS) : now;
    const pauseUntil = this.accepted.length > 0 ? Math.min(asked, reopen) : retryAfterMs === undefined ? now : asked;
    this.notBefore = Math.max(this.notBefore, pauseUntil);
    this.tokens = Math.min(this.tokens, 0);
    // 429s that arrive together answer requests sent at the old rate: one congestion signal, one decrease.
    if (now - this.lastDecrease < DECREASE_WINDOW_MS) return;
    this.lastDecrease = now;
    const acceptedInWindow = this.accepted.length;
    if (acceptedInWindow >= 2) this.limit = acceptedInWindow;
    // A measured limit is better than a guess: settle just under it. Without one (the 429 came before any of our
    // requests was counted), halve, as AIMD does.
    const target = acceptedInWindow >= 2 ? this.limit! * SETTLE_FRACTION : this.rps / 2;
    const next = clamp(Math.min(this.rps, target), this.minRps, this.cap);
    this.lastProbe = now;
    if (next !== this.rps) {
      this.rps = next;
      this.onChange?.(this.rps, "429");
    }
  }

  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      while (this.queue.length > 0) {
        const now = this.clock.now();
        if (now < this.notBefore) {
          await this.clock.sleep(this.notBefore - now);
          continue;
        }
        this.refill(now);
        this.probe(now);
        if (this.tokens < 1) {
          this.bound = true;
          await this.clock.sleep(Math.max(1, Math.ceil(((1 - this.tokens) / this.rps) * 1000)));
          continue;
        }
        // Waiting for a connection is not the rate holding traffic back: `bound` stays as it was. A token is ready and
        // every connection busy: the round trip bounds the run, so more connections (if allowed) go faster, except
        // right after a 429, when the server just said the rate, not the round trip, is the limit.
        if (this.connections && !this.connections.tryAcquire()) {
          const growable = now - this.lastConnectionGrow >= CONNECTION_GROW_INTERVAL_MS && now - this.lastDecrease >= DECREASE_WINDOW_MS;
          if (growable && this.connections.grow?.()) {
            this.lastConnectionGrow = now;
            continue;
          }
          await this.connections.freed();
          continue;
        }
        const waiter = this.next(now);
        if (!waiter) {
          this.connections?.release();
          continue;
        }
        this.tokens -= 1;
        if (waiter.onAbort) waiter.signal?.removeEventListener("abort", waiter.onAbort);
        waiter.grant();
      }
    } finally {
      this.pumping = false;
    }
  }

  private next(now: number): Waiter | undefined {
    let pick = -1;
    for (let i = 0; i < this.queue.length; i++) {
      const w = this.queue[i]!;
      if (tier(w.priority) > 0 && now - w.enqueuedAt >= DEFERRED_MAX_WAIT_MS) {
        pick = i; // overdue: a check that passed, or an agent ready to go live, must not wait for every other write
        break;
      }
      if (pick < 0 || before(w.priority, this.queue[pick]!.priority)) pick = i;
    }
    return pick < 0 ? undefined : this.queue.splice(pick, 1)[0];
  }

  private probe(now: number): void {
    const elapsed = now - this.lastProbe;
    if (elapsed < (this.limit === undefined ? SLOW_START_INTERVAL_MS : PROBE_INTERVAL_MS)) return;
    const wasBound = this.bound;
    const limited = this.limitedSinceProbe;
    this.bound = false;
    this.limitedSinceProbe = false;
    this.lastProbe = now;
    // Only traffic the limiter actually held back says anything about a higher rate; a 429 since says the opposite.
    if (!wasBound || limited || this.rps >= this.cap) return;
    let next: number;
    if (this.limit === undefined) {
      next = this.rps * 2;
    } else if (this.rps < this.limit * SETTLE_FRACTION) {
      next = Math.min(this.limit * SETTLE_FRACTION, this.rps + this.limit * 0.25);
    } else {
      next = this.rps + this.limit * SLOW_PROBE_PER_SECOND * (elapsed / 1000);
    }
    next = Math.min(this.cap, next);
    if (next === this.rps) return;
    this.rps = next;
    this.onChange?.(this.rps, "probe");
  }

  private burst(): number {
    // A small bucket: a second's worth of tokens up front is a second's worth of 429s on a sliding window.
    return Math.max(1, this.rps / 10);
  }

  private refill(now: number): void {
    const elapsed = Math.max(0, now - this.lastRefill);
    this.tokens = Math.min(this.burst(), this.tokens + (elapsed / 1000) * this.rps);
    this.lastRefill = now;
  }

  private trimWindow(now: number): void {
    const from = now - WINDOW_MS;
    let drop = 0;
    while (drop < this.accepted.length && this.accepted[drop]! <= from) drop++;
    if (drop > 0) this.accepted.splice(0, drop);
  }
}

/** Strictly ahead in line (ties keep arrival order). */
function before(a: RatePriority, b: RatePriority): boolean {
  const ta = tier(a);
  const tb = tier(b);
  return ta !== tb ? ta < tb : a.rank < b.rank;
}

function tier(p: RatePriority): number {
  return p.background ? 2 : p.published ? 1 : 0;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
