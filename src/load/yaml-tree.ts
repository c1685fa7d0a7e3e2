import { isAlias, isMap, isScalar, isSeq, LineCounter, parseAllDocuments } from "yaml";
import type { Document, Node as YamlNode } from "yaml";
import type { Diagnostic } from "../model/diagnostic.js";
import type { JsonObject, JsonValue } from "../model/json.js";
import { childPointer, displayPath } from "./pointer.js";

export interface Position {
  line: number;
  column: number;
}

/** A YAML document turned into plain JSON, with where every node (and every map key) starts. */
export interface YamlTree {
  value: JsonValue;
  /** JSON Pointer -> start of the value node. */
  positions: Map<string, Position>;
  /** JSON Pointer -> start of the key that introduces it (absent for array items and the root). */
  keyPositions: Map<string, Position>;
  /** Pointers of scalars that were plain/quoted strings in the source (the only places interpolation applies). */
  stringScalars: Set<string>;
}

export type YamlParseResult = { tree?: YamlTree; diagnostics: Diagnostic[] };

/** Billion-laughs guard: aliases are expanded by hand, so their number and the nesting depth are capped. */
const MAX_ALIAS_EXPANSIONS = 100;
const MAX_DEPTH = 64;
/** Keys that could reach Object.prototype through naive assignment; never meaningful in a definition. */
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

export function parseYamlTree(text: string, file: string): YamlParseResult {
  const lineCounter = new LineCounter();
  const diagnostics: Diagnostic[] = [];
  const at = (offset: number): Position => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  let docs: Document.Parsed[];
  try {
    const parsed = parseAllDocuments(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
    docs = Array.isArray(parsed) ? parsed : [];
  } catch (err) {
    // The parser is recursive; pathological nesting can exhaust the stack. Still a user error, not a crash.
    return {
      diagnostics: [
        { severity: "error", code: "yaml/syntax", message: `cannot parse YAML (${err instanceof RangeError ? "nesting too deep" : "parser failure"})`, file, line: 1, column: 1 },
      ],
    };
  }
  const first = docs[0];
  if (first === undefined || (first.contents === null && first.errors.length === 0)) {
    return { diagnostics: [{ severity: "error", code: "yaml/empty", message: "file is empty; expected an Agent definition (apiVersion, kind, metadata, spec)", file, line: 1, column: 1 }] };
  }
  const second = docs[1];
  if (second !== undefined) {
    const pos = at(second.range[0]);
    diagnostics.push({
      severity: "error",
      code: "yaml/multiple-documents",
      message: `file contains ${docs.length} YAML documents; put one agent per file`,
      file,
      ...pos,
    });
  }
  for (const e of first.errors) {
    const pos = at(e.pos[0]);
    if (e.code === "DUPLICATE_KEY") {
      const key = (/^[^:\n]*/.exec(text.slice(e.pos[0]))?.[0] ?? "").trim();
      diagnostics.push({ severity: "error", code: "yaml/duplicate-key", message: `duplicate key ${JSON.stringify(key)}: map keys must be unique`, file, ...pos });
    } else {
      // A stack overflow surfaces once per unwound level; one report is enough.
      if (/call stack/i.test(e.message) && diagnostics.some((d) => d.code === "yaml/too-deep")) continue;
      const message = /call stack/i.test(e.message) ? "nesting too deep to parse" : firstLine(e.message);
      diagnostics.push({ severity: "error", code: /call stack/i.test(e.message) ? "yaml/too-deep" : "yaml/syntax", message, file, ...pos });
    }
  }
  for (const w of first.warnings) {
    // Reported as an error where the node is converted, with the value's path.
    if (w.code === "TAG_RESOLVE_FAILED") continue;
    diagnostics.push({ severity: "warning", code: "yaml/warning", message: firstLine(w.message), file, ...at(w.pos[0]) });
  }
  if (first.errors.length > 0) return { diagnostics };

  const tree: YamlTree = { value: null, positions: new Map(), keyPositions: new Map(), stringScalars: new Set() };
  let aliasCount = 0;
  let aliasReported = false;

  const convert = (node: unknown, pointer: string, depth: number): JsonValue | undefined => {
    if (depth > MAX_DEPTH) {
      diagnostics.push({ severity: "error", code: "yaml/too-deep", message: `nesting deeper than ${MAX_DEPTH} levels at ${displayPath(pointer)}`, file, ...posOf(node) });
      return undefined;
    }
    if (isAlias(node)) {
      aliasCount++;
      if (aliasCount > MAX_ALIAS_EXPANSIONS) {
        if (!aliasReported) {
          aliasReported = true;
          diagnostics.push({ severity: "error", code: "yaml/alias-limit", message: `more than ${MAX_ALIAS_EXPANSIONS} alias expansions (possible alias bomb); write the values out`, file, ...posOf(node) });
        }
        return undefined;
      }
      const target = node.resolve(first);
      if (!target) {
        diagnostics.push({ severity: "error", code: "yaml/syntax", message: `unknown alias *${node.source}`, file, ...posOf(node) });
        return undefined;
      }
      tree.positions.set(pointer, posOf(node));
      return convertNode(target, pointer, depth, false);
    }
    return convertNode(node, pointer, depth, true);
  };

  const posOf = (node: unknown): Position => {
    const range = (node as { range?: [number, number, number] } | null)?.range;
    return range ? at(range[0]) : { line: 1, column: 1 };
  };

  const convertNode = (node: unknown, pointer: string, depth: number, recordPosition: boolean): JsonValue | undefined => {
    if (recordPosition) tree.positions.set(pointer, posOf(node));
    const tag = (node as { tag?: string } | null)?.tag;
    if (tag !== undefined && !JSON_TAGS.has(tag)) {
      diagnostics.push({
        severity: "error",
        code: "yaml/unknown-tag",
        message: `${displayPath(pointer)}: YAML tag ${shortTag(tag)} is not supported (a definition holds plain strings, numbers, booleans, lists and maps)`,
        file,
        path: pointer,
        ...tagPosition(node),
        hint: "remove the tag; quote the value if it must stay a string",
      });
    }
    if (isMap(node)) {
      const out: JsonObject = {};
      for (const pair of node.items) {
        const keyNode = pair.key;
        if (!isScalar(keyNode) || (keyNode.value !== null && typeof keyNode.value === "object")) {
          diagnostics.push({ severity: "error", code: "yaml/complex-key", message: `keys must be plain strings in ${displayPath(pointer)}`, file, ...posOf(keyNode ?? node) });
          continue;
        }
        const key = keyNode.value === null ? "" : String(keyNode.value);
        const child = childPointer(pointer, key);
        if (FORBIDDEN_KEYS.has(key)) {
          diagnostics.push({ severity: "error", code: "yaml/forbidden-key", message: `key "${key}" is not allowed (in ${displayPath(pointer)})`, file, path: child, ...posOf(keyNode) });
          continue;
        }
        tree.keyPositions.set(child, posOf(keyNode));
        const v = pair.value === null ? convertNull(child, keyNode) : convert(pair.value, child, depth + 1);
        if (v === undefined) continue;
        // Plain assignment is safe: "__proto__", the one key assignment treats specially, was rejected above.
        out[key] = v;
      }
      return out;
    }
    if (isSeq(node)) {
      const out: JsonValue[] = [];
      node.items.forEach((item, i) => {
        const v = convert(item, childPointer(pointer, i), depth + 1);
        out.push(v === undefined ? null : v);
      });
      return out;
    }
    if (isScalar(node)) {
      const v = node.value;
      if (typeof v === "string") {
        tree.stringScalars.add(pointer);
        return v;
      }
      if (typeof v === "number") {
        if (!Number.isFinite(v)) {
          diagnostics.push({ severity: "error", code: "yaml/invalid-number", message: `${displayPath(pointer)}: infinite or NaN numbers are not allowed`, file, path: pointer, ...posOf(node) });
          return undefined;
        }
        return v;
      }
      if (typeof v === "bigint") return Number(v);
      if (typeof v === "boolean" || v === null) return v;
      // Tags outside the JSON schema (timestamps, binary): keep the source text.
      return String(node.source ?? v);
    }
    if (node === null || node === undefined) return null;
    diagnostics.push({ severity: "error", code: "yaml/syntax", message: `unsupported YAML node at ${displayPath(pointer)}`, file, ...posOf(node) });
    return undefined;
  };

  /** The tag precedes its node (whose range starts at the value); point at the tag itself when it is plainly there. */
  const tagPosition = (node: unknown): Position => {
    const start = (node as { range?: [number, number, number] } | null)?.range?.[0];
    if (start === undefined) return posOf(node);
    const bang = text.lastIndexOf("!", start - 1);
    return bang >= 0 && /^!\S*\s+$/.test(text.slice(bang, start)) ? at(bang) : posOf(node);
  };

  /** `key:` with nothing after it: a null whose position is the key's. */
  const convertNull = (pointer: string, keyNode: YamlNode): JsonValue => {
    tree.positions.set(pointer, posOf(keyNode));
    return null;
  };

  const value = first.contents === null ? null : convert(first.contents, "", 0);
  tree.value = value === undefined ? null : value;
  if (!tree.positions.has("")) tree.positions.set("", { line: 1, column: 1 });
  return { tree, diagnostics };
}

/** Tags that only restate what plain YAML already means; any other tag would change (or drop) the value silently. */
const YAML_TAG = "tag:yaml.org,2002:";
const JSON_TAGS = new Set(["str", "int", "float", "bool", "null", "map", "seq"].map((t) => YAML_TAG + t));

function shortTag(tag: string): string {
  return tag.startsWith(YAML_TAG) ? `!!${tag.slice(YAML_TAG.length)}` : tag.startsWith("!") ? tag : `!<${tag}>`;
}

function firstLine(message: string): string {
  return (message.split("\n")[0] ?? message).replace(/ at line \d+, column \d+:?$/, "").trim();
}
