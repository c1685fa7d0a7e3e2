import pLimit from "p-limit";
import { sleep } from "../sleep.js";
import { SecurityCheckWaiter } from "./security-check.js";
import type { RunSettings } from "./types.js";

const DEFAULT_CONCURRENCY = 8;
const DEFAULT_SECURITY_CHECK_TIMEOUT_MS = 120_000;

export interface RunTools {
  /** The run's clock: `settings.clock.now`, or the system clock. */
  now: () => number;
  /** One security-check waiter for the run, so agents learn the check's duration from each other. */
  waiter: SecurityCheckWaiter;
  /** Runs `fn` while holding one of the run's `limits.concurrency` slots. */
  withSlot<T>(fn: () => Promise<T>): Promise<T>;
}

/**
 * What a run's settings give the engine and the recovery pre-pass alike, with the defaults (8 agents at once, 120 s
 * per security check, the system clock) decided here and nowhere else.
 */
export function runTools(settings: Pick<RunSettings, "limits" | "clock">): RunTools {
  const now = settings.clock?.now ?? Date.now;
  const limit = pLimit(Math.max(1, settings.limits?.concurrency ?? DEFAULT_CONCURRENCY));
  return {
    now,
    waiter: new SecurityCheckWaiter({
      sleep: settings.clock?.sleep ?? sleep,
      now,
      timeoutMs: settings.limits?.securityCheckTimeoutMs ?? DEFAULT_SECURITY_CHECK_TIMEOUT_MS,
    }),
    withSlot: (fn) => limit(fn),
  };
}
