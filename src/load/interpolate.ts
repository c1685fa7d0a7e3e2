import type { JsonValue } from "../model/json.js";
import { childPointer } from "./pointer.js";
import { didYouMean } from "./suggest.js";

/**
 * `${env.NAME}`, `${env.NAME:-fallback}`, `${vars.NAME}`; `$${` is a literal `${`.
 * Env values are secrets: they are never echoed in messages, only their names.
 */
export interface InterpolationContext {
  env: Record<string, string | undefined>;
  vars: Record<string, JsonValue>;
  /** Where vars come from, for messages (e.g. `environment "staging" of atoms-gitops.yaml`). */
  varsSource: string;
}

export type InterpolationResult =
  | { ok: true; value: JsonValue; sensitive: boolean; changed: boolean }
  | InterpolationFailure;

export interface InterpolationFailure {
  ok: false;
  code: string;
  message: string;
  hint?: string;
  /** Offset of the offending `${` in the input, to locate errors inside prompt files. */
  offset?: number;
}

const NAMESPACES = ["env", "vars"];
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const VAR_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;

export function interpolateString(input: string, ctx: InterpolationContext): InterpolationResult {
  if (!input.includes("${")) return { ok: true, value: input, sensitive: false, changed: false };
  // A scalar that is exactly one `${vars.X}` keeps the var's JSON type (so numbers and booleans can come from vars).
  const whole = /^\$\{vars\.([^}]*)\}$/.exec(input);
  if (whole) {
    const name = whole[1] ?? "";
    const r = lookupVar(name, ctx);
    return r.ok ? { ok: true, value: r.value, sensitive: false, changed: true } : r;
  }
  let out = "";
  let sensitive = false;
  let i = 0;
  while (i < input.length) {
    const next = input.indexOf("${", i);
    if (next < 0) {
      out += input.slice(i);
      break;
    }
    if (next > 0 && input[next - 1] === "$") {
      // `$${` -> literal `${`: drop one `$` and copy through the closing brace untouched.
      out += input.slice(i, next - 1) + "${";
      i = next + 2;
      continue;
    }
    out += input.slice(i, next);
    const close = input.indexOf("}", next + 2);
    if (close < 0) {
      return { ok: false, code: "interp/malformed", message: `unterminated "\${" (write "$\${" for a literal "\${")`, offset: next };
    }
    const body = input.slice(next + 2, close);
    const dot = body.indexOf(".");
    const ns = dot < 0 ? body : body.slice(0, dot);
    const rest = dot < 0 ? "" : body.slice(dot + 1);
    if (!NAMESPACES.includes(ns)) {
      const hint = didYouMean(ns, NAMESPACES);
      return {
        ok: false,
        code: dot < 0 ? "interp/malformed" : "interp/unknown-namespace",
        message: dot < 0 ? `malformed reference "\${${safeSnippet(body)}}": expected \${env.NAME} or \${vars.NAME}` : `unknown namespace "${safeSnippet(ns)}" in "\${...}": expected env or vars`,
        ...(hint ? { hint } : {}),
        offset: next,
      };
    }
    if (ns === "env") {
      const sep = rest.indexOf(":-");
      const name = sep < 0 ? rest : rest.slice(0, sep);
      if (!NAME.test(name)) return { ok: false, code: "interp/malformed", message: `malformed environment variable name in "\${env.${safeSnippet(name)}}"`, offset: next };
      const value = ctx.env[name];
      sensitive = true;
      if (value !== undefined && value !== "") out += value;
      else if (sep >= 0) out += rest.slice(sep + 2);
      else return { ok: false, code: "interp/missing-env", message: `environment variable ${name} is not set`, hint: `set it, or give a fallback: \${env.${name}:-default}`, offset: next };
    } else {
      const r = lookupVar(rest, ctx);
      if (!r.ok) return { ...r, offset: next };
      if (r.value !== null && typeof r.value === "object") {
        return { ok: false, code: "interp/type", message: `vars.${rest} is ${Array.isArray(r.value) ? "a list" : "an object"}; only a value that is exactly "\${vars.${rest}}" may use it`, offset: next };
      }
      out += String(r.value);
    }
    i = close + 1;
  }
  return { ok: true, value: out, sensitive, changed: true };
}

function lookupVar(name: string, ctx: InterpolationContext): { ok: true; value: JsonValue } | InterpolationFailure {
  if (!VAR_NAME.test(name)) return { ok: false, code: "interp/malformed", message: `malformed variable name in "\${vars.${safeSnippet(name)}}"` };
  if (Object.prototype.hasOwnProperty.call(ctx.vars, name)) return { ok: true, value: ctx.vars[name] as JsonValue };
  const hint = didYouMean(name, Object.keys(ctx.vars));
  return { ok: false, code: "interp/missing-var", message: `variable "${name}" is not defined in ${ctx.varsSource}`, ...(hint ? { hint } : {}) };
}

/** Names in messages are user-written text, not values; still, keep them short and single-line. */
function safeSnippet(s: string): string {
  const one = s.replace(/\s+/g, " ");
  return one.length > 40 ? `${one.slice(0, 40)}…` : one;
}

/**
 * Interpolates, in place, every string the YAML wrote as a scalar (`stringScalars` holds their pointers: a number or a
 * key is never a template). A failure keeps the text as written and goes to `onFailure`; returns where secrets landed.
 */
export function interpolateDocument(
  doc: JsonValue,
  stringScalars: ReadonlySet<string>,
  ctx: InterpolationContext,
  onFailure: (failure: InterpolationFailure, pointer: string) => void,
): string[] {
  const sensitivePaths: string[] = [];
  const walk = (value: JsonValue, pointer: string): JsonValue => {
    if (typeof value === "string") {
      if (!stringScalars.has(pointer)) return value;
      const r = interpolateString(value, ctx);
      if (!r.ok) {
        onFailure(r, pointer);
        return value;
      }
      if (r.sensitive) sensitivePaths.push(pointer);
      return r.value;
    }
    if (Array.isArray(value)) return value.map((v, i) => walk(v, childPointer(pointer, i)));
    if (value !== null && typeof value === "object") {
      for (const k of Object.keys(value)) value[k] = walk(value[k] as JsonValue, childPointer(pointer, k));
    }
    return value;
  };
  walk(doc, "");
  return sensitivePaths;
}
