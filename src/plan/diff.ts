import type { AgentDefinition } from "../model/definition.js";
import type { JsonObject, JsonValue } from "../model/json.js";
import type { ObservedAgent } from "../model/observed.js";
import type { FieldChange } from "../model/plan.js";
import { specEntries } from "./field-map.js";
import { deepEqual, isPlainObject, parsePointer } from "./json-utils.js";
import { normalizeField, normalizeResolved } from "./normalize.js";

/**
 * Spec pointers compared as one value although they hold objects: maps the server replaces wholesale, and fields
 * whose type varies between API versions (a string on one side and an object on the other is one change).
 */
const WHOLE_VALUE_SPEC_POINTERS = new Set(["/defaultVariables", "/callDispositionConfig", "/speechFormatting"]);

export interface DiffResult {
  changes: FieldChange[];
  unchangedCount: number;
}

/**
 * Field-level diff of one definition against the live agent. Only what the definition sets is compared.
 * `observed` null means the agent does not exist yet: every set field is a change without `before`.
 * Values are real (unmasked); `buildPlan` masks secrets.
 */
export function diffAgent(
  def: AgentDefinition,
  observed: ObservedAgent | null,
  options: { phoneNumbersManaged?: boolean } = {},
): DiffResult {
  const result: DiffResult = { changes: [], unchangedCount: 0 };
  diffConfig(def, observed ? observed.resolved : null, result);
  diffMetadata(def, observed, options.phoneNumbersManaged ?? true, result);
  return result;
}

/** JSON Pointers (into the definition) of managed config fields whose value in `resolved` differs. */
export function mismatchedFields(def: AgentDefinition, resolved: JsonObject): string[] {
  const result: DiffResult = { changes: [], unchangedCount: 0 };
  diffConfig(def, resolved, result);
  return result.changes.map((c) => c.path);
}

function diffConfig(def: AgentDefinition, resolved: JsonObject | null, out: DiffResult): void {
  const observed = resolved ? normalizeResolved(resolved) : null;
  // A timezone stored as a plain string carries no offset: only its label can be compared.
  const timezoneIsString = resolved !== null && typeof resolved["timezone"] === "string";
  for (const { mapping, value } of specEntries(def.spec)) {
    const key = parsePointer(mapping.resolved)[0]!;
    const desired = normalizeField(key, value);
    const current = observed === null ? undefined : lookup(observed, mapping.resolved);
    walk(`/spec${mapping.spec}`, mapping.spec, desired, current, observed === null, out, (specPointer) =>
      timezoneIsString && specPointer === "/timezone/offset",
    );
  }
}

function lookup(obj: JsonObject, pointer: string): JsonValue | undefined {
  let cur: JsonValue | undefined = obj;
  for (const t of parsePointer(pointer)) {
    if (!isPlainObject(cur)) return undefined;
    cur = cur[t];
  }
  return cur;
}

function walk(
  path: string,
  specPointer: string,
  desired: JsonValue,
  current: JsonValue | undefined,
  creating: boolean,
  out: DiffResult,
  skip: (specPointer: string) => boolean,
): void {
  if (skip(specPointer)) return;
  const whole = WHOLE_VALUE_SPEC_POINTERS.has(specPointer);
  // An empty object sets no field (objects deep-merge on the server); an empty whole-value map does clear it.
  if (isPlainObject(desired) && !whole && Object.keys(desired).length === 0) return;
  const recurse = isPlainObject(desired) && !whole && (current === undefined || isPlainObject(current));
  if (recurse) {
    for (const [k, v] of Object.entries(desired)) {
      if (v === null || v === undefined) continue;
      const token = k.replace(/~/g, "~0").replace(/\//g, "~1");
      const next = isPlainObject(current) ? current[k] : undefined;
      walk(`${path}/${token}`, `${specPointer}/${token}`, v, next, creating, out, skip);
    }
    return;
  }
  if (!creating && current !== undefined && deepEqual(desired, current)) {
    out.unchangedCount++;
    return;
  }
  const change: FieldChange = { path, kind: "config", after: desired };
  if (current !== undefined) change.before = current;
  out.changes.push(change);
}

type MetadataKey = "name" | "description" | "allowInboundCall" | "visibleToEveryone" | "avatarUrl";

/** Values the API reports when a metadata field was never set (docs/atoms-api.md §2.4). */
const METADATA_DEFAULTS: Partial<Record<MetadataKey, JsonValue>> = {
  description: "",
  allowInboundCall: true,
  visibleToEveryone: false,
};

function diffMetadata(def: AgentDefinition, observed: ObservedAgent | null, phonesManaged: boolean, out: DiffResult): void {
  const keys: MetadataKey[] = ["name", "description", "allowInboundCall", "visibleToEveryone", "avatarUrl"];
  for (const key of keys) {
    const desired = def.metadata[key];
    if (desired === undefined) continue;
    if (observed === null) {
      // The name of a new agent is its identity, shown in the block header, not a field change.
      if (key !== "name") out.changes.push({ path: `/metadata/${key}`, kind: "metadata", after: desired });
      continue;
    }
    const current = observed[key] ?? METADATA_DEFAULTS[key];
    if (current !== undefined && deepEqual(desired, current)) {
      out.unchangedCount++;
      continue;
    }
    const change: FieldChange = { path: `/metadata/${key}`, kind: "metadata", after: desired };
    if (current !== undefined) change.before = current;
    out.changes.push(change);
  }
  const phones = def.metadata.phoneNumbers;
  if (phonesManaged && phones !== undefined) {
    const desired = sortedSet(phones);
    if (observed === null) {
      if (desired.length > 0) out.changes.push({ path: "/metadata/phoneNumbers", kind: "metadata", after: desired });
      return;
    }
    const current = sortedSet(observed.phoneNumbers ?? []);
    if (deepEqual(desired, current)) out.unchangedCount++;
    else out.changes.push({ path: "/metadata/phoneNumbers", kind: "metadata", before: current, after: desired });
  }
}

function sortedSet(values: string[]): string[] {
  return [...new Set(values)].sort();
}
