import { realpath } from "node:fs/promises";
import type { SourcePosition } from "../model/definition.js";
import type { Diagnostic } from "../model/diagnostic.js";
import type { JsonObject, JsonValue } from "../model/json.js";
import { dirname } from "node:path";
import { readResolvedText, resolveRepoFile, type PromptFileResult, type RepoFileFailure, type ResolvedRepoFile } from "./prompt-file.js";
import type { Position, YamlTree } from "./yaml-tree.js";
import { parseYamlTree } from "./yaml-tree.js";

export const API_VERSION = "atoms-gitops/v1";

/** Kinds that are parts of agents, never agents themselves: never deployed, imported or pruned. */
export const SHARED_KINDS: ReadonlySet<string> = new Set(["AgentBase", "Tool", "Policy"]);

/** A parsed YAML document whose every position names the file it is in (a composed agent mixes several files). */
export interface LocatedDoc {
  value: JsonValue;
  positions: Map<string, SourcePosition>;
  keyPositions: Map<string, SourcePosition>;
  /** Pointers of values that were strings in the YAML source: the only places interpolation applies. */
  stringScalars: Set<string>;
}

export function locatedDoc(tree: YamlTree, file: string): LocatedDoc {
  const tag = (m: ReadonlyMap<string, Position>): Map<string, SourcePosition> => {
    const out = new Map<string, SourcePosition>();
    for (const [p, pos] of m) out.set(p, { file, line: pos.line, column: pos.column });
    return out;
  };
  return { value: tree.value, positions: tag(tree.positions), keyPositions: tag(tree.keyPositions), stringScalars: new Set(tree.stringScalars) };
}

/** A shared file (base or tool) as parsed once per run. `doc` is never mutated: composition copies what it takes. */
export interface SharedDoc {
  absPath: string;
  realPath: string;
  /** Display path. */
  file: string;
  /** `kind:` as written, or undefined when the file is not a mapping with a string kind. */
  kind: string | undefined;
  doc: LocatedDoc | undefined;
  /** YAML problems of the file itself (each reported once, at the file). */
  diagnostics: Diagnostic[];
}

export type OpenResult = { ok: true; shared: SharedDoc } | RepoFileFailure;

export interface SharedFilesContext {
  rootReal: string;
  display: (abs: string) => string;
  tracked?: ReadonlySet<string>;
}

/**
 * Every shared file of one run (one per loading thread): each is read and parsed once however many agents use it,
 * and the path rules are checked for every reference (a rule depends on where the reference is written).
 */
export class SharedFiles {
  private readonly docs = new Map<string, Promise<SharedDoc>>();
  /** The same documents by the path a reference wrote (resolved, not realpath'd): see kindOf. */
  private readonly byPath = new Map<string, Promise<SharedDoc>>();
  private readonly texts = new Map<string, Promise<PromptFileResult>>();
  /**
   * Path checks by (folder of the referring file, reference, what): 500 agents in one folder writing the same
   * `../tools/end-call.yaml` resolve it once, not 500 times (each is several realpath and stat calls).
   */
  private readonly resolved = new Map<string, Promise<ResolvedRepoFile>>();
  /** Files read and parsed (YAML) or read (text) so far: benchmarks and tests check "once per run". */
  reads = 0;
  /** Results of composing a base, by real path: see compose.ts. */
  readonly composed = new Map<string, unknown>();

  constructor(readonly ctx: SharedFilesContext) {}

  /** A shared-kind file the definitions walk parsed already: later references reuse it. */
  async adopt(absPath: string, file: string, tree: YamlTree, diagnostics: Diagnostic[]): Promise<void> {
    const real = await realpath(absPath).catch(() => absPath);
    if (!this.docs.has(real)) this.docs.set(real, Promise.resolve(sharedDoc(absPath, real, file, tree, diagnostics)));
  }

  /** The kind of a file a reference parsed already (the walk then skips reading it again). */
  async kindOf(absPath: string): Promise<string | undefined> {
    // By path, without a realpath per definition file: 500 agents would wait for 500 of them. A shared file reached
    // only through a symlink is then parsed once more by the walk, which is still correct.
    return (await this.byPath.get(absPath))?.kind;
  }

  /** Opens `ref`, written in the file at `fromAbs`, as a YAML document. `what` names it in messages. */
  async open(ref: string, fromAbs: string, what: string): Promise<OpenResult> {
    const resolved = await this.resolve(ref, fromAbs, what);
    if (!resolved.ok) return resolved;
    let pending = this.docs.get(resolved.realPath);
    if (!pending) {
      pending = this.parse(resolved.absPath, resolved.realPath);
      this.docs.set(resolved.realPath, pending);
    }
    if (!this.byPath.has(resolved.absPath)) this.byPath.set(resolved.absPath, pending);
    const shared = await pending;
    const read = shared.diagnostics.find((d) => d.code.startsWith("file/"));
    if (read) return { ok: false, code: read.code, message: `${what} "${ref}": ${read.message}`, diagnostic: read };
    return { ok: true, shared };
  }

  /** Reads `ref` (written in the file at `fromAbs`) as text, for prompts. */
  async text(ref: string, fromAbs: string): Promise<PromptFileResult> {
    const resolved = await this.resolve(ref, fromAbs, "prompt file");
    if (!resolved.ok) return resolved;
    let pending = this.texts.get(resolved.realPath);
    if (!pending) {
      this.reads++;
      pending = readResolvedText(resolved, this.ctx.display);
      this.texts.set(resolved.realPath, pending);
    }
    const r = await pending;
    // The same content under the name this reference used: messages and positions show the path as written.
    return r.ok ? { ...r, absPath: resolved.absPath } : r;
  }

  /** `resolveRepoFile`, once per folder and reference: its answer depends on nothing else. */
  private resolve(ref: string, fromAbs: string, what: string): Promise<ResolvedRepoFile> {
    const key = `${what}\0${dirname(fromAbs)}\0${ref}`;
    let pending = this.resolved.get(key);
    if (!pending) {
      const { rootReal, display, tracked } = this.ctx;
      pending = resolveRepoFile(ref, fromAbs, rootReal, display, tracked, what);
      this.resolved.set(key, pending);
    }
    return pending;
  }

  private async parse(absPath: string, realPath: string): Promise<SharedDoc> {
    this.reads++;
    const file = this.ctx.display(absPath);
    const read = await readResolvedText({ absPath, realPath }, this.ctx.display);
    if (!read.ok) return { absPath, realPath, file, kind: undefined, doc: undefined, diagnostics: [read.diagnostic ?? { severity: "error", code: read.code, message: read.message, file, line: 1, column: 1 }] };
    const parsed = parseYamlTree(read.text, file);
    if (!parsed.tree) return { absPath, realPath, file, kind: undefined, doc: undefined, diagnostics: parsed.diagnostics };
    return sharedDoc(absPath, realPath, file, parsed.tree, parsed.diagnostics);
  }
}

function sharedDoc(absPath: string, realPath: string, file: string, tree: YamlTree, diagnostics: Diagnostic[]): SharedDoc {
  const value = tree.value;
  const kind = isObject(value) && typeof value.kind === "string" ? value.kind : undefined;
  const broken = diagnostics.some((d) => d.severity === "error");
  return { absPath, realPath, file, kind, doc: broken ? undefined : locatedDoc(tree, file), diagnostics };
}

export function isObject(v: JsonValue | undefined): v is JsonObject {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
