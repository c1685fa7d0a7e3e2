import { realpath, stat } from "node:fs/promises";
import { resolve } from "node:path";
import type { AgentDefinition, KnowledgeBaseDefinition, LoadResult, WebhookDefinition } from "../model/definition.js";
import { referenceDiagnostics, resourceDiagnostics } from "./references.js";
import { hasErrors, type Diagnostic } from "../model/diagnostic.js";
import { displayFile, findDefinitionFiles, findRepositoryRoot } from "./files.js";
import type { FileResult } from "./load-file.js";
import { loadFiles, type LoadThreading } from "./load-files.js";
import { checkPolicies } from "./policies.js";
import { SharedFiles } from "./shared-files.js";
import { trackedFiles } from "./path-rules.js";
import { loadProject, type LoadedProject } from "./project.js";

export { WORKER_MIN_FILES, type LoadThreading } from "./load-files.js";

export interface LoadOptions {
  /** Definitions directory (relative to cwd). */
  dir: string;
  /** Project environment to select (`--env`). */
  env?: string;
  cwd?: string;
  /** Source of `${env.*}`; defaults to process.env. */
  processEnv?: Record<string, string | undefined>;
  /**
   * Called for each file that loaded without errors, as soon as it did (before cross-file checks), so callers can
   * start network reads while the rest loads. The final `LoadResult` is still the authority.
   */
  onDefinition?: (definition: AgentDefinition) => void;
  /**
   * The project file as the caller already read it (`loadProject` with this run's root and `env`): a run that needs
   * its connection settings before the definitions then parses it once, not twice.
   */
  project?: LoadedProject;
}

/**
 * Loads every definition under `dir`. Never throws for user mistakes: every problem, in every file, is a diagnostic.
 * `definitions` holds only the files that loaded without errors.
 */
export function loadDefinitions(options: LoadOptions): Promise<LoadResult> {
  return loadDefinitionsWith(options, "auto");
}

/** `loadDefinitions` with the threading chosen explicitly (tests compare both paths; results are identical). */
export async function loadDefinitionsWith(options: LoadOptions, threading: LoadThreading): Promise<LoadResult> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const processEnv = options.processEnv ?? process.env;
  const dirAbs = resolve(cwd, options.dir);
  // Memoized: every agent shows the paths of the same shared files, and path.relative is not free 3,000 times.
  const shown = new Map<string, string>();
  const display = (abs: string): string => {
    let d = shown.get(abs);
    if (d === undefined) shown.set(abs, (d = displayFile(abs, cwd)));
    return d;
  };
  const dirShown = display(dirAbs);

  const dirStat = await stat(dirAbs).catch(() => undefined);
  if (!dirStat || !dirStat.isDirectory()) {
    return {
      definitions: [],
      fileCount: 0,
      project: { environments: {} },
      diagnostics: [
        { severity: "error", code: "load/missing-dir", message: dirStat ? `${dirShown} is not a directory` : `definitions directory ${dirShown} does not exist`, hint: "pass --dir <path>" },
      ],
    };
  }

  const root = findRepositoryRoot(dirAbs, cwd);
  const rootReal = await realpath(root);
  const loaded = options.project ?? (await loadProject({ root, cwd, ...(options.env !== undefined ? { env: options.env } : {}) }));
  const diagnostics: Diagnostic[] = [...loaded.diagnostics];
  const unreadableDirs: Array<{ dir: string; code: string }> = [];
  const [files, trackedList] = await Promise.all([findDefinitionFiles(dirAbs, unreadableDirs), trackedFiles(rootReal)]);
  for (const u of unreadableDirs) {
    diagnostics.push({ severity: "error", code: "file/unreadable", message: `cannot read folder: ${u.code}; its definitions cannot be loaded`, file: display(u.dir), line: 1, column: 1 });
  }
  const tracked = trackedList ? new Set(trackedList) : undefined;
  if (files.length === 0 && unreadableDirs.length === 0) {
    diagnostics.push({ severity: "warning", code: "load/no-definitions", message: `no *.yaml or *.yml definitions found in ${dirShown}` });
  }

  const interpolation = { env: processEnv, vars: loaded.vars, varsSource: loaded.varsSource };
  // The worker gets plain data: a copy of the environment as it is now.
  const workerJob = { cwd, rootReal, root, interpolation: { ...interpolation, env: { ...processEnv } }, ...(trackedList ? { tracked: trackedList } : {}) };
  const shared = new SharedFiles({ rootReal, display, ...(tracked ? { tracked } : {}) });
  const results = await loadFiles(files, { rootReal, root, cwd, interpolation, display, shared, ...(tracked ? { tracked } : {}) }, workerJob, threading, options.onDefinition);
  const definitions: AgentDefinition[] = [];
  diagnostics.push(...withUsers(results, files.map(display)));
  for (const r of results) if (r.definition) definitions.push(r.definition);
  const knowledgeBases: KnowledgeBaseDefinition[] = [];
  const webhooks: WebhookDefinition[] = [];
  for (const r of results) {
    if (r.resource?.kind === "KnowledgeBase") knowledgeBases.push(r.resource.definition);
    if (r.resource?.kind === "Webhook") webhooks.push(r.resource.definition);
  }
  const resourceFiles = results.filter((r) => r.resourceKind !== undefined).length;
  diagnostics.push(...crossFileDiagnostics(definitions));
  diagnostics.push(...resourceDiagnostics(knowledgeBases, webhooks));
  // A reference into a resource file that failed to load is that file's error, already reported.
  const brokenResources = results.some((r) => r.resourceKind !== undefined && !r.resource);
  if (!brokenResources) diagnostics.push(...referenceDiagnostics(definitions, knowledgeBases, webhooks));
  const clashing = new Set(diagnostics.filter((d) => d.code.startsWith("load/duplicate")).map((d) => d.file));
  const kept = definitions.filter((d) => !clashing.has(d.file));
  if (loaded.policies.length > 0 && !hasErrors(diagnostics)) {
    diagnostics.push(...(await checkPolicies(kept, { policies: loaded.policies, projectFile: loaded.project.file, root, environment: loaded.environment ?? "default", shared, cwd })));
  }
  const sharedFiles = results.filter((r) => r.sharedKind !== undefined).length;
  if (files.length > 0 && sharedFiles === files.length && resourceFiles === 0 && unreadableDirs.length === 0) {
    diagnostics.push({ severity: "warning", code: "load/no-definitions", message: `no agent definitions in ${dirShown}: its ${files.length} file(s) are bases, tools or policies` });
  }
  return {
    definitions: kept,
    diagnostics,
    // Bases and tools are never agents: a folder of only them holds no agent, and --prune must see it as empty.
    fileCount: files.length - sharedFiles - resourceFiles,
    project: loaded.project,
    ...(knowledgeBases.length > 0 ? { knowledgeBases } : {}),
    ...(webhooks.length > 0 ? { webhooks } : {}),
  };
}

/**
 * Each file's problems once, in file order. A problem inside a shared file (a base, a tool, a prompt fragment)
 * is reported once, at that file, and says which agents use it: that is who a fix there reaches.
 */
function withUsers(results: FileResult[], shownFiles: string[]): Diagnostic[] {
  const order: Array<{ d: Diagnostic; users: string[] }> = [];
  const byKey = new Map<string, { d: Diagnostic; users: string[] }>();
  results.forEach((r, i) => {
    const own = shownFiles[i];
    for (const d of r.diagnostics) {
      const key = JSON.stringify([d.severity, d.code, d.file, d.line, d.column, d.message, d.hint]);
      let entry = byKey.get(key);
      if (!entry) {
        entry = { d, users: [] };
        byKey.set(key, entry);
        order.push(entry);
      }
      if (d.file !== undefined && d.file !== own) entry.users.push(r.name ?? own ?? "?");
    }
  });
  return order.map(({ d, users }) => {
    if (users.length === 0) return d;
    const used = `used by ${listNames([...new Set(users)])}`;
    return { ...d, hint: d.hint ? `${d.hint}; ${used}` : used };
  });
}

function listNames(names: string[]): string {
  const shown = names.slice(0, 5).join(", ");
  return names.length > 5 ? `${shown} and ${names.length - 5} more` : shown;
}

/** Identity must be unambiguous across files: names, pinned ids, and phone numbers (a number serves one agent). */
function crossFileDiagnostics(definitions: AgentDefinition[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const check = (code: string, what: string, values: (d: AgentDefinition) => Array<[string, string]>): void => {
    const first = new Map<string, { def: AgentDefinition; pointer: string }>();
    for (const def of definitions) {
      for (const [value, pointer] of values(def)) {
        const prev = first.get(value);
        if (!prev) {
          first.set(value, { def, pointer });
          continue;
        }
        const at = prev.def.positions[prev.pointer];
        const pos = def.positions[pointer] ?? { line: 1, column: 1 };
        out.push({
          severity: "error",
          code,
          message: `${what} "${value}" is also used by ${prev.def.file}${at ? `:${at.line}:${at.column}` : ""}`,
          file: def.file,
          path: pointer,
          line: pos.line,
          column: pos.column,
        });
      }
    }
  };
  check("load/duplicate-name", "agent name", (d) => [[d.metadata.name, "/metadata/name"]]);
  check("load/duplicate-id", "agent id", (d) => (d.metadata.id ? [[d.metadata.id, "/metadata/id"]] : []));
  check("load/duplicate-phone-number", "phone number", (d) => (d.metadata.phoneNumbers ?? []).map((n, i): [string, string] => [n, `/metadata/phoneNumbers/${i}`]));
  return out;
}
