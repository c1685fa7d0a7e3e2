import type { SourcePosition } from "../model/definition.js";
import type { Diagnostic } from "../model/diagnostic.js";
import type { JsonObject, JsonValue } from "../model/json.js";
import { childPointer } from "./pointer.js";
import { API_VERSION, isObject, type LocatedDoc, type SharedDoc, type SharedFiles } from "./shared-files.js";

/**
 * Composition of one agent from its file, the bases it extends and the shared tools it lists, before interpolation
 * and validation (which then see one document, every position still naming the file it came from).
 *
 * Merge rule (left to right, the definition last): objects merge key by key, recursively; lists and scalars are
 * replaced whole. `prompt` is one value (a `{ file }` reference is not an object to merge into).
 */
const WHOLE_VALUES = new Set(["/spec/prompt"]);

export interface Composition {
  /** Files the agent was built from, in the order they apply: its own file first. */
  sources: string[];
  /** The file that set `spec.prompt` / `spec.tools`: references in them are relative to it. */
  promptFrom: string;
  toolsFrom: string;
  /** `spec.tools` index -> the tool file it came from, for entries written as `{ ref }`. */
  toolRefs: Map<number, string>;
}

interface ComposedBase {
  doc: LocatedDoc | undefined;
  sources: string[];
  promptFrom?: string;
  toolsFrom?: string;
  diagnostics: Diagnostic[];
}

export interface ComposeContext {
  shared: SharedFiles;
  diagnostics: Diagnostic[];
}

/**
 * Resolves `extends` and `{ ref }` tools of the agent document `own` (the file at `ownAbs`), in place: on return
 * `own` holds the composed document (without `extends`), its maps the composed positions.
 */
export async function composeAgent(own: LocatedDoc, ownAbs: string, ownFile: string, ctx: ComposeContext): Promise<Composition> {
  const doc = own.value as JsonObject;
  const composition: Composition = { sources: [ownFile], promptFrom: ownAbs, toolsFrom: ownAbs, toolRefs: new Map() };
  if (Object.prototype.hasOwnProperty.call(doc, "extends")) {
    const refs = extendsList(own, "", ctx.diagnostics);
    delete doc.extends;
    if (refs.length > 0) {
      const acc: LocatedDoc = emptyDoc();
      let { promptFrom, toolsFrom } = await mergeBases(acc, refs, ownAbs, [], ctx.shared, ctx.diagnostics, composition.sources);
      const ownSpec = isObject(doc.spec) ? doc.spec : undefined;
      if (ownSpec && Object.prototype.hasOwnProperty.call(ownSpec, "prompt")) promptFrom = ownAbs;
      if (ownSpec && Object.prototype.hasOwnProperty.call(ownSpec, "tools")) toolsFrom = ownAbs;
      if (doc.spec === undefined || ownSpec) {
        mergeDoc(acc, { ...own, value: { spec: ownSpec ?? {} } });
        doc.spec = (acc.value as JsonObject).spec ?? {};
        for (const [p, pos] of acc.positions) own.positions.set(p, pos);
        for (const [p, pos] of acc.keyPositions) own.keyPositions.set(p, pos);
        for (const p of acc.stringScalars) own.stringScalars.add(p);
      }
      if (promptFrom) composition.promptFrom = promptFrom;
      if (toolsFrom) composition.toolsFrom = toolsFrom;
    }
  }
  await resolveToolRefs(own, composition, ctx);
  composition.sources = [...new Set(composition.sources)];
  return composition;
}

/** `extends:` as a list of references with where each is written; a malformed value is reported and yields none. */
function extendsList(doc: LocatedDoc, prefix: string, diagnostics: Diagnostic[]): Array<{ value: string; at: SourcePosition }> {
  const root = doc.value as JsonObject;
  const pointer = `${prefix}/extends`;
  const value = root.extends;
  const at = (p: string): SourcePosition => doc.positions.get(p) ?? doc.keyPositions.get(pointer) ?? doc.positions.get("") ?? { file: "", line: 1, column: 1 };
  const bad = (p: string, message: string): [] => {
    diagnostics.push({ severity: "error", code: "schema/type", message, path: p, ...at(p) });
    return [];
  };
  if (typeof value === "string" && value !== "") return [{ value, at: at(pointer) }];
  if (Array.isArray(value) && value.length > 0) {
    const out: Array<{ value: string; at: SourcePosition }> = [];
    for (const [i, v] of value.entries()) {
      const p = childPointer(pointer, i);
      if (typeof v !== "string" || v === "") return bad(p, `extends[${i}] must be a path to a file of kind AgentBase`);
      out.push({ value: v, at: at(p) });
    }
    return out;
  }
  return bad(pointer, "extends must be a path, or a list of paths, to files of kind AgentBase");
}

/** A base as the agents that extend it see it: its own bases merged under it. Cached per run by real path. */
async function openBase(ref: string, fromAbs: string, at: SourcePosition, stack: string[], shared: SharedFiles): Promise<ComposedBase> {
  const located = (code: string, message: string, hint?: string): ComposedBase => ({
    doc: undefined,
    sources: [],
    diagnostics: [{ severity: "error", code, message, file: at.file, line: at.line, column: at.column, ...(hint ? { hint } : {}) }],
  });
  const opened = await shared.open(ref, fromAbs, "base");
  if (!opened.ok) return located(opened.code, opened.message, opened.hint);
  const base = opened.shared;
  if (stack.includes(base.realPath)) {
    const chain = [...stack.slice(stack.indexOf(base.realPath)), base.realPath].map((p) => shared.ctx.display(p));
    return located("ref/extends-cycle", `base "${ref}" is part of an extends cycle: ${chain.join(" → ")}`, "a base may not extend itself, directly or through other bases");
  }
  if (base.doc === undefined) return { doc: undefined, sources: [], diagnostics: base.diagnostics };
  if (base.kind !== "AgentBase") {
    return located("ref/wrong-kind", `base "${ref}" is ${base.kind ? `a file of kind ${base.kind}` : "not a file with a kind"}; extends needs kind AgentBase`, "a base starts with apiVersion: atoms-gitops/v1 and kind: AgentBase");
  }
  const cached = shared.composed.get(base.realPath) as ComposedBase | undefined;
  if (cached) return cached;
  const result = await composeBase(base, [...stack, base.realPath], shared);
  // A base found inside a cycle is reported from where the cycle was entered; caching that would hide it elsewhere.
  if (!result.diagnostics.some((d) => d.code === "ref/extends-cycle")) shared.composed.set(base.realPath, result);
  return result;
}

/**
 * Merges the bases `refs` (written in the file at `fromAbs`) into `acc`, left to right, collecting their problems
 * and source files; says which of them last set the prompt and the tools.
 */
async function mergeBases(
  acc: LocatedDoc,
  refs: Array<{ value: string; at: SourcePosition }>,
  fromAbs: string,
  stack: string[],
  shared: SharedFiles,
  diagnostics: Diagnostic[],
  sources: string[],
): Promise<{ promptFrom: string | undefined; toolsFrom: string | undefined }> {
  let promptFrom: string | undefined;
  let toolsFrom: string | undefined;
  for (const ref of refs) {
    const base = await openBase(ref.value, fromAbs, ref.at, stack, shared);
    diagnostics.push(...base.diagnostics);
    if (!base.doc) continue;
    mergeDoc(acc, base.doc);
    promptFrom = base.promptFrom ?? promptFrom;
    toolsFrom = base.toolsFrom ?? toolsFrom;
    sources.push(...base.sources);
  }
  return { promptFrom, toolsFrom };
}

async function composeBase(base: SharedDoc, stack: string[], shared: SharedFiles): Promise<ComposedBase> {
  const doc = base.doc!;
  const diagnostics: Diagnostic[] = [...base.diagnostics, ...shapeDiagnostics(base, ["apiVersion", "kind", "metadata", "extends", "spec"], false)];
  const root = doc.value as JsonObject;
  const acc = emptyDoc();
  const sources = [base.file];
  const refs = Object.prototype.hasOwnProperty.call(root, "extends") ? extendsList(doc, "", diagnostics) : [];
  let { promptFrom, toolsFrom } = await mergeBases(acc, refs, base.absPath, stack, shared, diagnostics, sources);
  const spec = root.spec;
  if (isObject(spec)) {
    mergeDoc(acc, { ...doc, value: { spec } });
    if (Object.prototype.hasOwnProperty.call(spec, "prompt")) promptFrom = base.absPath;
    if (Object.prototype.hasOwnProperty.call(spec, "tools")) toolsFrom = base.absPath;
  }
  return { doc: acc, sources, ...(promptFrom ? { promptFrom } : {}), ...(toolsFrom ? { toolsFrom } : {}), diagnostics };
}

/** Replaces each `{ ref }` entry of `spec.tools` by the shared tool's `spec`, positions and all. */
async function resolveToolRefs(own: LocatedDoc, composition: Composition, ctx: ComposeContext): Promise<void> {
  const spec = (own.value as JsonObject).spec;
  if (!isObject(spec) || !Array.isArray(spec.tools)) return;
  const tools = spec.tools;
  for (const [i, entry] of tools.entries()) {
    if (!isObject(entry) || typeof entry.ref !== "string") continue;
    const pointer = `/spec/tools/${i}`;
    const refPointer = `${pointer}/ref`;
    const at = own.positions.get(refPointer) ?? own.positions.get(pointer) ?? { file: composition.sources[0]!, line: 1, column: 1 };
    const fail = (code: string, message: string, hint?: string): void => {
      ctx.diagnostics.push({ severity: "error", code, message, file: at.file, path: refPointer, line: at.line, column: at.column, ...(hint ? { hint } : {}) });
    };
    const opened = await ctx.shared.open(entry.ref, composition.toolsFrom, "tool file");
    if (!opened.ok) {
      fail(opened.code, opened.message, opened.hint);
      continue;
    }
    const tool = opened.shared;
    if (tool.doc === undefined) {
      ctx.diagnostics.push(...tool.diagnostics);
      continue;
    }
    if (tool.kind !== "Tool") {
      fail("ref/wrong-kind", `tool file "${entry.ref}" is ${tool.kind ? `a file of kind ${tool.kind}` : "not a file with a kind"}; a ref needs kind Tool`, "a tool file starts with apiVersion: atoms-gitops/v1 and kind: Tool, and holds one tool in spec");
      continue;
    }
    const shape = shapeDiagnostics(tool, ["apiVersion", "kind", "metadata", "spec"], true);
    ctx.diagnostics.push(...tool.diagnostics, ...shape);
    const toolRoot = tool.doc.value as JsonObject;
    if (!isObject(toolRoot.spec)) continue;
    const itemPosition = own.positions.get(pointer);
    tools[i] = copySubtree(own, tool.doc, "/spec", pointer, toolRoot.spec);
    // The entry itself stays where the `- ref:` is written: a duplicate name is this list's problem, not the file's.
    if (itemPosition) own.positions.set(pointer, itemPosition);
    composition.toolRefs.set(i, tool.file);
    composition.sources.push(tool.file);
  }
}

/** Problems of a shared file's own frame (not of its spec, which is checked in each agent that uses it). */
function shapeDiagnostics(shared: SharedDoc, allowed: string[], specRequired: boolean): Diagnostic[] {
  const doc = shared.doc!;
  const root = doc.value as JsonObject;
  const out: Diagnostic[] = [];
  const at = (p: string): SourcePosition => doc.keyPositions.get(p) ?? doc.positions.get(p) ?? { file: shared.file, line: 1, column: 1 };
  const push = (code: string, p: string, message: string, hint?: string): void => {
    out.push({ severity: "error", code, message, path: p, ...at(p), ...(hint ? { hint } : {}) });
  };
  if (root.apiVersion !== API_VERSION) push(root.apiVersion === undefined ? "schema/required" : "schema/const", root.apiVersion === undefined ? "" : "/apiVersion", `apiVersion must be ${API_VERSION}`);
  for (const key of Object.keys(root)) if (!allowed.includes(key)) push("schema/unknown-key", `/${key}`, `unknown field "${key}" at the top level of a ${shared.kind}`, `allowed: ${allowed.join(", ")}`);
  const metadata = root.metadata;
  if (!isObject(metadata) || typeof metadata.name !== "string" || metadata.name.trim() === "") push("schema/required", "/metadata", `a ${shared.kind} needs metadata.name`);
  else for (const key of Object.keys(metadata)) if (key !== "name" && key !== "description") push("schema/unknown-key", `/metadata/${key}`, `unknown field "${key}" in metadata of a ${shared.kind} (only name and description; metadata is never inherited)`);
  if (root.spec === undefined ? specRequired : !isObject(root.spec)) push(root.spec === undefined ? "schema/required" : "schema/type", "/spec", `a ${shared.kind} needs spec: a mapping`);
  return out;
}

function emptyDoc(): LocatedDoc {
  return { value: { spec: {} }, positions: new Map(), keyPositions: new Map(), stringScalars: new Set() };
}

/** Merges `src` (a document rooted at `{ spec }`) into `acc`, `src` winning. Values are copied: `src` is never shared. */
function mergeDoc(acc: LocatedDoc, src: LocatedDoc): void {
  const accRoot = acc.value as JsonObject;
  const srcSpec = (src.value as JsonObject).spec;
  if (!isObject(srcSpec)) return;
  accRoot.spec = mergeValue(acc, src, "/spec", srcSpec, accRoot.spec);
}

function mergeValue(acc: LocatedDoc, src: LocatedDoc, pointer: string, from: JsonValue, into: JsonValue | undefined): JsonValue {
  if (!isObject(from) || !isObject(into) || WHOLE_VALUES.has(pointer)) return copySubtree(acc, src, pointer, pointer, from);
  const pos = src.positions.get(pointer);
  if (pos) acc.positions.set(pointer, pos);
  for (const key of Object.keys(from)) {
    const child = childPointer(pointer, key);
    const keyPos = src.keyPositions.get(child);
    if (keyPos) acc.keyPositions.set(child, keyPos);
    into[key] = mergeValue(acc, src, child, from[key] as JsonValue, into[key]);
  }
  return into;
}

/** A deep copy of `value` (at `srcPointer` in `src`) placed at `dstPointer` in `acc`, with its positions. */
export function copySubtree(acc: LocatedDoc, src: LocatedDoc, srcPointer: string, dstPointer: string, value: JsonValue): JsonValue {
  const pos = src.positions.get(srcPointer);
  if (pos) acc.positions.set(dstPointer, pos);
  else acc.positions.delete(dstPointer);
  if (src.stringScalars.has(srcPointer)) acc.stringScalars.add(dstPointer);
  else acc.stringScalars.delete(dstPointer);
  if (Array.isArray(value)) return value.map((v, i) => copySubtree(acc, src, childPointer(srcPointer, i), childPointer(dstPointer, i), v));
  if (isObject(value)) {
    const out: JsonObject = {};
    for (const key of Object.keys(value)) {
      const keyPos = src.keyPositions.get(childPointer(srcPointer, key));
      if (keyPos) acc.keyPositions.set(childPointer(dstPointer, key), keyPos);
      out[key] = copySubtree(acc, src, childPointer(srcPointer, key), childPointer(dstPointer, key), value[key] as JsonValue);
    }
    return out;
  }
  return value;
}
