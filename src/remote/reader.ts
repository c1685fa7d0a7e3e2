// Tolerant reader: wire data -> model. Unknown fields are ignored, unknown enum strings kept as strings,
// wrongly typed optional fields dropped. Only a payload that is not the required kind of thing at all
// (not an object, `_resolvedConfig` not an object) is an error, and then a clear AtomsApiError, never a TypeError.
import type { JsonObject } from "../model/json.js";
import type { AgentSummary, ObservedAgent, PhoneNumberProduct, VersionInfo } from "../model/observed.js";
import { unexpectedShape } from "./envelope.js";
import type { HttpResult } from "./transport.js";

export type Rec = Record<string, unknown>;

export function isRecord(v: unknown): v is Rec {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export function str(v: unknown): string | undefined {
  return typeof v === "string" ? v : undefined;
}

export function num(v: unknown): number | undefined {
  return typeof v === "number" && Number.isFinite(v) ? v : undefined;
}

export function bool(v: unknown): boolean | undefined {
  return typeof v === "boolean" ? v : undefined;
}

type Decoded<M> = { [K in keyof M]?: M[K] extends (v: unknown) => infer R ? Exclude<R, undefined> : never };

/**
 * The optional fields of `v` that decode, each under its own name, in the decoders' order. A missing or wrongly
 * typed field is left out, never set to `undefined`: spread it into a model object after its required fields.
 */
export function optionalFields<M extends Record<string, (v: unknown) => unknown>>(v: Rec, decoders: M): Decoded<M> {
  const out: Rec = {};
  for (const [key, decode] of Object.entries(decoders)) {
    const value = decode(v[key]);
    if (value !== undefined) out[key] = value;
  }
  return out as Decoded<M>;
}

/** `data` (or `data[key]`) must be an object; anything else is an unexpected response shape. */
export function requireObject(res: HttpResult, value: unknown, what: string): Rec {
  if (isRecord(value)) return value;
  throw unexpectedShape(res, `expected ${what} to be an object, got ${describe(value)}`);
}

export function requireArray(res: HttpResult, value: unknown, what: string): unknown[] {
  if (Array.isArray(value)) return value;
  throw unexpectedShape(res, `expected ${what} to be an array, got ${describe(value)}`);
}

export function requireString(res: HttpResult, value: unknown, what: string): string {
  if (typeof value === "string" && value !== "") return value;
  throw unexpectedShape(res, `expected ${what} to be a non-empty string, got ${describe(value)}`);
}

function describe(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "string") return v.length > 40 ? "a string" : JSON.stringify(v);
  return typeof v;
}

/** `GET /agent/{id}` data -> ObservedAgent. Config comes only from `_resolvedConfig`. */
export function toObservedAgent(res: HttpResult, data: unknown, requestedId: string): ObservedAgent {
  const a = requireObject(res, data, "the agent");
  const rc = a._resolvedConfig;
  let resolved: JsonObject = {};
  if (rc !== undefined && rc !== null) resolved = requireObject(res, rc, "_resolvedConfig") as JsonObject;
  const agent: ObservedAgent = {
    id: str(a._id) ?? str(a.id) ?? requestedId,
    name: str(a.name) ?? "",
    archived: bool(a.archived) ?? false,
    activeVersionId: str(a.activeVersionId) ?? str(a.versionId) ?? null,
    phoneNumbers: phoneNumbersOf(a.phoneNumber),
    resolved,
    ...optionalFields(a, {
      description: str,
      allowInboundCall: bool,
      visibleToEveryone: bool,
      avatarUrl: str,
      createdAt: str,
      updatedAt: str,
    }),
  };
  return agent;
}

function phoneNumbersOf(v: unknown): string[] {
  if (typeof v === "string") return v ? [v] : [];
  if (!Array.isArray(v)) return [];
  return v.flatMap((x) => {
    if (typeof x === "string") return [x];
    // Some shapes nest the number like the phone-number products do.
    if (isRecord(x)) {
      const n = str(x.phoneNumber) ?? (isRecord(x.attributes) ? str(x.attributes.phoneNumber) : undefined);
      return n ? [n] : [];
    }
    return [];
  });
}

/** One `GET /agent` item; items without an id are skipped (returns null). */
export function toAgentSummary(item: unknown): AgentSummary | null {
  if (!isRecord(item)) return null;
  const id = str(item._id) ?? str(item.id);
  if (!id) return null;
  const s: AgentSummary = {
    id,
    name: str(item.name) ?? "",
    archived: bool(item.archived) ?? false,
    activeVersionId: str(item.activeVersionId) ?? str(item.versionId) ?? null,
    ...optionalFields(item, { createdAt: str, updatedAt: str }),
  };
  return s;
}

export function toPhoneNumber(item: unknown): PhoneNumberProduct | null {
  if (!isRecord(item)) return null;
  const id = str(item._id) ?? str(item.id);
  const attrs = isRecord(item.attributes) ? item.attributes : {};
  const phoneNumber = str(attrs.phoneNumber) ?? str(item.phoneNumber);
  if (!id || !phoneNumber) return null;
  const p: PhoneNumberProduct = {
    id,
    phoneNumber,
    isActive: bool(item.isActive) ?? true,
    agentId: str(item.agentId) ?? null,
  };
  const provider = str(attrs.provider) ?? str(item.provider);
  if (provider !== undefined) p.provider = provider;
  return p;
}

function securityCheckOf(v: unknown): VersionInfo["securityCheck"] {
  // Very old versions carry `null`, which counts as passed (docs/atoms-api.md §5.4).
  if (v === null || v === undefined) return { status: "passed", reason: null };
  if (!isRecord(v)) return { status: "passed", reason: null };
  return { status: str(v.status) ?? "queued", reason: str(v.reason) ?? null };
}

/** A v1 version or v2 revision document -> VersionInfo. Returns null when it has no id. */
export function toVersionInfo(doc: unknown): VersionInfo | null {
  if (!isRecord(doc)) return null;
  const id = str(doc._id) ?? str(doc.id);
  if (!id) return null;
  const info: VersionInfo = {
    id,
    number: num(doc.versionNumber) ?? num(doc.revisionNumber) ?? null,
    label: str(doc.label) ?? null,
    description: str(doc.description) ?? null,
    isActive: bool(doc.isActive) ?? false,
    isPinned: bool(doc.isPinned) ?? false,
    status: str(doc.status) ?? "unknown",
    securityCheck: securityCheckOf(doc.securityCheck),
    publishedAt: str(doc.publishedAt) ?? null,
    publishedBy: str(doc.publishedByName) ?? str(doc.publishedBy) ?? null,
    activatedAt: str(doc.activatedAt) ?? null,
    activatedBy: str(doc.activatedByName) ?? str(doc.activatedBy) ?? null,
  };
  const branch = str(doc.branch);
  if (branch !== undefined) info.branchId = branch;
  return info;
}

/**
 * v2 revisions commit only when the scan passed *and* the revision is published; a passed scan that has
 * not been committed yet is still "queued" for the engine's poll.
 */
export function toRevisionInfo(doc: unknown): VersionInfo | null {
  const info = toVersionInfo(doc);
  if (!info || !info.securityCheck) return info;
  if (info.securityCheck.status === "passed" && info.status !== "published") {
    info.securityCheck = { status: "queued", reason: info.securityCheck.reason };
  }
  return info;
}
