import { existsSync } from "node:fs";
import { join } from "node:path";
import type { ValidateFunction } from "ajv/dist/2020.js";
import { validateProject } from "./agent-validator.generated.js";
import type { ProjectConfig, ProjectEnvironment } from "../model/definition.js";
import type { Diagnostic } from "../model/diagnostic.js";
import type { JsonObject, JsonValue } from "../model/json.js";
import { displayFile, PROJECT_FILE } from "./files.js";
import { schemaDiagnostics } from "./schema-errors.js";
import { readSourceText } from "./source-text.js";
import { didYouMean } from "./suggest.js";
import { parseYamlTree } from "./yaml-tree.js";

/** Compiled ahead of time with the agent schema (scripts/gen-validator.ts): no run pays for ajv. */
const projectValidator = validateProject as unknown as ValidateFunction;

export interface LoadedProject {
  project: ProjectConfig;
  /** The selected environment's name, when one applies. */
  environment?: string;
  vars: Record<string, JsonValue>;
  /** Describes where vars come from, for messages. */
  varsSource: string;
  diagnostics: Diagnostic[];
  /** `policies:` entries (paths or globs relative to the repository root, or `builtin:NAME`), with where each is written. */
  policies: PolicyEntry[];
}

export interface PolicyEntry {
  pattern: string;
  file: string;
  line: number;
  column: number;
}

/**
 * Reads `atoms-gitops.yaml` at the repository root (optional) and selects the environment:
 * `--env NAME`, else `default` when it exists, else none (vars empty).
 */
export async function loadProject(options: { root: string; cwd: string; env?: string }): Promise<LoadedProject> {
  const abs = join(options.root, PROJECT_FILE);
  const file = displayFile(abs, options.cwd);
  const diagnostics: Diagnostic[] = [];
  const empty: ProjectConfig = { environments: {} };
  let policies: PolicyEntry[] = [];
  const noVars = (project: ProjectConfig): LoadedProject => ({ project, vars: {}, varsSource: `the project file (no environment selected)`, diagnostics, policies });

  if (!existsSync(abs)) {
    if (options.env !== undefined) {
      diagnostics.push({ severity: "error", code: "project/missing", message: `--env ${options.env} needs a project file, but ${file} does not exist` });
    }
    return { ...noVars(empty), varsSource: `${file} (missing)` };
  }
  const read = await readSourceText(abs, file);
  if (!read.ok) {
    diagnostics.push(read.diagnostic);
    return noVars({ file, environments: {} });
  }
  const parsed = parseYamlTree(read.text, file);
  diagnostics.push(...parsed.diagnostics);
  const tree = parsed.tree;
  if (!tree || parsed.diagnostics.some((d) => d.severity === "error" && d.code !== "yaml/multiple-documents")) {
    return noVars({ file, environments: {} });
  }
  if (tree.value === null) return noVars({ file, environments: {} });
  if (!projectValidator(tree.value)) {
    diagnostics.push(
      ...schemaDiagnostics(projectValidator.errors ?? [], { file, document: tree.value, positions: tree.positions, keyPositions: tree.keyPositions, sensitivePaths: [] }).map((d) => ({
        ...d,
        code: d.code.replace(/^schema\//, "project/"),
      })),
    );
    return noVars({ file, environments: {} });
  }
  const listed = (tree.value as JsonObject).policies;
  if (Array.isArray(listed)) {
    policies = listed.map((pattern, i) => ({ pattern: String(pattern), file, ...(tree.positions.get(`/policies/${i}`) ?? { line: 1, column: 1 }) }));
  }
  const raw = ((tree.value as JsonObject).environments ?? {}) as Record<string, JsonObject>;
  const environments: Record<string, ProjectEnvironment> = {};
  for (const [name, e] of Object.entries(raw)) {
    environments[name] = {
      ...(typeof e.baseUrl === "string" ? { baseUrl: e.baseUrl } : {}),
      ...(typeof e.apiKeyEnv === "string" ? { apiKeyEnv: e.apiKeyEnv } : {}),
      vars: (e.vars ?? {}) as Record<string, JsonValue>,
    };
  }
  const project: ProjectConfig = { file, environments };
  const selected = options.env ?? (environments.default ? "default" : undefined);
  if (selected === undefined) return noVars(project);
  const env = Object.prototype.hasOwnProperty.call(environments, selected) ? environments[selected] : undefined;
  if (!env) {
    const names = Object.keys(environments);
    const hint = didYouMean(selected, names) ?? (names.length ? `defined: ${names.join(", ")}` : "the file defines no environments");
    const pos = tree.keyPositions.get("/environments") ?? { line: 1, column: 1 };
    diagnostics.push({ severity: "error", code: "project/unknown-env", message: `environment "${selected}" is not defined in ${file}`, file, ...pos, hint });
    return noVars(project);
  }
  return { project, environment: selected, vars: env.vars, varsSource: `environment "${selected}" of ${file}`, diagnostics, policies };
}
