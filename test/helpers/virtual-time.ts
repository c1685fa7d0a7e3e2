/** A clock shared by the emulator and the CLI under test. */
export interface VirtualClock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/**
 * Time that advances only when someone sleeps: waits are instant, their order and arithmetic are real. Given to the
 * emulator (its security check, its rate window) and to the CLI (backoff, polls), both see the same time pass.
 * Request timeouts stay on real timers, so an answer in flight is never timed out by a jump.
 */
export function virtualClock(): VirtualClock {
  let offset = 0;
  return {
    now: () => Date.now() + offset,
    async sleep(ms, signal) {
      if (signal?.aborted) throw signal.reason;
      offset += Math.max(0, ms);
      await new Promise((r) => setImmediate(r));
      if (signal?.aborted) throw signal.reason;
    },
  };
}
