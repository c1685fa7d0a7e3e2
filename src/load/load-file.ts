import { lstat, realpath } from "node:fs/promises";
import type { AgentDefinition, AgentMetadata, SourcePosition } from "../model/definition.js";
import type { Diagnostic } from "../model/diagnostic.js";
import type { JsonObject, JsonValue } from "../model/json.js";
import type { InterpolationContext, InterpolationFailure } from "./interpolate.js";
import { interpolateString } from "./interpolate.js";
import { childPointer, displayPath, isWithin } from "./pointer.js";
import { isInside, refusePath } from "./path-rules.js";
import { readPromptFile } from "./prompt-file.js";
import { crossFieldDiagnostics } from "./rules.js";
import { schemaDiagnostics } from "./schema-errors.js";
import { schemaValidator } from "./schema.js";
import { readSourceText } from "./source-text.js";
import type { Position, YamlTree } from "./yaml-tree.js";
import { parseYamlTree } from "./yaml-tree.js";

export interface FileContext {
  absPath: string;
  file: string;
  /** Repository root after realpath: prompt files must stay inside it. */
  rootReal: string;
  interpolation: InterpolationContext;
  display: (abs: string) => string;
  /** Files git tracks below rootReal; undefined outside a git checkout. */
  tracked?: ReadonlySet<string>;
}

export interface FileResult {
  definition?: AgentDefinition;
  diagnostics: Diagnostic[];
}

/** One definition file through the whole pipeline: read → YAML → interpolate → prompt file → schema → cross-field rules. */
export async function loadDefinitionFile(ctx: FileContext): Promise<FileResult> {
  const { file } = ctx;
  const refused = await refuseDefinitionPath(ctx);
  if (refused) return { diagnostics: [refused] };
  const read = await readSourceText(ctx.absPath, file);
  if (!read.ok) return { diagnostics: [read.diagnostic] };
  const parsed = parseYamlTree(read.text, file);
  const diagnostics = [...parsed.diagnostics];
  const tree = parsed.tree;
  // After an alias bomb or runaway nesting the tree is truncated; schema errors about it would only mislead.
  if (!tree || diagnostics.some((d) => d.code === "yaml/alias-limit" || d.code === "yaml/too-deep")) return { diagnostics: byPosition(diagnostics) };
  const locate = (pointer: string): Position => tree.positions.get(pointer) ?? tree.keyPositions.get(pointer) ?? nearestPosition(tree, pointer);

  const doc = tree.value;
  if (doc === null || typeof doc !== "object" || Array.isArray(doc)) {
    diagnostics.push({ severity: "error", code: "schema/type", message: "a definition must be a mapping with apiVersion, kind, metadata and spec", file, path: "", ...locate("") });
    return { diagnostics };
  }

  const sensitivePaths: string[] = [];
  const failedPointers: string[] = [];
  const interpolate = (value: JsonValue, pointer: string): JsonValue => {
    if (typeof value === "string") {
      if (!tree.stringScalars.has(pointer)) return value;
      const r = interpolateString(value, ctx.interpolation);
      if (!r.ok) {
        diagnostics.push(interpolationDiagnostic(r, file, pointer, locate(pointer)));
        failedPointers.push(pointer);
        return value;
      }
      if (r.sensitive) sensitivePaths.push(pointer);
      return r.value;
    }
    if (Array.isArray(value)) return value.map((v, i) => interpolate(v, childPointer(pointer, i)));
    if (value !== null && typeof value === "object") {
      for (const k of Object.keys(value)) value[k] = interpolate(value[k] as JsonValue, childPointer(pointer, k));
    }
    return value;
  };
  interpolate(doc, "");

  let promptFile: string | undefined;
  const spec = doc.spec;
  if (spec !== null && typeof spec === "object" && !Array.isArray(spec)) {
    const prompt = spec.prompt;
    if (prompt !== null && typeof prompt === "object" && !Array.isArray(prompt) && typeof prompt.file === "string" && Object.keys(prompt).length === 1) {
      const pointer = "/spec/prompt/file";
      const r = await readPromptFile(prompt.file, ctx.absPath, ctx.rootReal, ctx.display, ctx.tracked);
      if (!r.ok) {
        diagnostics.push(r.diagnostic ?? { severity: "error", code: r.code, message: r.message, file, path: pointer, ...locate(pointer), ...(r.hint ? { hint: r.hint } : {}) });
        spec.prompt = "";
      } else {
        promptFile = ctx.display(r.absPath);
        const text = interpolateString(r.text, ctx.interpolation);
        if (!text.ok) {
          diagnostics.push(interpolationDiagnostic(text, promptFile, "/spec/prompt", lineColumn(r.text, text.offset ?? 0)));
          spec.prompt = "";
        } else {
          // A prompt that is exactly `${vars.X}` may yield a non-string; the schema reports that below.
          spec.prompt = text.value;
          if (text.sensitive) sensitivePaths.push("/spec/prompt");
        }
      }
    }
  }

  const validate = schemaValidator();
  if (!validate(doc)) {
    const schemaProblems = schemaDiagnostics(validate.errors ?? [], { file, document: doc, positions: tree.positions, keyPositions: tree.keyPositions, sensitivePaths });
    // A value whose interpolation failed was already reported; its raw `${...}` text would only add noise.
    diagnostics.push(...schemaProblems.filter((d) => !failedPointers.some((f) => d.path !== undefined && isWithin(d.path, f))));
  }
  const specObject = (spec !== null && typeof spec === "object" && !Array.isArray(spec) ? spec : {}) as JsonObject;
  if (!diagnostics.some((d) => d.severity === "error")) {
    diagnostics.push(...crossFieldDiagnostics(specObject, file, locate));
  }
  if (diagnostics.some((d) => d.severity === "error")) return { diagnostics: byPosition(diagnostics) };

  const positions: Record<string, SourcePosition> = {};
  for (const [p, pos] of tree.positions) positions[p] = { file, ...pos };
  if (promptFile) positions["/spec/prompt"] = { file: promptFile, line: 1, column: 1 };
  const definition: AgentDefinition = {
    file,
    metadata: doc.metadata as unknown as AgentMetadata,
    spec: canonical(specObject) as JsonObject,
    sensitivePaths: [...new Set(sensitivePaths)].sort(),
    positions,
    ...(promptFile ? { promptFile } : {}),
  };
  return { definition, diagnostics: byPosition(diagnostics) };
}

/**
 * A definition reached through a symlink is held to the prompt files' rules: its target stays inside the repository
 * and out of hidden paths (a link into .git/ would print its content in YAML errors). A link whose target is gone
 * is an error at the link, never an absence: an absent definition is what `--prune` archives.
 */
async function refuseDefinitionPath(ctx: FileContext): Promise<Diagnostic | undefined> {
  const at = { severity: "error" as const, file: ctx.file, line: 1, column: 1 };
  // Only a link is judged by where it leads: the definitions folder itself may be anywhere (`--dir`).
  const isLink = await lstat(ctx.absPath).then((s) => s.isSymbolicLink(), () => false);
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

/** Top-to-bottom within a file (prompt-file problems after the YAML's), so output reads like the file. */
function byPosition(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics
    .map((d, i) => ({ d, i }))
    .sort((a, b) => (a.d.file === b.d.file ? 0 : a.d.file === undefined ? -1 : 1) || (a.d.line ?? 0) - (b.d.line ?? 0) || (a.d.column ?? 0) - (b.d.column ?? 0) || a.i - b.i)
    .map((x) => x.d);
}

function interpolationDiagnostic(r: InterpolationFailure, file: string, pointer: string, pos: Position): Diagnostic {
  return {
    severity: "error",
    code: r.code,
    message: `${displayPath(pointer)}: ${r.message}`,
    file,
    path: pointer,
    line: pos.line,
    column: pos.column,
    ...(r.hint ? { hint: r.hint } : {}),
  };
}

function nearestPosition(tree: YamlTree, pointer: string): Position {
  let p = pointer;
  while (p !== "") {
    p = p.slice(0, Math.max(0, p.lastIndexOf("/")));
    const pos = tree.positions.get(p) ?? tree.keyPositions.get(p);
    if (pos) return pos;
  }
  return { line: 1, column: 1 };
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

