import type { JsonObject, JsonValue } from "../model/json.js";
import type { SensitiveValue } from "../model/plan.js";
import { sha256Hex } from "./sha256.js";

export function isPlainObject(v: unknown): v is JsonObject {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export function isSensitiveValue(v: unknown): v is SensitiveValue {
  return isPlainObject(v) && v["sensitive"] === true && typeof v["digest"] === "string" && Object.keys(v).length === 2;
}

/** Structural equality, key order ignored. Numbers compare numerically (so -0 equals 0). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === "number" && typeof b === "number") return a === b || (Number.isNaN(a) && Number.isNaN(b));
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i])) return false;
    return true;
  }
  if (isPlainObject(a)) {
    if (!isPlainObject(b)) return false;
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    if (ka.length !== kb.length) return false;
    for (const k of ka) if (!(k in b) || !deepEqual(a[k], b[k])) return false;
    return true;
  }
  return false;
}

/** Canonical JSON: sorted keys, no whitespace, `-0` written as `0`. Same value -> same text, whatever the key order. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "number") return Number.isFinite(value) ? JSON.stringify(value === 0 ? 0 : value) : "null";
  if (typeof value === "string" || typeof value === "boolean") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (isPlainObject(value)) {
    const keys = Object.keys(value)
      .filter((k) => value[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(",")}}`;
  }
  return "null";
}

/** `sha256:<hex>` of the canonical JSON of a value. */
export function digestValue(value: JsonValue): string {
  return `sha256:${sha256Hex(canonicalJson(value))}`;
}

export function clone<T extends JsonValue>(value: T): T {
  return structuredClone(value);
}

/** Drops `null` object members recursively (the API treats null as absent and rejects it on write). */
export function withoutNulls(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (isPlainObject(value)) {
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(value)) {
      if (v === null || v === undefined) continue;
      out[k] = withoutNulls(v);
    }
    return out;
  }
  return value;
}

// ---- JSON Pointer (RFC 6901) ----

export function escapeToken(token: string): string {
  return token.replace(/~/g, "~0").replace(/\//g, "~1");
}

export function parsePointer(pointer: string): string[] {
  if (pointer === "") return [];
  if (!pointer.startsWith("/")) throw new Error(`Invalid JSON Pointer: ${pointer}`);
  return pointer
    .slice(1)
    .split("/")
    .map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"));
}

export function getAt(root: JsonValue | undefined, pointer: string): JsonValue | undefined {
  let cur: JsonValue | undefined = root;
  for (const token of parsePointer(pointer)) {
    if (Array.isArray(cur)) {
      const i = Number(token);
      cur = Number.isInteger(i) ? cur[i] : undefined;
    } else if (isPlainObject(cur)) {
      cur = Object.prototype.hasOwnProperty.call(cur, token) ? cur[token] : undefined;
    } else {
      return undefined;
    }
    if (cur === undefined) return undefined;
  }
  return cur;
}

/** Sets a value, creating intermediate objects. */
export function setAt(root: JsonObject, pointer: string, value: JsonValue): void {
  const tokens = parsePointer(pointer);
  if (tokens.length === 0) throw new Error("Cannot set the root");
  let cur: JsonObject = root;
  for (const token of tokens.slice(0, -1)) {
    const next = cur[token];
    if (!isPlainObject(next)) cur[token] = {};
    cur = cur[token] as JsonObject;
  }
  cur[tokens[tokens.length - 1]!] = value;
}

/** True when `pointer` equals `prefix` or lies under it. */
export function isUnder(pointer: string, prefix: string): boolean {
  return pointer === prefix || pointer.startsWith(prefix + "/");
}
