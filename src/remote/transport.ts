// The one place that sends HTTP: auth, timeouts, retries, rate limit, concurrency cap, envelope parsing.
import { createRedactor } from "../redact.js";
import type { JsonValue } from "../model/json.js";
import { AtomsApiError, CancelledError, TimeoutError } from "../errors.js";
import type { Clock } from "./clock.js";
import { cancelledError } from "./clock.js";
import type { ErrorContext, ParsedBody } from "./envelope.js";
import {
  MAX_BODY_BYTES,
  MAX_JSON_DEPTH,
  errorFromResponse,
  isBareBody,
  isFailureEnvelope,
  isSuccessEnvelope,
  jsonDepthExceeds,
  parseBody,
  scrubText,
  unexpectedShape,
} from "./envelope.js";
import { currentRequestPriority } from "../request-priority.js";
import { AdaptiveRateLimiter, type RememberedRate } from "./rate-limiter.js";
import type { AttemptFailure } from "./retry-policy.js";
import { isIdempotentMethod, parseRetryAfter, retryDelayMs, shouldRetry } from "./retry-policy.js";
import { Semaphore } from "./semaphore.js";
import { BodyTooLarge, type Exchanger } from "./exchange.js";

export type ClientEvent =
  | { type: "request"; method: string; path: string; attempt: number }
  | { type: "response"; method: string; path: string; status: number; durationMs: number; requestId?: string }
  | { type: "retry"; method: string; path: string; status?: number; reason: string; delayMs: number; attempt: number }
  | { type: "rate-limit"; rps: number; reason: "429" | "probe" }
  | { type: "api-model"; model: "versions" | "branches"; reason: string };

export type { FetchLike } from "./exchange.js";

export interface TransportOptions {
  baseUrl: string;
  apiKey: string;
  /** Further values never to show in an error (the run's `${env.*}` values, tool headers), read at each error. */
  redactor?: { readonly secrets: readonly string[] };
  exchange: Exchanger;
  timeoutMs: number;
  /** Requests in flight at the start. */
  concurrency: number;
  /** How far the in-flight cap may rise while the round trip, not the workspace's limit, bounds the run (default: fixed). */
  connectionCeiling?: number;
  /** `--rps`: a hard cap; without it the limiter discovers the workspace's limit. */
  rps?: number;
  /** Where the limiter starts: what an earlier run learned about this base URL and key. */
  rememberedRate?: RememberedRate;
  maxRetries: number;
  operationDeadlineMs: number;
  signal?: AbortSignal;
  clock: Clock;
  random: () => number;
  onEvent?: (event: ClientEvent) => void;
}

export type Query = Record<string, string | number | boolean | undefined>;

export interface RequestOptions {
  query?: Query;
  body?: JsonValue;
  /** A non-JSON body sent as is (a multipart upload); wins over `body`. */
  raw?: RawBody;
  /** Overrides the method's default idempotency (e.g. a PUT with `expectedRevision` must not be replayed). */
  idempotent?: boolean;
}

export interface RawBody {
  contentType: string;
  bytes: Uint8Array;
}

export interface HttpResult {
  status: number;
  /** The envelope's `data` (or the whole body when the endpoint has no envelope; null when empty). */
  data: unknown;
  method: string;
  path: string;
  requestId?: string;
}

interface Payload {
  contentType: string;
  content: string | Uint8Array;
}

type AttemptOutcome =
  | { kind: "response"; status: number; header: (name: string) => string | null; body: ParsedBody; requestId?: string }
  | { kind: "network"; detail: string; certificate: boolean }
  | { kind: "timeout" };

/** A request that got no answer in time. Carries where it went (never the key) so callers can report it. */
export class RequestTimeoutError extends TimeoutError {
  readonly method: string;
  readonly path: string;
  readonly timeoutMs: number;
  constructor(method: string, path: string, timeoutMs: number, message: string) {
    super(message);
    this.method = method;
    this.path = path;
    this.timeoutMs = timeoutMs;
  }
}

/**
 * Nesting needs as many opening brackets as levels: a body with few (every real response) skips the
 * character-by-character depth scan, using only native substring searches.
 */
function mayNestDeeperThan(text: string, limit: number): boolean {
  let count = 0;
  for (const bracket of ["{", "["]) {
    for (let i = text.indexOf(bracket); i !== -1; i = text.indexOf(bracket, i + 1)) {
      if (++count > limit) return true;
    }
  }
  return false;
}

/** OpenSSL's and Node's codes for a certificate that could not be verified (it will not verify on a retry either). */
const CERTIFICATE_CODES = /^(DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_VERIFY_LEAF_SIGNATURE|UNABLE_TO_GET_ISSUER_CERT(_LOCALLY)?|CERT_[A-Z_]+|ERR_TLS_CERT_ALTNAME_INVALID)$/;

function describeNetworkError(err: unknown): { detail: string; certificate: boolean } {
  // fetch wraps the socket error in `cause`; Node's http client rejects with it directly.
  const cause = (err as { cause?: { code?: unknown; message?: unknown } } | undefined)?.cause ?? (err as { code?: unknown; message?: unknown } | undefined);
  const code = typeof cause?.code === "string" ? cause.code : undefined;
  const msg = typeof cause?.message === "string" ? cause.message : err instanceof Error ? err.message : String(err);
  return { detail: code && !msg.includes(code) ? `${msg} (${code})` : msg, certificate: code !== undefined && CERTIFICATE_CODES.test(code) };
}

export class Transport {
  readonly baseUrl: string;
  private readonly opts: TransportOptions;
  private readonly limiter: AdaptiveRateLimiter;
  private readonly slots: Semaphore;
  private readonly keyForms: readonly string[];
  private get secrets(): string[] {
    return [...(this.opts.redactor?.secrets ?? []), ...this.keyForms];
  }
  private counters = { requests: 0, retries: 0, rateLimited: 0 };

  constructor(options: TransportOptions) {
    this.opts = options;
    this.baseUrl = options.baseUrl.replace(/\/+$/, "");
    this.keyForms = createRedactor([options.apiKey]).secrets;
    this.slots = new Semaphore(options.concurrency, Math.max(options.concurrency, options.connectionCeiling ?? options.concurrency));
    this.limiter = new AdaptiveRateLimiter({
      maxRps: options.rps,
      remembered: options.rememberedRate,
      clock: options.clock,
      connections: this.slots,
      onChange: (rps, reason) => this.emit({ type: "rate-limit", rps, reason }),
    });
  }

  stats(): { requests: number; retries: number; rateLimited: number } {
    return { ...this.counters };
  }

  /** The rate this run is at, the limit a 429 showed (if any), and how many 429s were absorbed. */
  rate(): { rps: number; limitRps?: number; rateLimited: number } {
    const limitRps = this.limiter.measuredLimitRps;
    return { rps: this.limiter.currentRps, ...(limitRps !== undefined ? { limitRps } : {}), rateLimited: this.limiter.rateLimitedCount };
  }

  rememberRate(): RememberedRate {
    return this.limiter.remember();
  }

  emit(event: ClientEvent): void {
    if (!this.opts.onEvent) return;
    try {
      this.opts.onEvent(event);
    } catch {
      // A faulty listener must not break a request.
    }
  }

  /** One logical call: retried per policy within `maxRetries` and the operation deadline. */
  async request(method: string, path: string, options: RequestOptions = {}): Promise<HttpResult> {
    const { clock, signal } = this.opts;
    const relPath = scrubText(withQuery(path, options.query), this.secrets);
    const idempotent = options.idempotent ?? isIdempotentMethod(method);
    const priority = currentRequestPriority();
    // Time queued behind this client's own limiter and connection cap is not time waiting for the server: it extends
    // the deadline, so a large plan on a slow workspace queues instead of timing out requests it never sent.
    let deadline = clock.now() + this.opts.operationDeadlineMs;
    const payload: Payload | undefined = options.raw
      ? { contentType: options.raw.contentType, content: options.raw.bytes }
      : options.body === undefined
        ? undefined
        : { contentType: "application/json", content: JSON.stringify(options.body) };
    let lastError: AtomsApiError | TimeoutError | undefined;
    // 429s were rejected before processing and the limiter already slowed down: they spend the operation deadline,
    // not the retry budget (a rate-limit storm must not fail calls the server never even looked at).
    let rateLimitedAttempts = 0;

    for (let attempt = 1; ; attempt++) {
      if (signal?.aborted) throw cancelledError(signal);
      if (lastError && this.limiter.notBeforeTime > deadline) throw this.giveUp(lastError, attempt - 1, "the rate-limit pause exceeds the operation deadline");
      // The limiter hands out a token and a connection slot together, in its order (an earlier agent's writes before
      // polls): a request queued for a connection would otherwise go first in, first out, whatever its priority.
      const queuedAt = clock.now();
      let outcome: AttemptOutcome;
      let sentAt: number;
      try {
        await this.limiter.acquire(signal, priority);
      } finally {
        sentAt = clock.now();
        // All of it: a workspace that keeps refusing still ends the call, through the Retry-After sleeps of its
        // retries below, which do count.
        deadline += Math.max(0, sentAt - queuedAt);
      }
      try {
        if (lastError && clock.now() >= deadline) throw this.giveUp(lastError, attempt - 1, "operation deadline reached");
        this.counters.requests++;
        priority.onSent?.(sentAt);
        this.emit({ type: "request", method, path: relPath, attempt });
        const remaining = deadline - clock.now();
        outcome = await this.attempt(method, relPath, payload, Math.max(1, Math.min(this.opts.timeoutMs, remaining)));
      } finally {
        this.slots.release();
      }

      let failure: AttemptFailure;
      let error: AtomsApiError | TimeoutError;
      const ctx: ErrorContext = { status: 0, method, path: relPath, secrets: this.secrets };
      if (outcome.kind === "response") {
        ctx.status = outcome.status;
        ctx.requestId = outcome.requestId;
        this.emit({
          type: "response",
          method,
          path: relPath,
          status: outcome.status,
          durationMs: clock.now() - sentAt,
          ...(outcome.requestId ? { requestId: outcome.requestId } : {}),
        });
        if (outcome.status !== 429) this.limiter.onAccepted();
        if (outcome.status >= 200 && outcome.status < 300) return this.success(ctx, outcome.body);
        const retryAfterMs =
          parseRetryAfter(outcome.header("retry-after"), clock.now()) ?? (outcome.status === 429 ? retryAfterFromBody(outcome.body, clock.now()) : undefined);
        if (outcome.status === 429) {
          this.counters.rateLimited++;
          this.limiter.onRateLimited(retryAfterMs);
        }
        failure = { kind: "status", status: outcome.status, retryAfterMs };
        error = errorFromResponse(ctx, outcome.body);
      } else if (outcome.kind === "network") {
        const detail = scrubText(outcome.detail, this.secrets);
        failure = { kind: outcome.certificate ? "certificate" : "network" };
        error = outcome.certificate
          ? new AtomsApiError(
              { status: 0, method, path: relPath, errors: [`TLS certificate not verified: ${detail}`] },
              `${method} ${relPath} failed: the server's TLS certificate could not be verified (${detail}); if a proxy or a private CA signs it, point NODE_EXTRA_CA_CERTS at that CA's certificate`,
            )
          : new AtomsApiError(
              { status: 0, method, path: relPath, errors: [`network error: ${detail}`] },
              `${method} ${relPath} failed: network error (${detail})${idempotent ? "" : "; the request may or may not have been processed"}`,
            );
      } else {
        failure = { kind: "timeout" };
        const ms = Math.min(this.opts.timeoutMs, Math.max(1, deadline - sentAt));
        error = new RequestTimeoutError(
          method,
          relPath,
          ms,
          `${method} ${relPath} timed out after ${ms} ms${idempotent ? "" : "; the request may or may not have been processed"}`,
        );
      }
      lastError = error;

      if (!shouldRetry(failure, idempotent)) throw this.giveUp(error, attempt);
      if (failure.kind === "status" && failure.status === 429) rateLimitedAttempts++;
      if (attempt - rateLimitedAttempts > this.opts.maxRetries) throw this.giveUp(error, attempt, "retry budget exhausted");
      // The refused request waits what the server asked (docs/atoms-api.md §1.6); the others only until its window reopens.
      const delayMs = retryDelayMs(failure, attempt, this.opts.random);
      if (clock.now() + delayMs > deadline) throw this.giveUp(error, attempt, "operation deadline reached");
      this.counters.retries++;
      this.emit({
        type: "retry",
        method,
        path: relPath,
        ...(failure.kind === "status" ? { status: failure.status } : {}),
        reason: failure.kind === "status" ? `HTTP ${failure.status}` : failure.kind,
        delayMs,
        attempt,
      });
      await clock.sleep(delayMs, signal);
    }
  }

  private giveUp<E extends AtomsApiError | TimeoutError>(error: E, attempts: number, why?: string): E {
    if (attempts > 1 || why) {
      error.message = `${error.message} [gave up after ${attempts} attempt${attempts === 1 ? "" : "s"}${why ? `: ${why}` : ""}]`;
    }
    return error;
  }

  private success(ctx: ErrorContext, body: ParsedBody): HttpResult {
    const base = { status: ctx.status, method: ctx.method, path: ctx.path, requestId: ctx.requestId };
    if (body.text.trim() === "") return { ...base, data: null };
    if (!body.isJson) throw unexpectedShape(ctx, "the body is not JSON");
    if (isSuccessEnvelope(body.json)) return { ...base, data: body.json.data ?? null };
    if (isFailureEnvelope(body.json)) throw errorFromResponse(ctx, body);
    if (isBareBody(body.json)) return { ...base, data: body.json };
    throw unexpectedShape(ctx, "the envelope has neither status nor success true");
  }

  private async attempt(method: string, relPath: string, payload: Payload | undefined, timeoutMs: number): Promise<AttemptOutcome> {
    const userSignal = this.opts.signal;
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new Error("request timeout"));
    }, timeoutMs);
    const onUserAbort = (): void => controller.abort(cancelledError(userSignal));
    userSignal?.addEventListener("abort", onUserAbort, { once: true });
    // Injected fetches may ignore the signal; racing against it keeps timeouts and cancellation reliable.
    const aborted = new Promise<never>((_, reject) => {
      controller.signal.addEventListener("abort", () => reject(controller.signal.reason), { once: true });
    });
    aborted.catch(() => undefined);

    const headers: Record<string, string> = {
      Authorization: `Bearer ${this.opts.apiKey}`,
      Accept: "application/json",
    };
    if (payload !== undefined) headers["Content-Type"] = payload.contentType;
    try {
      const request = { url: this.baseUrl + relPath, method, headers, signal: controller.signal, maxBodyBytes: MAX_BODY_BYTES };
      const res = await Promise.race([this.opts.exchange(payload === undefined ? request : { ...request, body: payload.content }), aborted]);
      const requestId = res.header("x-request-id") ?? undefined;
      const text = res.text;
      if (mayNestDeeperThan(text, MAX_JSON_DEPTH) && jsonDepthExceeds(text, MAX_JSON_DEPTH)) {
        throw new AtomsApiError(
          { status: res.status, method, path: relPath, requestId, errors: [`JSON nested deeper than ${MAX_JSON_DEPTH} levels`] },
          `${method} ${relPath}: response JSON is nested deeper than ${MAX_JSON_DEPTH} levels; refusing to parse it`,
        );
      }
      return { kind: "response", status: res.status, header: res.header, body: parseBody(text, res.header("content-type")), requestId };
    } catch (err) {
      if (err instanceof AtomsApiError) throw err;
      if (err instanceof BodyTooLarge) {
        throw new AtomsApiError(
          { status: err.status, method, path: relPath, requestId: err.requestId, errors: [`response body larger than ${MAX_BODY_BYTES} bytes`] },
          `${method} ${relPath}: response body larger than ${MAX_BODY_BYTES / 1024 / 1024} MB; refusing to read it`,
        );
      }
      if (userSignal?.aborted) throw cancelledError(userSignal);
      if (err instanceof CancelledError) throw err;
      if (timedOut) return { kind: "timeout" };
      return { kind: "network", ...describeNetworkError(err) };
    } finally {
      clearTimeout(timer);
      userSignal?.removeEventListener("abort", onUserAbort);
    }
  }
}

export function withQuery(path: string, query: Query | undefined): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined) params.set(k, String(v));
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

/**
 * A 429 without a usable `Retry-After` header: the API documents two body shapes that carry the wait,
 * `{error, code: "RATE_LIMIT_EXCEEDED", retry_after}` and `{message, rateLimit: {routeClass, limit, retryAfterSec}}`
 * (seconds, or an HTTP date).
 */
export function retryAfterFromBody(body: ParsedBody, now: number): number | undefined {
  if (!body.isJson || body.json === null || typeof body.json !== "object" || Array.isArray(body.json)) return undefined;
  const json = body.json as Record<string, unknown>;
  const rateLimit = json.rateLimit;
  const nested = rateLimit !== null && typeof rateLimit === "object" && !Array.isArray(rateLimit) ? (rateLimit as Record<string, unknown>).retryAfterSec : undefined;
  for (const value of [json.retry_after, nested]) {
    if (typeof value === "number" && Number.isFinite(value) && value >= 0) return Math.round(value * 1000);
    if (typeof value === "string") {
      const parsed = parseRetryAfter(value, now);
      if (parsed !== undefined) return parsed;
    }
  }
  return undefined;
}
