import { readdir } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import picomatch from "picomatch";
import type { ValidateFunction } from "ajv/dist/2020.js";
import type { AgentDefinition, SourcePosition } from "../model/definition.js";
import type { Diagnostic } from "../model/diagnostic.js";
import type { JsonObject } from "../model/json.js";
import { validatePolicy } from "./agent-validator.generated.js";
import { BUILTIN_POLICIES } from "./builtin-policies.js";
import { PROJECT_FILE } from "./files.js";
import { childPointer, displayPath } from "./pointer.js";
import type { PolicyEntry } from "./project.js";
import { schemaDiagnostics } from "./schema-errors.js";
import type { SharedFiles } from "./shared-files.js";

/** One rule of a policy file (or of a built-in set), compiled. */
export interface PolicyRule {
  id: string;
  severity: "deny" | "warn";
  message: string;
  environments?: string[];
  agents?: string[];
  require: JsonObject | boolean;
  /** Where the rule is written: a policy file, or `builtin:NAME`. */
  origin: string;
  /** Where its `id` and its `require` are, in a policy file. */
  idAt?: SourcePosition;
  requireAt?: SourcePosition;
}

export interface PolicyOptions {
  policies: PolicyEntry[];
  projectFile: string | undefined;
  /** Repository root (where atoms-gitops.yaml is): policy paths are relative to it. */
  root: string;
  environment: string;
  shared: SharedFiles;
  cwd: string;
}

const policyFileValidator = validatePolicy as unknown as ValidateFunction;

/**
 * Team rules, checked on each agent's resolved definition `{ metadata, spec }` (after bases, shared tools and
 * interpolation). A `deny` is an error (validate and plan exit 1, apply refuses before any write), a `warn` a
 * warning. Messages name the rule, the agent's file and the failing field, never a value: the document holds
 * interpolated secrets.
 */
export async function checkPolicies(definitions: readonly AgentDefinition[], options: PolicyOptions): Promise<Diagnostic[]> {
  const diagnostics: Diagnostic[] = [];
  const rules = await loadRules(options, diagnostics);
  if (diagnostics.some((d) => d.severity === "error")) return diagnostics;
  const compiled = await compileRules(rules, diagnostics);
  if (diagnostics.some((d) => d.severity === "error")) return diagnostics;
  for (const def of definitions) {
    const doc = { metadata: def.metadata as unknown as JsonObject, spec: def.spec };
    for (const { rule, validate, matchAgent } of compiled) {
      if (rule.environments && !rule.environments.includes(options.environment)) continue;
      if (matchAgent && !matchAgent(def.metadata.name)) continue;
      if (validate(doc)) continue;
      diagnostics.push(violation(rule, def, validate.errors ?? []));
    }
  }
  return diagnostics;
}

async function loadRules(options: PolicyOptions, diagnostics: Diagnostic[]): Promise<PolicyRule[]> {
  const rules: PolicyRule[] = [];
  const projectAbs = join(options.root, PROJECT_FILE);
  const seenFiles = new Set<string>();
  for (const entry of options.policies) {
    const at = { file: entry.file, line: entry.line, column: entry.column };
    if (entry.pattern.startsWith("builtin:")) {
      const name = entry.pattern.slice("builtin:".length);
      const set = BUILTIN_POLICIES[name];
      if (!set) {
        diagnostics.push({ severity: "error", code: "policy/unknown-builtin", message: `no built-in policy set "${name}"`, ...at, hint: `available: ${Object.keys(BUILTIN_POLICIES).map((n) => `builtin:${n}`).join(", ")}` });
        continue;
      }
      rules.push(...set.map((r) => ({ ...r, require: r.require as JsonObject, origin: entry.pattern })));
      continue;
    }
    const paths = await expand(entry.pattern, options.root);
    if (paths.length === 0) {
      // A typo here would switch a team's rules off without a word.
      diagnostics.push({ severity: "error", code: "policy/no-files", message: `policies entry "${entry.pattern}" matches no file`, ...at, hint: "paths and globs are relative to the repository root" });
      continue;
    }
    for (const rel of paths) {
      const opened = await options.shared.open(rel, projectAbs, "policy file");
      if (!opened.ok) {
        diagnostics.push(opened.diagnostic ?? { severity: "error", code: opened.code, message: opened.message, ...at, ...(opened.hint ? { hint: opened.hint } : {}) });
        continue;
      }
      const policy = opened.shared;
      if (seenFiles.has(policy.realPath)) continue;
      seenFiles.add(policy.realPath);
      if (!policy.doc) {
        diagnostics.push(...policy.diagnostics);
        continue;
      }
      if (policy.kind !== "Policy") {
        diagnostics.push({ severity: "error", code: "policy/wrong-kind", message: `policy file "${rel}" is ${policy.kind ? `a file of kind ${policy.kind}` : "not a file with a kind"}; policies: needs files of kind Policy`, ...at });
        continue;
      }
      const positions = policy.doc.positions;
      if (!policyFileValidator(policy.doc.value)) {
        diagnostics.push(
          ...schemaDiagnostics(policyFileValidator.errors ?? [], { file: policy.file, document: policy.doc.value, positions, keyPositions: policy.doc.keyPositions, sensitivePaths: [] }).map((d) => ({
            ...d,
            code: d.code.replace(/^schema\//, "policy-file/"),
          })),
        );
        continue;
      }
      const list = (policy.doc.value as JsonObject).rules as JsonObject[];
      list.forEach((r, i) => {
        const idAt = positions.get(`/rules/${i}/id`);
        const requireAt = positions.get(`/rules/${i}/require`);
        rules.push({ ...(r as unknown as Omit<PolicyRule, "origin">), origin: policy.file, ...(idAt ? { idAt } : {}), ...(requireAt ? { requireAt } : {}) });
      });
    }
  }
  const ids = new Map<string, string>();
  for (const r of rules) {
    const prev = ids.get(r.id);
    if (prev !== undefined) diagnostics.push({ severity: "error", code: "policy/duplicate-id", message: `rule id "${r.id}" is already used by a rule in ${prev}`, ...(r.idAt ?? {}) });
    ids.set(r.id, r.origin);
  }
  return rules;
}

interface CompiledRule {
  rule: PolicyRule;
  validate: ValidateFunction;
  matchAgent?: (name: string) => boolean;
}

/** The policy author's schemas, compiled at run time (they are data). ajv loads only when a project has policies. */
async function compileRules(rules: PolicyRule[], diagnostics: Diagnostic[]): Promise<CompiledRule[]> {
  if (rules.length === 0) return [];
  const { Ajv2020 } = await import("ajv/dist/2020.js");
  const formats = (await import("ajv-formats")).default as unknown as (ajv: InstanceType<typeof Ajv2020>) => void;
  // strictSchema catches typos in keywords (`requried`), which would otherwise make a rule pass everything, and each
  // keyword checks the type of its own value as it compiles (`maximum: fast`, `type: objekt`). Validating every rule
  // against the JSON Schema meta-schema as well would first compile that meta-schema: ~100 ms of every run with
  // policies (measured with bench/fleet.ts), for mistakes the two checks above already report.
  const ajv = new Ajv2020({ strictSchema: true, strictTypes: false, strictTuples: false, strictRequired: false, allErrors: false, allowUnionTypes: true, validateSchema: false });
  formats(ajv);
  const out: CompiledRule[] = [];
  for (const rule of rules) {
    try {
      const validate = ajv.compile(rule.require as JsonObject);
      out.push({ rule, validate, ...(rule.agents ? { matchAgent: picomatch(rule.agents) } : {}) });
    } catch (err) {
      const reason = err instanceof Error ? err.message.split("\n")[0] : String(err);
      diagnostics.push({
        severity: "error",
        code: "policy/invalid-schema",
        message: `rule "${rule.id}": require is not a valid JSON Schema: ${reason}`,
        ...(rule.requireAt ?? {}),
      });
    }
  }
  return out;
}

function violation(rule: PolicyRule, def: AgentDefinition, errors: readonly { instancePath: string; keyword: string; message?: string; params: Record<string, unknown> }[]): Diagnostic {
  const e = errors.find((x) => x.keyword !== "if") ?? errors[0];
  const missing = e?.keyword === "required" ? String(e.params["missingProperty"]) : undefined;
  const path = e ? (missing !== undefined ? childPointer(e.instancePath, missing) : e.instancePath) : "";
  const why = e ? (missing !== undefined ? "is missing" : (e.message ?? "does not satisfy the rule")) : "does not satisfy the rule";
  const at = ownPosition(def, e?.instancePath ?? "");
  const elsewhere = def.positions[path] ?? def.positions[e?.instancePath ?? ""];
  const from = elsewhere && elsewhere.file !== def.file ? ` (set in ${elsewhere.file})` : "";
  return {
    severity: rule.severity === "deny" ? "error" : "warning",
    code: `policy/${rule.id}`,
    message: `${def.metadata.name}: ${rule.message} — ${path === "" ? "the agent" : displayPath(path)} ${why}${from}`,
    file: def.file,
    path,
    line: at.line,
    column: at.column,
    hint: `rule ${rule.id} (${rule.severity}) from ${rule.origin}`,
    agent: def.metadata.name,
  };
}

/** The agent's own file is where the diagnostic goes: the nearest position on the failing path inside it. */
function ownPosition(def: AgentDefinition, pointer: string): SourcePosition {
  let p = pointer;
  for (;;) {
    const pos = def.positions[p];
    if (pos && pos.file === def.file) return pos;
    if (p === "") break;
    p = p.slice(0, Math.max(0, p.lastIndexOf("/")));
  }
  return def.positions["/metadata/name"] ?? { file: def.file, line: 1, column: 1 };
}

/** Files under `root` a `policies:` entry names: a path, or a glob (`policies/*.yaml`, `policies/**`). */
async function expand(pattern: string, root: string): Promise<string[]> {
  const scan = picomatch.scan(pattern);
  if (!scan.isGlob) return [pattern];
  const isMatch = picomatch(pattern, { dot: false });
  const base = resolve(root, scan.base);
  const found: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      if (e.name.startsWith(".") || e.name === "node_modules") continue;
      const abs = join(dir, e.name);
      if (e.isDirectory()) await walk(abs);
      else {
        const rel = relative(root, abs).split(sep).join("/");
        if (isMatch(rel)) found.push(rel);
      }
    }
  };
  await walk(base);
  return found.sort();
}

