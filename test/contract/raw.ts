/**
 * A deliberately tiny HTTP helper for the contract suite. It does not use `src/remote`: the suite
 * checks the API independently of our client. Every request body it sends and every response it
 * receives is checked against the OpenAPI spec of the target's versioning model; a violation that
 * no listed exception excuses fails the calling test at that request.
 */
import type { SpecValidator } from "../helpers/openapi.js";

export type FetchLike = (request: Request) => Promise<Response>;

export interface RawRequestOptions {
  /** JSON-encoded unless `rawBody` is given. */
  body?: unknown;
  /** Sent verbatim (malformed JSON, oversized bodies, multipart uploads). Skips request-schema validation. */
  rawBody?: string | Uint8Array<ArrayBuffer>;
  headers?: Record<string, string>;
  query?: Record<string, string | number | boolean | undefined>;
  /** Override the bearer key; null sends no Authorization header. */
  apiKey?: string | null;
  /**
   * The body is wrong on purpose (a negative test). The request-schema check is then inverted:
   * the value says which field the spec should reject, and the helper asserts that it does,
   * so a negative test cannot silently turn into a spec-valid request.
   */
  deliberatelyInvalid?: { reason: string; specRejects: boolean };
  timeoutMs?: number;
}

export interface RawResponse {
  status: number;
  headers: Headers;
  contentType: string;
  text: string;
  /** Parsed body, or undefined when the body is not JSON. */
  json: any;
  requestId: string | null;
  method: string;
  path: string;
}

export interface RawClientOptions {
  baseUrl: string;
  apiKey: string;
  fetch: FetchLike;
  validator?: SpecValidator;
  timeoutMs?: number;
}

export class SchemaViolation extends Error {
  override readonly name = "SchemaViolation";
}

function withQuery(path: string, query: RawRequestOptions["query"]): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined) params.set(k, String(v));
  const qs = params.toString();
  return qs === "" ? path : `${path}${path.includes("?") ? "&" : "?"}${qs}`;
}

export class RawClient {
  readonly baseUrl: string;
  private readonly apiKey: string;
  private readonly fetchFn: FetchLike;
  private readonly validator: SpecValidator | undefined;
  private readonly timeoutMs: number;
  /** Every exception that excused a check on this client; handy when pruning the exception list. */
  readonly excused = new Set<string>();

  constructor(options: RawClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/$/, "");
    this.apiKey = options.apiKey;
    this.fetchFn = options.fetch;
    this.validator = options.validator;
    this.timeoutMs = options.timeoutMs ?? 5000;
  }

  get specRevision(): string | undefined {
    return this.validator?.revision;
  }

  async request(method: string, path: string, options: RawRequestOptions = {}): Promise<RawResponse> {
    const fullPath = withQuery(path, options.query);
    this.checkRequestBody(method, fullPath, options);

    const headers = new Headers(options.headers);
    const key = options.apiKey === undefined ? this.apiKey : options.apiKey;
    if (key !== null && !headers.has("authorization")) headers.set("authorization", `Bearer ${key}`);
    let body: string | Uint8Array<ArrayBuffer> | undefined;
    if (options.rawBody !== undefined) body = options.rawBody;
    else if (options.body !== undefined) body = JSON.stringify(options.body);
    if (body !== undefined && !headers.has("content-type")) headers.set("content-type", "application/json");

    const timeoutMs = options.timeoutMs ?? this.timeoutMs;
    const controller = new AbortController();
    const request = new Request(`${this.baseUrl}${fullPath}`, { method, headers, body, signal: controller.signal });
    let timer: NodeJS.Timeout | undefined;
    // The in-process emulator may ignore the abort signal, so a hang is also raced against a timer.
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(new Error(`${method} ${fullPath}: no response within ${timeoutMs} ms`));
      }, timeoutMs);
    });
    let response: Response;
    let text: string;
    try {
      response = await Promise.race([this.fetchFn(request), timeout]);
      text = await Promise.race([response.text(), timeout]);
    } finally {
      clearTimeout(timer);
    }
    const contentType = response.headers.get("content-type") ?? "";
    let json: unknown;
    if (text !== "") {
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
    }
    const result: RawResponse = {
      status: response.status,
      headers: response.headers,
      contentType,
      text,
      json,
      requestId: response.headers.get("x-request-id"),
      method,
      path: fullPath,
    };
    this.checkResponse(result);
    return result;
  }

  get(path: string, options?: RawRequestOptions): Promise<RawResponse> {
    return this.request("GET", path, options);
  }
  post(path: string, body?: unknown, options?: RawRequestOptions): Promise<RawResponse> {
    return this.request("POST", path, { ...options, body });
  }
  put(path: string, body?: unknown, options?: RawRequestOptions): Promise<RawResponse> {
    return this.request("PUT", path, { ...options, body });
  }
  patch(path: string, body?: unknown, options?: RawRequestOptions): Promise<RawResponse> {
    return this.request("PATCH", path, { ...options, body });
  }
  delete(path: string, options?: RawRequestOptions): Promise<RawResponse> {
    return this.request("DELETE", path, options);
  }

  private checkRequestBody(method: string, path: string, options: RawRequestOptions): void {
    if (!this.validator || options.rawBody !== undefined) return;
    const check = this.validator.checkRequest({ method, path, body: options.body });
    for (const x of check.excusedBy) this.excused.add(`${x.operation} request ${x.instancePath ?? ""}`);
    if (options.deliberatelyInvalid) {
      const { reason, specRejects } = options.deliberatelyInvalid;
      if (specRejects && check.errors.length === 0) {
        throw new SchemaViolation(`${method} ${path}: deliberately invalid body (${reason}) passes the spec's request schema`);
      }
      return;
    }
    if (check.errors.length > 0) {
      throw new SchemaViolation(`request body of ${method} ${path} violates spec ${this.validator.revision}:\n  ${check.errors.join("\n  ")}`);
    }
  }

  private checkResponse(res: RawResponse): void {
    if (!this.validator) return;
    const check = this.validator.checkResponse({
      method: res.method,
      path: res.path,
      status: res.status,
      contentType: res.contentType,
      text: res.text,
    });
    for (const x of check.excusedBy) this.excused.add(`${x.operation} ${x.status ?? ""} ${x.instancePath ?? ""}`);
    if (check.errors.length > 0) {
      throw new SchemaViolation(
        `response ${res.status} of ${res.method} ${res.path} violates spec ${this.validator.revision}:\n  ${check.errors.join("\n  ")}\n  body: ${res.text.slice(0, 800)}`,
      );
    }
  }
}
