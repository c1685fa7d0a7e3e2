import type { Clock } from "./clock.js";
import { cancelledError } from "./clock.js";

/** At most one halving per this long: the 429s of one overload arrive together. */
const DECREASE_WINDOW_MS = 1000;

export interface RateLimiterOptions {
  /** Hard cap in requests per second; the adaptive rate never exceeds it. */
  maxRps: number;
  /** Floor for the adaptive rate after repeated 429s. */
  minRps?: number;
  clock: Clock;
  onChange?: (rps: number, reason: "429" | "recover") => void;
}

/**
 * Adaptive token bucket shared by every request of one client (one workspace key).
 * On 429 the rate halves and a shared "not before" time honours `Retry-After` for all requests;
 * after that the rate recovers additively (+10% of the cap per successful second) back to the cap.
 */
export class AdaptiveRateLimiter {
  private readonly maxRps: number;
  private readonly minRps: number;
  private readonly clock: Clock;
  private readonly onChange?: (rps: number, reason: "429" | "recover") => void;
  private rps: number;
  private tokens: number;
  private lastRefill: number;
  private lastAdjust: number;
  private lastDecrease = Number.NEGATIVE_INFINITY;
  private notBefore = 0;

  constructor(options: RateLimiterOptions) {
    if (!(options.maxRps > 0)) throw new RangeError("rps must be greater than 0");
    this.maxRps = options.maxRps;
    this.minRps = Math.min(options.minRps ?? 0.5, this.maxRps);
    this.clock = options.clock;
    this.onChange = options.onChange;
    this.rps = this.maxRps;
    this.tokens = this.burst();
    this.lastRefill = this.clock.now();
    this.lastAdjust = this.lastRefill;
  }

  get currentRps(): number {
    return this.rps;
  }

  /** Earliest time any request may be sent (from the last `Retry-After`). */
  get notBeforeTime(): number {
    return this.notBefore;
  }

  /** Waits for a token (and for any shared `Retry-After` pause), then takes it. */
  async acquire(signal?: AbortSignal): Promise<void> {
    for (;;) {
      if (signal?.aborted) throw cancelledError(signal);
      const now = this.clock.now();
      if (now < this.notBefore) {
        await this.clock.sleep(this.notBefore - now, signal);
        continue;
      }
      this.refill(now);
      if (this.tokens >= 1) {
        this.tokens -= 1;
        return;
      }
      const waitMs = Math.ceil(((1 - this.tokens) / this.rps) * 1000);
      await this.clock.sleep(Math.max(1, waitMs), signal);
    }
  }

  onRateLimited(retryAfterMs: number | undefined): void {
    const now = this.clock.now();
    this.refill(now);
    if (retryAfterMs !== undefined) this.notBefore = Math.max(this.notBefore, now + retryAfterMs);
    // 429s that arrive together answer requests sent at the old rate: one congestion signal, one halving (AIMD backs
    // off once per window). Halving on each would sink the rate to its floor after a single burst.
    if (now - this.lastDecrease < DECREASE_WINDOW_MS) {
      this.tokens = Math.min(this.tokens, 0);
      return;
    }
    this.lastDecrease = now;
    const next = Math.max(this.minRps, this.rps / 2);
    this.lastAdjust = now;
    // Drain the bucket so the reduced rate takes effect immediately, not after a burst.
    this.tokens = Math.min(this.tokens, 0);
    if (next !== this.rps) {
      this.rps = next;
      this.onChange?.(this.rps, "429");
    }
  }

  onSuccess(): void {
    if (this.rps >= this.maxRps) return;
    const now = this.clock.now();
    if (now - this.lastAdjust < 1000) return;
    this.refill(now);
    this.rps = Math.min(this.maxRps, this.rps + this.maxRps * 0.1);
    this.lastAdjust = now;
    this.onChange?.(this.rps, "recover");
  }

  private burst(): number {
    return Math.max(1, this.rps);
  }

  private refill(now: number): void {
    const elapsed = Math.max(0, now - this.lastRefill);
    this.tokens = Math.min(this.burst(), this.tokens + (elapsed / 1000) * this.rps);
    this.lastRefill = now;
  }
}
