import type { JsonObject, JsonValue } from "../model/json.js";
import { ARRAYS_DEFAULT_EMPTY, SERVER_DEFAULTS, normalizeTool } from "./defaults.js";
import { DEPRECATED_ANALYTICS_KEYS } from "./field-map.js";
import { clone, isPlainObject, withoutNulls } from "./json-utils.js";

/** Deep-merges `over` onto `base` (objects merge, everything else replaces), as the server stores config. */
function mergeDefaults(base: JsonValue, over: JsonValue | undefined): JsonValue {
  if (over === undefined) return clone(base);
  if (isPlainObject(base) && isPlainObject(over)) {
    const out: JsonObject = clone(base);
    for (const [k, v] of Object.entries(over)) out[k] = k in base ? mergeDefaults(base[k]!, v) : v;
    return out;
  }
  return over;
}

/**
 * `_resolvedConfig` as the comparison sees it (docs/atoms-api.md §3 "Comparison rules"): nulls dropped, server defaults filled,
 * absent arrays read as `[]`, tools with their defaults, `timezone` as an object, deprecated analytics keys removed.
 * Unknown keys are kept (the diff never looks at them).
 */
export function normalizeResolved(resolved: JsonObject): JsonObject {
  const out = withoutNulls(resolved) as JsonObject;
  for (const [key, def] of Object.entries(SERVER_DEFAULTS)) out[key] = mergeDefaults(def, out[key]);
  for (const key of ARRAYS_DEFAULT_EMPTY) if (!Array.isArray(out[key])) out[key] = [];
  for (const [key, value] of Object.entries(out)) out[key] = normalizeField(key, value);
  // Nested defaults of preCallAPI apply only to a stored one; a definition that leaves them out does not manage them.
  const pre = out["preCallAPI"];
  if (isPlainObject(pre)) out["preCallAPI"] = { isEnabled: false, timeout: 5, ...pre };
  return out;
}

/**
 * Value-level normalization of one resolved field. Applied to the desired side too, where no defaults are filled:
 * an absent desired field is unmanaged, never "reset to default".
 */
export function normalizeField(resolvedKey: string, value: JsonValue): JsonValue {
  const v = withoutNulls(value);
  switch (resolvedKey) {
    case "tools":
      return Array.isArray(v) ? v.map((t) => (isPlainObject(t) ? normalizeTool(t) : t)) : v;
    case "timezone":
      return typeof v === "string" ? { label: v } : v;
    case "postCallAnalyticsConfig": {
      if (!isPlainObject(v)) return v;
      const copy: JsonObject = { ...v };
      for (const k of DEPRECATED_ANALYTICS_KEYS) delete copy[k];
      return copy;
    }
    default:
      return v;
  }
}
