/** Own JSON helpers: the emulator shares no runtime code with the client. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonRecord = Record<string, unknown>;

export function isPlainObject(value: unknown): value is JsonRecord {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((v, i) => deepEqual(v, b[i]));
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    if (ka.length !== kb.length) return false;
    return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual(a[k], b[k]));
  }
  return false;
}

/** The API's merge rule: objects merge key by key, arrays and scalars replace. Returns a new object. */
export function deepMerge(base: JsonRecord, patch: JsonRecord): JsonRecord {
  const out: JsonRecord = clone(base);
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    const current = out[key];
    out[key] = isPlainObject(current) && isPlainObject(value) ? deepMerge(current, value) : clone(value);
  }
  return out;
}

export interface LeafChange {
  path: string;
  oldValue: unknown;
  newValue: unknown;
}

/** Leaf-level differences, paths with dots for objects and `[i]` for array items (the diff endpoints' notation). */
export function leafChanges(oldValue: unknown, newValue: unknown, path = ""): LeafChange[] {
  if (deepEqual(oldValue, newValue)) return [];
  if (isPlainObject(oldValue) && isPlainObject(newValue)) {
    const keys = [...new Set([...Object.keys(oldValue), ...Object.keys(newValue)])];
    return keys.flatMap((k) => leafChanges(oldValue[k], newValue[k], path ? `${path}.${k}` : k));
  }
  if (Array.isArray(oldValue) && Array.isArray(newValue)) {
    const n = Math.max(oldValue.length, newValue.length);
    const out: LeafChange[] = [];
    for (let i = 0; i < n; i++) out.push(...leafChanges(oldValue[i], newValue[i], `${path}[${i}]`));
    return out;
  }
  return [{ path, oldValue: oldValue === undefined ? null : oldValue, newValue: newValue === undefined ? null : newValue }];
}

/** Leaf paths a partial write touches; arrays count as one leaf because they replace wholesale. */
export function touchedLeaves(patch: JsonRecord, path = ""): string[] {
  return Object.entries(patch).flatMap(([k, v]) => {
    const p = path ? `${path}.${k}` : k;
    return isPlainObject(v) && Object.keys(v).length > 0 ? touchedLeaves(v, p) : [p];
  });
}
