import type { ErrorObject } from "ajv/dist/2020.js";
import type { Diagnostic } from "../model/diagnostic.js";
import { childPointer, displayPath, isWithin, valueAt } from "./pointer.js";
import { didYouMean } from "./suggest.js";
import type { Position } from "./yaml-tree.js";

export interface ErrorContext {
  file: string;
  document: unknown;
  /** A position may name its own file (a composed agent's fields come from several files). */
  positions: ReadonlyMap<string, Position & { file?: string }>;
  keyPositions: ReadonlyMap<string, Position & { file?: string }>;
  /** Pointers whose values came from `${env.*}`: their values never appear in messages. */
  sensitivePaths: readonly string[];
}

/** Keys people reach for that the definition format handles differently. */
const KEY_HINTS: Record<string, string> = {
  "/spec/singlePromptConfig": "write spec.prompt and spec.tools instead of singlePromptConfig",
  "/spec/globalPrompt": "globalPrompt is for workflow_graph agents (out of scope); use spec.prompt",
  "/spec/workflowType": "workflowType is not managed: only single_prompt agents are supported",
  "/spec/widgetConfig": "widgetConfig is not managed by atoms-gitops",
  "/spec/name": "the agent's name is metadata: use metadata.name",
  "/spec/description": "the description is metadata: use metadata.description",
  "/spec/telephonyProductId": "link numbers with metadata.phoneNumbers",
  "/spec/postCallAnalyticsConfig/successMetrics": "successMetrics is deprecated and ignored by the API; use dispositionMetrics",
  "/spec/postCallAnalyticsConfig/summaryPrompt": "summaryPrompt is deprecated and ignored by the API; remove it",
  "/metadata/phoneNumber": "did you mean \"phoneNumbers\"?",
};

/** YAML has no merge keys in 1.2 (the version read here): `<<` is an ordinary, unknown key. */
const MERGE_KEY_HINT = "merge keys are not supported: write the fields out, or share values through ${vars.*} in atoms-gitops.yaml";

/** YAML 1.1 read `yes`/`on`/`y` as booleans; YAML 1.2 (read here) keeps them strings, which surprises people. */
const YAML11_BOOLEANS = new Set(["yes", "no", "on", "off", "y", "n"]);

function yaml11Hint(expected: string, value: unknown): string | undefined {
  if (expected === "boolean" && typeof value === "string" && YAML11_BOOLEANS.has(value.toLowerCase())) return `use true or false: YAML 1.2 reads "${value}" as a string`;
  if (expected === "string" && typeof value === "number") return "quote it: YAML reads an unquoted number, a leading + included, as a number";
  return undefined;
}

const SPACING_PATTERNS = new Set(["^\\S+$", "^\\S(.*\\S)?$"]);
const CHAR_NAMES: Record<string, string> = { " ": "a space", "\t": "a tab", "\n": "a line break", "\r": "a carriage return", "\u00a0": "a non-breaking space (U+00A0)" };

/** What breaks a "no spaces" pattern, named: "spaces" for a line break or a tab would send people looking for the wrong thing. */
function spacingProblem(value: string, pattern: string): string | undefined {
  const name = (c: string): string => CHAR_NAMES[c] ?? `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
  const lineBreak = /[\n\r\u2028\u2029\u0085]/.exec(value);
  if (lineBreak) return `contains ${name(lineBreak[0])}`;
  if (pattern === "^\\S+$") {
    const ws = /\s/.exec(value);
    return ws ? `contains ${name(ws[0])}` : undefined;
  }
  const lead = /^\s/.exec(value);
  if (lead) return `starts with ${name(lead[0])}`;
  const trail = /\s$/.exec(value);
  return trail ? `ends with ${name(trail[0])}` : undefined;
}

const PATTERN_TEXT: Record<string, string> = {
  "^\\+[1-9]\\d{1,14}$": "an E.164 phone number such as +14155550123",
  "^[0-9a-f]{24}$": "a 24-character lowercase hex agent id",
  "^[a-z0-9_]+$": "lower_snake_case (a-z, 0-9, _)",
  "^\\S+$": "a name without spaces",
  "^\\S(.*\\S)?$": "a name on one line without leading or trailing whitespace",
  "^https?://\\S+$": "an http(s) URL",
  "^wss?://\\S+$": "a ws(s) URL",
};

/** Turns ajv's raw errors into one readable, located diagnostic per problem. */
export function schemaDiagnostics(errors: readonly ErrorObject[], ctx: ErrorContext): Diagnostic[] {
  const kept = collapseAlternatives(errors.filter((e) => e.keyword !== "if"));
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const e of kept) {
    const d = toDiagnostic(e, ctx);
    const key = `${d.code}|${d.path}|${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out;
}

/**
 * anyOf reports every failed branch. Keep the branch whose type fits the value (its errors are the useful ones);
 * when none fits, one "must be X or Y" error replaces them all.
 */
function collapseAlternatives(errors: ErrorObject[]): ErrorObject[] {
  let result = errors;
  for (const alt of errors.filter((e) => e.keyword === "anyOf" || e.keyword === "oneOf")) {
    const prefix = `${alt.schemaPath}/`;
    const branchErrors = result.filter((e) => e !== alt && e.schemaPath.startsWith(prefix) && isWithin(e.instancePath, alt.instancePath));
    const byBranch = new Map<string, ErrorObject[]>();
    for (const e of branchErrors) {
      const idx = e.schemaPath.slice(prefix.length).split("/")[0] ?? "";
      byBranch.set(idx, [...(byBranch.get(idx) ?? []), e]);
    }
    const branches = Array.isArray(alt.schema) ? (alt.schema as unknown[]) : [];
    const typeFits = [...branches.keys()].filter((i) => !(byBranch.get(String(i)) ?? []).some((e) => e.keyword === "type" && e.instancePath === alt.instancePath));
    const drop = new Set<ErrorObject>(branchErrors);
    if (typeFits.length === 1) {
      drop.add(alt);
      for (const e of byBranch.get(String(typeFits[0])) ?? []) drop.delete(e);
    }
    result = result.filter((e) => !drop.has(e));
  }
  return result;
}

function toDiagnostic(e: ErrorObject, ctx: ErrorContext): Diagnostic {
  const path = e.instancePath;
  const dp = displayPath(path);
  const value = valueAt(ctx.document, path);
  const sensitive = ctx.sensitivePaths.some((s) => isWithin(s, path) || isWithin(path, s));
  const got = sensitive ? "" : ` (got ${describeValue(value)})`;
  const parent = (e.parentSchema ?? {}) as Record<string, unknown>;
  const base = { severity: "error" as const, file: ctx.file };
  const valuePos = ctx.positions.get(path) ?? ctx.keyPositions.get(path) ?? { line: 1, column: 1 };
  const located = (p: string, pos: Position & { file?: string } = valuePos): Diagnostic => ({ ...base, file: pos.file ?? ctx.file, code: "", message: "", path: p, line: pos.line, column: pos.column });

  switch (e.keyword) {
    case "additionalProperties": {
      const key = String((e.params as { additionalProperty: string }).additionalProperty);
      const child = childPointer(path, key);
      const allowed = Object.keys((parent.properties as Record<string, unknown> | undefined) ?? {});
      const hint = KEY_HINTS[child] ?? (key === "<<" ? MERGE_KEY_HINT : undefined) ?? didYouMean(key, allowed) ?? (allowed.length <= 8 ? `allowed: ${allowed.join(", ")}` : undefined);
      const where = path === "" ? "at the top level" : `in ${dp}`;
      return { ...located(child, ctx.keyPositions.get(child) ?? valuePos), code: "schema/unknown-key", message: `unknown field "${key}" ${where}`, ...(hint ? { hint } : {}) };
    }
    case "required": {
      const missing = String((e.params as { missingProperty: string }).missingProperty);
      const where = path === "" ? "" : ` in ${dp}`;
      const pos = ctx.keyPositions.get(path) ?? valuePos;
      let hint: string | undefined;
      if (path === "/spec/language" && missing === "switching") hint = "language needs switching; { isEnabled: false } is enough";
      else if (e.schemaPath.includes("dispositionMetric/then")) hint = "ENUM metrics need choices";
      else if (e.schemaPath.includes("/then/") && missing === "values") hint = "enum parameters need values";
      return { ...located(childPointer(path, missing), pos), code: "schema/required", message: `missing required field "${missing}"${where}`, ...(hint ? { hint } : {}) };
    }
    case "enum": {
      const allowed = (e.params as { allowedValues: unknown[] }).allowedValues;
      let hint: string | undefined;
      if (!sensitive && typeof value === "string") hint = didYouMean(value, allowed.filter((a): a is string => typeof a === "string"));
      if (!sensitive && typeof value === "number") {
        const nums = allowed.filter((a): a is number => typeof a === "number");
        const nearest = nums.sort((a, b) => Math.abs(a - value) - Math.abs(b - value))[0];
        if (nearest !== undefined) hint = `did you mean ${nearest}?`;
      }
      return { ...located(path), code: "schema/enum", message: `${dp} must be one of ${allowed.map(formatAllowed).join(", ")}${got}`, ...(hint ? { hint } : {}) };
    }
    case "const": {
      const expected = (e.params as { allowedValue: unknown }).allowedValue;
      return { ...located(path), code: "schema/const", message: `${dp} must be ${JSON.stringify(expected)}${got}` };
    }
    case "type": {
      const expected = String((e.params as { type: string | string[] }).type);
      if (value === null) {
        return { ...located(path), code: "schema/null", message: `${dp} is null; omit the field instead (the API rejects null)` };
      }
      const hint = sensitive ? undefined : yaml11Hint(expected, value);
      return { ...located(path), code: "schema/type", message: `${dp} must be ${article(expected)} (got ${typeName(value)})`, ...(hint ? { hint } : {}) };
    }
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return { ...located(path), code: "schema/range", message: `${dp} must be ${rangeText(parent)}${got}` };
    case "pattern": {
      const pattern = String((e.params as { pattern: string }).pattern);
      const offending = !sensitive && typeof value === "string" && SPACING_PATTERNS.has(pattern) ? spacingProblem(value, pattern) : undefined;
      return { ...located(path), code: "schema/pattern", message: `${dp} must be ${PATTERN_TEXT[pattern] ?? `a string matching ${pattern}`}${got}${offending ? `: it ${offending}` : ""}` };
    }
    case "minLength":
    case "maxLength": {
      const limit = Number((e.params as { limit: number }).limit);
      const len = typeof value === "string" ? value.length : 0;
      const message = e.keyword === "minLength" && limit === 1 ? `${dp} must not be empty` : `${dp} must be ${e.keyword === "minLength" ? "at least" : "at most"} ${limit} characters (got ${len})`;
      return { ...located(path), code: "schema/length", message };
    }
    case "minItems":
      return { ...located(path), code: "schema/length", message: `${dp} must have at least ${Number((e.params as { limit: number }).limit)} item(s)` };
    case "uniqueItems": {
      const { i } = e.params as { i: number; j: number };
      const item = childPointer(path, i);
      return { ...located(item, ctx.positions.get(item) ?? valuePos), code: "schema/duplicate", message: `${dp} lists the same value twice (item ${i})` };
    }
    case "anyOf":
    case "oneOf": {
      const branches = Array.isArray(e.schema) ? (e.schema as Array<Record<string, unknown>>) : [];
      const forms = branches.map(describeBranch).join(" or ");
      return { ...located(path), code: "schema/type", message: `${dp} must be ${forms} (got ${typeName(value)})` };
    }
    default:
      return { ...located(path), code: `schema/${e.keyword}`, message: `${dp} ${e.message ?? "is invalid"}` };
  }
}

function describeBranch(s: Record<string, unknown>): string {
  if (s.type === "object" && s.properties && typeof s.properties === "object") {
    const req = (s.required as string[] | undefined) ?? Object.keys(s.properties);
    return `{ ${req.map((k) => `${k}: …`).join(", ")} }`;
  }
  return typeof s.type === "string" ? (s.type === "null" ? "null" : article(s.type)) : "an allowed value";
}

function rangeText(s: Record<string, unknown>): string {
  const lo = s.minimum ?? s.exclusiveMinimum;
  const hi = s.maximum ?? s.exclusiveMaximum;
  const loText = s.exclusiveMinimum !== undefined ? `> ${String(lo)}` : `>= ${String(lo)}`;
  const hiText = s.exclusiveMaximum !== undefined ? `< ${String(hi)}` : `<= ${String(hi)}`;
  if (lo !== undefined && hi !== undefined) {
    return s.minimum !== undefined && s.maximum !== undefined ? `between ${String(lo)} and ${String(hi)}` : `${loText} and ${hiText}`;
  }
  return lo !== undefined ? loText : hiText;
}

function article(t: string): string {
  if (t === "integer") return "an integer";
  if (t === "object") return "an object";
  if (t === "array") return "a list";
  return `a ${t}`;
}

function typeName(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "an object";
  return typeof v === "number" && !Number.isInteger(v) ? "a number" : typeof v === "number" ? "an integer" : `a ${typeof v}`;
}

function describeValue(v: unknown): string {
  if (typeof v === "string") return JSON.stringify(v.length > 60 ? `${v.slice(0, 60)}…` : v);
  if (typeof v === "number" || typeof v === "boolean" || v === null) return String(v);
  return typeName(v);
}

function formatAllowed(v: unknown): string {
  return typeof v === "string" && v !== "" ? v : JSON.stringify(v);
}

