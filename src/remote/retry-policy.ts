// Retry policy as data (docs/atoms-api.md §1.6), so it can be read, tested and changed in one place.

export const RETRY_POLICY = {
  /** Methods whose effect is absolute: replaying them after a lost response is harmless. */
  idempotentMethods: ["GET", "HEAD", "OPTIONS", "PUT", "PATCH", "DELETE"] as readonly string[],
  /** Rejected before processing: safe to retry on any method. */
  anyMethodStatuses: [429] as readonly number[],
  /** Maybe processed: retried only when the request is idempotent. */
  idempotentOnlyStatuses: [408, 500, 502, 503, 504] as readonly number[],
  /** Everything else (every other 4xx, notably every 409) is never retried. */
  baseDelayMs: 1_000,
  maxDelayMs: 60_000,
} as const;

/** What went wrong with one attempt, as far as retrying is concerned. */
export type AttemptFailure =
  | { kind: "status"; status: number; retryAfterMs?: number }
  | { kind: "network" }
  /** The server's TLS certificate did not verify: nothing was sent, and it will not verify on a retry either. */
  | { kind: "certificate" }
  | { kind: "timeout" };

export function shouldRetry(failure: AttemptFailure, idempotent: boolean): boolean {
  if (failure.kind === "certificate") return false;
  if (failure.kind === "network" || failure.kind === "timeout") return idempotent;
  if (RETRY_POLICY.anyMethodStatuses.includes(failure.status)) return true;
  return idempotent && RETRY_POLICY.idempotentOnlyStatuses.includes(failure.status);
}

export function isIdempotentMethod(method: string): boolean {
  return RETRY_POLICY.idempotentMethods.includes(method.toUpperCase());
}

/**
 * Delay before retry number `retry` (1-based). `Retry-After` wins when the server sent it; otherwise
 * exponential backoff 1 s · 2ⁿ capped at 60 s with full jitter (spreads a thundering herd of agents).
 */
export function retryDelayMs(failure: AttemptFailure, retry: number, random: () => number): number {
  if (failure.kind === "status" && failure.retryAfterMs !== undefined) return failure.retryAfterMs;
  const ceiling = Math.min(RETRY_POLICY.maxDelayMs, RETRY_POLICY.baseDelayMs * 2 ** Math.max(0, retry - 1));
  return Math.floor(random() * ceiling);
}

/** `Retry-After` as delta-seconds or HTTP-date (RFC 9110 §10.2.3). Unparseable → undefined. */
export function parseRetryAfter(header: string | null, now: number): number | undefined {
  if (header === null) return undefined;
  const text = header.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}
