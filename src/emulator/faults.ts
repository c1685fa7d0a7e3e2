export interface FaultSpec {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Delay before responding (before handling, unless `afterHandling`). */
  delayMs?: number;
  /** Drop the connection (in-process fetch rejects with TypeError("fetch failed")). */
  drop?: boolean;
  /** Handle the request for real (state changes!) and then apply status/drop/delay: "the response is lost". */
  afterHandling?: boolean;
}

export interface FaultRule {
  method?: string;
  /** Path relative to the base path (e.g. `/agent/66a…/drafts`); a string matches exactly, or as a prefix when it ends with `*`. */
  path?: string | RegExp;
  /** How many matching requests get the fault; default 1. */
  times?: number;
  fault: FaultSpec;
}

interface QueuedRule {
  rule: FaultRule;
  remaining: number;
}

/** Queued faults, consumed in order by the first matching request. */
export class FaultQueue {
  private rules: QueuedRule[] = [];

  queue(rule: FaultRule): void {
    const times = rule.times ?? 1;
    if (!Number.isInteger(times) || times < 1) throw new Error("fault times must be a positive integer");
    this.rules.push({ rule, remaining: times });
  }

  clear(): void {
    this.rules = [];
  }

  get size(): number {
    return this.rules.length;
  }

  take(method: string, path: string): FaultSpec | null {
    const index = this.rules.findIndex(({ rule }) => matches(rule, method, path));
    if (index < 0) return null;
    const entry = this.rules[index]!;
    entry.remaining -= 1;
    if (entry.remaining <= 0) this.rules.splice(index, 1);
    return entry.rule.fault;
  }
}

function matches(rule: FaultRule, method: string, path: string): boolean {
  if (rule.method && rule.method.toUpperCase() !== method.toUpperCase()) return false;
  if (rule.path === undefined) return true;
  if (rule.path instanceof RegExp) return rule.path.test(path);
  if (rule.path.endsWith("*")) return path.startsWith(rule.path.slice(0, -1));
  return rule.path === path;
}

/** Sliding one-second window per API key (§1.6). */
export class RateLimiter {
  private hits = new Map<string, number[]>();
  constructor(private readonly rps: number) {}

  /** Seconds to wait, or 0 when the request may proceed (and is counted). */
  check(key: string, now: number): number {
    const windowStart = now - 1000;
    const list = (this.hits.get(key) ?? []).filter((t) => t > windowStart);
    if (list.length >= this.rps) {
      this.hits.set(key, list);
      return Math.max(1, Math.ceil((list[0]! + 1000 - now) / 1000));
    }
    list.push(now);
    this.hits.set(key, list);
    return 0;
  }

  reset(): void {
    this.hits.clear();
  }
}

export function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
