import { CancelledError } from "./errors.js";

/** The error a cancelled wait rejects with: the signal's own `CancelledError` when it carries one. */
export function cancelledError(signal: AbortSignal | undefined): CancelledError {
  const reason: unknown = signal?.reason;
  return reason instanceof CancelledError ? reason : new CancelledError();
}

/**
 * Real-time sleep that rejects with `CancelledError` as soon as the signal aborts. The abort listener is removed
 * when the timer fires: one long-lived signal (an apply's stop signal) is waited on hundreds of times per run.
 */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(cancelledError(signal));
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(cancelledError(signal));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, Math.max(0, ms));
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
