// Defensive parsing of the Atoms envelope (docs/atoms-api.md §1.3–1.5) and the mapping of failures to error classes.
import type { ApiErrorDetails } from "../errors.js";
import { AtomsApiError, ConflictError, MigrationRequiredError, NotFoundError } from "../errors.js";

export const MAX_BODY_BYTES = 20 * 1024 * 1024;
export const MAX_JSON_DEPTH = 200;
const SNIPPET_CHARS = 500;
const REDACTED = "[REDACTED]";

export interface ParsedBody {
  text: string;
  /** The parsed JSON, or undefined when the body was empty or not JSON. */
  json: unknown;
  isJson: boolean;
  isHtml: boolean;
}

/** Deepest nesting of arrays/objects in a JSON text, stopping early once `limit` is exceeded. */
export function jsonDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > limit) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}

export function parseBody(text: string, contentType: string | null): ParsedBody {
  const trimmed = text.trimStart();
  const isHtml = (contentType ?? "").toLowerCase().includes("text/html") || /^<(!doctype|html)/i.test(trimmed);
  if (trimmed === "" || isHtml) return { text, json: undefined, isJson: false, isHtml };
  try {
    return { text, json: JSON.parse(text) as unknown, isJson: true, isHtml: false };
  } catch {
    return { text, json: undefined, isJson: false, isHtml: false };
  }
}

/**
 * Fields the API fills with a secret of its own, which no list of the run's secrets can know in advance: a webhook's
 * signing secret comes back in plain text on every GET (docs/atoms-api.md, knowledge bases and webhooks).
 */
const SECRET_FIELDS = /("decryptedSecretKey"\s*:\s*")((?:[^"\\]|\\.)*)(")/g;

/** Replaces every occurrence of the secrets in a string (an error body may echo the Authorization header). */
export function scrubText(text: string, secrets: readonly string[]): string {
  let out = text.replace(SECRET_FIELDS, `$1${REDACTED}$3`);
  for (const s of secrets) if (s.length >= 4) out = out.split(s).join(REDACTED);
  return out;
}

function scrubValue(value: unknown, secrets: readonly string[]): unknown {
  if (value === undefined) return undefined;
  try {
    return JSON.parse(scrubText(JSON.stringify(value), secrets)) as unknown;
  } catch {
    return undefined;
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** `status: true` or its synonym `success: true`. */
export function isSuccessEnvelope(json: unknown): json is Record<string, unknown> & { data?: unknown } {
  return isRecord(json) && (json.status === true || json.success === true);
}

/** An explicit failure envelope, which some servers send with a 2xx. */
export function isFailureEnvelope(json: unknown): json is Record<string, unknown> {
  return isRecord(json) && (json.status === false || json.success === false);
}

/** No envelope at all (e.g. `GET /account/get-account-details`): the body is the payload. */
export function isBareBody(json: unknown): boolean {
  return !isRecord(json) || (!("status" in json) && !("success" in json));
}

export interface ErrorContext {
  status: number;
  method: string;
  path: string;
  requestId?: string;
  secrets: readonly string[];
}

const NOT_FOUND_400 = ["no agent found", "invalid agent id", "invalid version id"];

/** Builds the one HTTP error class (or the subclass the status/body call for) from a failed response. */
export function errorFromResponse(ctx: ErrorContext, body: ParsedBody): AtomsApiError {
  const json = body.json;
  const rawErrors = isRecord(json) ? json.errors : undefined;
  let errors = Array.isArray(rawErrors) ? rawErrors.filter((e): e is string => typeof e === "string") : [];
  if (errors.length === 0 && isRecord(json) && typeof json.message === "string") errors = [json.message];
  if (errors.length === 0 && isRecord(json) && typeof json.error === "string") errors = [json.error];
  errors = errors.map((e) => scrubText(e, ctx.secrets));
  const errorType = isRecord(json) && typeof json.error_type === "string" ? json.error_type : undefined;
  const isEnvelope = isRecord(json) && Array.isArray(rawErrors);
  const details: ApiErrorDetails = {
    status: ctx.status,
    method: ctx.method,
    path: scrubText(ctx.path, ctx.secrets),
    requestId: ctx.requestId,
    errors,
    errorType,
    data: isRecord(json) ? scrubValue(json.data, ctx.secrets) : undefined,
    bodySnippet: isEnvelope || body.text === "" ? undefined : scrubText(body.text.slice(0, SNIPPET_CHARS), ctx.secrets),
  };

  if (ctx.status === 404 && (body.isHtml || !isEnvelope)) {
    const rid = ctx.requestId ? ` (request id ${ctx.requestId})` : "";
    return new AtomsApiError(
      details,
      `${ctx.method} ${details.path}: no such route (client bug or API change): HTTP 404 without the API's error envelope${rid}`,
    );
  }
  if (ctx.status === 404) return new NotFoundError(details);
  if (ctx.status === 400 && errors.some((e) => NOT_FOUND_400.includes(e.trim().toLowerCase()))) return new NotFoundError(details);
  if (ctx.status === 409 && errorType === "versioning_v2_migration_required") return new MigrationRequiredError(details);
  if (ctx.status === 409) return new ConflictError(details);
  return new AtomsApiError(details);
}

/** A 2xx whose body is not what the endpoint promises. */
export function unexpectedShape(ctx: Omit<ErrorContext, "secrets">, what: string, status = ctx.status): AtomsApiError {
  const rid = ctx.requestId ? ` (request id ${ctx.requestId})` : "";
  return new AtomsApiError(
    { status, method: ctx.method, path: ctx.path, requestId: ctx.requestId, errors: [what] },
    `unexpected response shape from ${ctx.method} ${ctx.path}: ${what}${rid}`,
  );
}
