import type { AgentDefinition } from "../model/definition.js";
import type { JsonValue } from "../model/json.js";
import type { FieldChange, PlanValue, SensitiveValue } from "../model/plan.js";
import { digestValue, escapeToken, getAt, isPlainObject, isUnder } from "./json-utils.js";

/** Places that always hold credentials, whatever their source: tool and pre-call headers. */
const ALWAYS_SECRET = [
  /^\/spec\/tools\/\d+\/headers\/[^/]+$/,
  /^\/spec\/tools\/\d+\/headersArray\/\d+\/value$/,
  /^\/spec\/preCallAPI\/headers\/[^/]+$/,
];

export function sensitive(value: JsonValue): SensitiveValue {
  return { sensitive: true, digest: digestValue(value) };
}

/**
 * Replaces every secret inside a change's `before`/`after` by a `SensitiveValue` (digest only), leaving the rest
 * readable, so a tool list still shows which tool changed while its `Authorization` header stays hidden.
 * Definition pointers under `/spec/tools/N` are also applied to the remote tool of the same name (indexes differ).
 */
export function maskChange(change: FieldChange, def: AgentDefinition): FieldChange {
  const out: FieldChange = { path: change.path, kind: change.kind };
  const afterSecrets = def.sensitivePaths;
  if (change.before !== undefined) {
    const beforeSecrets = [...afterSecrets, ...remapToolPointers(afterSecrets, def, change.before, change.path)];
    out.before = maskTree(change.path, change.before as JsonValue, beforeSecrets);
  }
  if (change.after !== undefined) out.after = maskTree(change.path, change.after as JsonValue, afterSecrets);
  return out;
}

function isSecret(pointer: string, secrets: readonly string[]): boolean {
  return secrets.some((s) => isUnder(pointer, s)) || ALWAYS_SECRET.some((re) => re.test(pointer));
}

function maskTree(pointer: string, value: JsonValue, secrets: readonly string[]): PlanValue {
  if (isSecret(pointer, secrets)) return sensitive(value);
  // Only descend where a secret may lie below.
  if (Array.isArray(value)) return value.map((v, i) => maskTree(`${pointer}/${i}`, v, secrets) as JsonValue);
  if (isPlainObject(value)) {
    const out: Record<string, JsonValue> = {};
    for (const [k, v] of Object.entries(value)) out[k] = maskTree(`${pointer}/${escapeToken(k)}`, v, secrets) as JsonValue;
    return out;
  }
  return value;
}

function remapToolPointers(secrets: readonly string[], def: AgentDefinition, before: PlanValue, changePath: string): string[] {
  if (!Array.isArray(before) || !isUnder("/spec/tools", changePath)) return [];
  const out: string[] = [];
  for (const s of secrets) {
    const m = /^\/spec\/tools\/(\d+)(\/.*)?$/.exec(s);
    if (!m) continue;
    const name = getAt(def.spec, `/tools/${m[1]}/name`);
    const j = before.findIndex((t) => isPlainObject(t) && t["name"] === name);
    if (j >= 0) out.push(`/spec/tools/${j}${m[2] ?? ""}`);
  }
  return out;
}

/** True when a value holds a mask anywhere (a masked value must never be written to the API). */
export function containsMask(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(containsMask);
  if (isPlainObject(value)) {
    if (value["sensitive"] === true && typeof value["digest"] === "string") return true;
    return Object.values(value).some(containsMask);
  }
  return false;
}

