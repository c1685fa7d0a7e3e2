import { lstatSync } from "node:fs";
import { realpath } from "node:fs/promises";
import { relative, resolve, sep } from "node:path";
import type { AgentDefinition, AgentMetadata, PromptSegment, SourcePosition } from "../model/definition.js";
import type { Diagnostic } from "../model/diagnostic.js";
import type { JsonObject, JsonValue } from "../model/json.js";
import type { InterpolationContext, InterpolationFailure } from "./interpolate.js";
import { interpolateDocument, interpolateString } from "./interpolate.js";
import { displayPath, isWithin } from "./pointer.js";
import { isInside, refusePath } from "./path-rules.js";
import { composeAgent } from "./compose.js";
import { crossFieldDiagnostics } from "./rules.js";
import { schemaDiagnostics } from "./schema-errors.js";
import { schemaValidator } from "./schema.js";
import { readSourceText } from "./source-text.js";
import { isObject, locatedDoc, SHARED_KINDS, type LocatedDoc, type SharedFiles } from "./shared-files.js";
import { loadResourceFile, RESOURCE_KINDS, type LoadedResource } from "./resource-file.js";
import type { Position } from "./yaml-tree.js";
import { parseYamlTree } from "./yaml-tree.js";

export interface FileContext {
  absPath: string;
  file: string;
  /** Repository root after realpath: prompt files must stay inside it. */
  rootReal: string;
  /** Repository root as found from the definitions folder (not realpath'd): `sources` are relative to it. */
  root?: string;
  /** The working directory display paths are relative to. */
  cwd?: string;
  interpolation: InterpolationContext;
  display: (abs: string) => string;
  /** Files git tracks below rootReal; undefined outside a git checkout. */
  tracked?: ReadonlySet<string>;
  /** Bases, tool files and prompt files of this run, each read once. */
  shared: SharedFiles;
}

export interface FileResult {
  definition?: AgentDefinition;
  diagnostics: Diagnostic[];
  /** Set for files of a shared kind (AgentBase, Tool, Policy): parts of agents, not agents. */
  sharedKind?: string;
  /** `metadata.name` when the file has one, for "used by" in messages about shared files. */
  name?: string;
  /** Set for `kind: KnowledgeBase` / `kind: Webhook` files: resources agents reference, never agents. */
  resourceKind?: string;
  /** The resource, when its file loaded without errors. */
  resource?: LoadedResource;
}

/**
 * One definition file through the whole pipeline: read → YAML → compose (bases, shared tools) → interpolate →
 * prompt files → schema → cross-field rules.
 */
export async function loadDefinitionFile(ctx: FileContext): Promise<FileResult> {
  const { file } = ctx;
  const refused = await refuseDefinitionPath(ctx);
  if (refused) return { diagnostics: [refused] };
  // A base or tool file below the definitions folder that an agent already pulled in: parsed once per run.
  const known = await ctx.shared.kindOf(ctx.absPath);
  if (known !== undefined && SHARED_KINDS.has(known)) return { diagnostics: [], sharedKind: known };
  const read = await readSourceText(ctx.absPath, file);
  if (!read.ok) return { diagnostics: [read.diagnostic] };
  const parsed = parseYamlTree(read.text, file);
  const diagnostics = [...parsed.diagnostics];
  const tree = parsed.tree;
  // After an alias bomb or runaway nesting the tree is truncated; schema errors about it would only mislead.
  if (!tree || diagnostics.some((d) => d.code === "yaml/alias-limit" || d.code === "yaml/too-deep")) return { diagnostics: byPosition(diagnostics) };

  const doc = tree.value;
  if (doc === null || typeof doc !== "object" || Array.isArray(doc)) {
    const pos = tree.positions.get("") ?? { line: 1, column: 1 };
    diagnostics.push({ severity: "error", code: "schema/type", message: "a definition must be a mapping with apiVersion, kind, metadata and spec", file, path: "", ...pos });
    return { diagnostics };
  }
  if (typeof doc.kind === "string" && SHARED_KINDS.has(doc.kind)) {
    // Checked where an agent uses it (its problems are that agent's); here it is only remembered.
    await ctx.shared.adopt(ctx.absPath, file, tree, diagnostics);
    return { diagnostics: [], sharedKind: doc.kind };
  }
  const name = isObject(doc.metadata) && typeof doc.metadata.name === "string" ? doc.metadata.name : undefined;
  if (typeof doc.kind === "string" && RESOURCE_KINDS.has(doc.kind)) {
    const resource = await loadResourceFile(ctx, tree, doc.kind, diagnostics);
    return { diagnostics: byPosition(diagnostics), resourceKind: doc.kind, ...(resource ? { resource } : {}), ...(name !== undefined ? { name } : {}) };
  }

  const work = locatedDoc(tree, file);
  const composition = await composeAgent(work, ctx.absPath, file, { shared: ctx.shared, diagnostics });
  const locate = (pointer: string): SourcePosition => work.positions.get(pointer) ?? work.keyPositions.get(pointer) ?? nearestPosition(work, pointer, file);

  const failedPointers: string[] = [];
  const sensitivePaths = interpolateDocument(doc, work.stringScalars, ctx.interpolation, (failure, pointer) => {
    diagnostics.push(interpolationDiagnostic(failure, pointer, locate(pointer)));
    failedPointers.push(pointer);
  });

  const spec = doc.spec;
  let prompt: ComposedPrompt | undefined;
  if (isObject(spec)) {
    prompt = await composePrompt(spec.prompt, composition.promptFrom, ctx, locate, diagnostics);
    if (prompt) {
      spec.prompt = prompt.text;
      if (prompt.sensitive) sensitivePaths.push("/spec/prompt");
    }
  }

  const validate = schemaValidator();
  if (!validate(doc)) {
    const schemaProblems = schemaDiagnostics(validate.errors ?? [], { file, document: doc, positions: work.positions, keyPositions: work.keyPositions, sensitivePaths });
    // A value whose interpolation failed was already reported; its raw `${...}` text would only add noise.
    diagnostics.push(...schemaProblems.filter((d) => !failedPointers.some((f) => d.path !== undefined && isWithin(d.path, f))));
  }
  const specObject = (isObject(spec) ? spec : {}) as JsonObject;
  if (!diagnostics.some((d) => d.severity === "error")) {
    diagnostics.push(...crossFieldDiagnostics(specObject, file, locate, composition.toolRefs));
  }
  if (diagnostics.some((d) => d.severity === "error")) return { diagnostics: byPosition(diagnostics), ...(name !== undefined ? { name } : {}) };

  const positions: Record<string, SourcePosition> = {};
  for (const [p, pos] of work.positions) positions[p] = pos;
  const shownSources = [...new Set([...composition.sources, ...(prompt?.segments.map((s) => s.file) ?? [])])];
  const sources = ctx.root !== undefined && ctx.cwd !== undefined ? shownSources.map((f) => repoRelative(f, ctx.cwd!, ctx.root!, ctx.shared)) : shownSources;
  if (prompt && prompt.segments.length > 0) positions["/spec/prompt"] = { file: prompt.segments[0]!.file, line: 1, column: 1 };
  const definition: AgentDefinition = {
    file,
    metadata: doc.metadata as unknown as AgentMetadata,
    spec: canonical(specObject) as JsonObject,
    sensitivePaths: [...new Set(sensitivePaths)].sort(),
    positions,
    sources,
    ...(prompt && prompt.segments.length > 0 ? { promptFile: prompt.segments[0]!.file } : {}),
    ...(prompt && prompt.segments.length > 1 ? { promptSegments: prompt.segments } : {}),
  };
  return { definition, diagnostics: byPosition(diagnostics), ...(name !== undefined ? { name } : {}) };
}

interface ComposedPrompt {
  text: JsonValue;
  sensitive: boolean;
  segments: PromptSegment[];
}

/**
 * `prompt: { file }` or `prompt: { files: [...] }`, read relative to the file that set the prompt (a base's prompt
 * files are the base's neighbours), each interpolated on its own so a problem is located in its file. Fragments are
 * joined with one blank line between them. Undefined when the prompt is inline text (or malformed: the schema says).
 */
async function composePrompt(
  prompt: JsonValue | undefined,
  from: string,
  ctx: FileContext,
  locate: (pointer: string) => SourcePosition,
  diagnostics: Diagnostic[],
): Promise<ComposedPrompt | undefined> {
  if (!isObject(prompt) || Object.keys(prompt).length !== 1) return undefined;
  let refs: Array<{ ref: string; pointer: string }>;
  if (typeof prompt.file === "string") refs = [{ ref: prompt.file, pointer: "/spec/prompt/file" }];
  else if (Array.isArray(prompt.files) && prompt.files.length > 0 && prompt.files.every((f) => typeof f === "string")) {
    refs = (prompt.files as string[]).map((ref, i) => ({ ref, pointer: `/spec/prompt/files/${i}` }));
  } else return undefined;
  const parts: string[] = [];
  const segments: PromptSegment[] = [];
  let sensitive = false;
  let failed = false;
  let line = 1;
  let trailing = "";
  for (const { ref, pointer } of refs) {
    const r = await ctx.shared.text(ref, from);
    if (!r.ok) {
      const at = locate(pointer);
      diagnostics.push(r.diagnostic ?? { severity: "error", code: r.code, message: r.message, path: pointer, ...at, ...(r.hint ? { hint: r.hint } : {}) });
      failed = true;
      continue;
    }
    const shown = ctx.display(r.absPath);
    const text = interpolateString(r.text, ctx.interpolation);
    if (!text.ok) {
      const pos = lineColumn(r.text, text.offset ?? 0);
      diagnostics.push(interpolationDiagnostic(text, "/spec/prompt", { file: shown, ...pos }));
      failed = true;
      continue;
    }
    if (text.sensitive) sensitive = true;
    // A prompt that is exactly `${vars.X}` may yield a non-string; the schema reports that below.
    if (refs.length === 1) {
      segments.push({ file: shown, startLine: 1, lineCount: typeof text.value === "string" ? text.value.split("\n").length : 1 });
      return { text: failed ? "" : text.value, sensitive, segments };
    }
    const whole = typeof text.value === "string" ? text.value : JSON.stringify(text.value);
    const part = whole.replace(/\n+$/, "");
    trailing = whole.endsWith("\n") ? "\n" : "";
    parts.push(part);
    const lineCount = part.split("\n").length;
    segments.push({ file: shown, startLine: line, lineCount });
    line += lineCount + 1;
  }
  if (failed) return { text: "", sensitive, segments: [] };
  // The last fragment keeps its final newline, as a single prompt file does.
  return { text: parts.join("\n\n") + trailing, sensitive, segments };
}

/**
 * A definition reached through a symlink is held to the prompt files' rules: its target stays inside the repository
 * and out of hidden paths (a link into .git/ would print its content in YAML errors). A link whose target is gone
 * is an error at the link, never an absence: an absent definition is what `--prune` archives.
 */
async function refuseDefinitionPath(ctx: FileContext): Promise<Diagnostic | undefined> {
  const at = { severity: "error" as const, file: ctx.file, line: 1, column: 1 };
  // Only a link is judged by where it leads: the definitions folder itself may be anywhere (`--dir`).
  // Synchronous, like the read that follows: an lstat through the thread pool per file made 500 files wait for 500
  // round trips one after another (most of validate's wall time on a busy machine, measured with bench/fleet.ts).
  const isLink = lstatSync(ctx.absPath, { throwIfNoEntry: false })?.isSymbolicLink() ?? false;
  if (!isLink) return undefined;
  let real: string;
  try {
    real = await realpath(ctx.absPath);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { ...at, code: "file/unreadable", message: code === "ENOENT" ? "cannot read file: it is a symbolic link whose target does not exist" : `cannot read file: ${code ?? "error"}` };
  }
  if (!isInside(ctx.rootReal, real)) {
    return { ...at, code: "file/outside-repo", message: "definition file resolves (through a symlink) outside the repository root", hint: "copy the file into the repository instead of linking to it" };
  }
  const refused = refusePath(ctx.rootReal, real, undefined, false);
  return refused ? { ...at, code: refused.code, message: `definition file (through a symlink) ${refused.reason}` } : undefined;
}

/**
 * A display path (relative to the working directory) as a path from the repository root with forward slashes:
 * what `sources` lists, so the same checkout reports the same files from whichever folder a command runs in.
 */
function repoRelative(shown: string, cwd: string, root: string, run: SharedFiles): string {
  let cache = repoPaths.get(run);
  if (!cache) repoPaths.set(run, (cache = new Map()));
  let path = cache.get(shown);
  if (path === undefined) {
    const rel = relative(root, resolve(cwd, shown));
    cache.set(shown, (path = sep === "/" ? rel : rel.split(sep).join("/")));
  }
  return path;
}

/** Per run (a SharedFiles is one run's): the same few shared files appear in every agent's sources. */
const repoPaths = new WeakMap<SharedFiles, Map<string, string>>();

/** Top-to-bottom within a file (prompt-file problems after the YAML's), so output reads like the file. */
function byPosition(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics
    .map((d, i) => ({ d, i }))
    .sort((a, b) => (a.d.file === b.d.file ? 0 : a.d.file === undefined ? -1 : 1) || (a.d.line ?? 0) - (b.d.line ?? 0) || (a.d.column ?? 0) - (b.d.column ?? 0) || a.i - b.i)
    .map((x) => x.d);
}

function interpolationDiagnostic(r: InterpolationFailure, pointer: string, pos: SourcePosition): Diagnostic {
  return {
    severity: "error",
    code: r.code,
    message: `${displayPath(pointer)}: ${r.message}`,
    file: pos.file,
    path: pointer,
    line: pos.line,
    column: pos.column,
    ...(r.hint ? { hint: r.hint } : {}),
  };
}

function nearestPosition(doc: LocatedDoc, pointer: string, file: string): SourcePosition {
  let p = pointer;
  while (p !== "") {
    p = p.slice(0, Math.max(0, p.lastIndexOf("/")));
    const pos = doc.positions.get(p) ?? doc.keyPositions.get(p);
    if (pos) return pos;
  }
  return { file, line: 1, column: 1 };
}

function lineColumn(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}

/** Sorted keys at every depth: definitions compare and serialize the same way whatever the file's key order. */
export function canonical(v: JsonValue): JsonValue {
  if (Array.isArray(v)) return v.map(canonical);
  if (v !== null && typeof v === "object") {
    const out: JsonObject = {};
    for (const k of Object.keys(v).sort()) {
      if (k === "__proto__") continue; // never produced by the YAML reader; guards callers passing other data
      out[k] = canonical(v[k] as JsonValue);
    }
    return out;
  }
  return v;
}

