import { isPlainObject, type JsonRecord } from "./json.js";

/** A tiny schema language, enough for docs/atoms-api.md §4.2–§4.4, with Zod-like messages (the live API runs Zod). */
export type Schema =
  | { t: "string"; min?: number; max?: number; pattern?: RegExp; url?: boolean; enum?: readonly string[] }
  | { t: "number"; min?: number; max?: number; gt?: number; int?: boolean; enum?: readonly number[] }
  | { t: "boolean" }
  | { t: "object"; props: Record<string, Schema>; required?: readonly string[]; nullable?: readonly string[] }
  | { t: "array"; items: Schema; min?: number }
  | { t: "record"; values: Schema }
  | { t: "union"; of: readonly Schema[] }
  | { t: "custom"; check: (value: unknown, path: string, errors: string[]) => unknown };

function typeName(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "number" && Number.isNaN(v)) return "nan";
  return typeof v;
}

function at(path: string, message: string): string {
  return path ? `${path}: ${message}` : message;
}

export function join(path: string, key: string | number): string {
  return path ? `${path}.${key}` : String(key);
}

/** Validates `value` against `schema`; pushes `"<path>: <message>"` errors; returns the value with unknown nested keys stripped. */
export function check(schema: Schema, value: unknown, path: string, errors: string[]): unknown {
  if (value === null) {
    // docs/atoms-api.md §1.5: one wording for every field, whatever its type.
    errors.push(at(path, "Expected object, received null"));
    return undefined;
  }
  switch (schema.t) {
    case "string": {
      if (typeof value !== "string") return void errors.push(at(path, `Expected string, received ${typeName(value)}`));
      if (schema.enum && !schema.enum.includes(value)) {
        errors.push(at(path, `Invalid enum value. Expected ${schema.enum.map((e) => `'${e}'`).join(" | ")}, received '${value}'`));
        return undefined;
      }
      if (schema.min !== undefined && value.length < schema.min)
        errors.push(at(path, `String must contain at least ${schema.min} character(s)`));
      if (schema.max !== undefined && value.length > schema.max)
        errors.push(at(path, `String must contain at most ${schema.max} character(s)`));
      if (schema.pattern && !schema.pattern.test(value)) errors.push(at(path, "Invalid"));
      if (schema.url && !isUrl(value)) errors.push(at(path, "Invalid url"));
      return value;
    }
    case "number": {
      if (typeof value !== "number" || !Number.isFinite(value))
        return void errors.push(at(path, `Expected number, received ${typeName(value)}`));
      if (schema.enum && !schema.enum.includes(value)) {
        errors.push(at(path, `Invalid literal value, expected one of ${schema.enum.join(", ")}`));
        return undefined;
      }
      if (schema.int && !Number.isInteger(value)) errors.push(at(path, "Expected integer, received float"));
      if (schema.min !== undefined && value < schema.min)
        errors.push(at(path, `Number must be greater than or equal to ${schema.min}`));
      if (schema.gt !== undefined && value <= schema.gt) errors.push(at(path, `Number must be greater than ${schema.gt}`));
      if (schema.max !== undefined && value > schema.max)
        errors.push(at(path, `Number must be less than or equal to ${schema.max}`));
      return value;
    }
    case "boolean":
      if (typeof value !== "boolean") return void errors.push(at(path, `Expected boolean, received ${typeName(value)}`));
      return value;
    case "object": {
      if (!isPlainObject(value)) return void errors.push(at(path, `Expected object, received ${typeName(value)}`));
      const out: JsonRecord = {};
      for (const key of schema.required ?? []) {
        if (value[key] === undefined) errors.push(at(join(path, key), "Required"));
      }
      for (const [key, sub] of Object.entries(schema.props)) {
        const v = value[key];
        if (v === undefined) continue;
        if (v === null && schema.nullable?.includes(key)) {
          out[key] = null;
          continue;
        }
        const checked = check(sub, v, join(path, key), errors);
        if (checked !== undefined) out[key] = checked;
      }
      return out;
    }
    case "array": {
      if (!Array.isArray(value)) return void errors.push(at(path, `Expected array, received ${typeName(value)}`));
      if (schema.min !== undefined && value.length < schema.min)
        errors.push(at(path, `Array must contain at least ${schema.min} element(s)`));
      return value.map((item, i) => check(schema.items, item, join(path, i), errors));
    }
    case "record": {
      if (!isPlainObject(value)) return void errors.push(at(path, `Expected object, received ${typeName(value)}`));
      const out: JsonRecord = {};
      for (const [k, v] of Object.entries(value)) out[k] = check(schema.values, v, join(path, k), errors);
      return out;
    }
    case "union": {
      for (const option of schema.of) {
        const trial: string[] = [];
        const checked = check(option, value, path, trial);
        if (trial.length === 0) return checked;
      }
      errors.push(at(path, "Invalid input"));
      return undefined;
    }
    case "custom":
      return schema.check(value, path, errors);
  }
}

function isUrl(value: string): boolean {
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}
