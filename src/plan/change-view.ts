import type { JsonValue } from "../model/json.js";
import type { AgentAction, FieldChange, PlanValue } from "../model/plan.js";
import { deepEqual, isPlainObject, isSensitiveValue } from "./json-utils.js";
import { diffLineOps, diffWords, unifiedHunks, type WordSpan } from "./line-diff.js";

/** One display line under a change: a unified-diff line (`+`, `-`, ` `), a hunk header (`@`), or a note (`~`). */
export interface ViewLine {
  kind: "+" | "-" | " " | "@" | "~";
  text: string;
  /** A list item (a tool, a phone number) rather than a line of text. */
  item?: boolean;
  /** Word marks of a line replaced by another, whose concatenated texts equal `text`. */
  spans?: WordSpan[];
}

/** A change as every renderer shows it: a symbol, the path, and either an inline summary or detail lines. */
export interface ChangeView {
  symbol: "+" | "~" | "-";
  path: string;
  inline?: string;
  lines: ViewLine[];
}

export const SENSITIVE_TEXT = "(sensitive)";
const MASK_SENTINEL = "\u0000sensitive\u0000";

/** Compact JSON for display; masks show as `(sensitive)`, never as their digest. */
export function formatValue(value: PlanValue | undefined): string {
  if (value === undefined) return "(absent)";
  if (isSensitiveValue(value)) return SENSITIVE_TEXT;
  const text = JSON.stringify(value, (_k, v: unknown) => (isSensitiveValue(v) ? MASK_SENTINEL : v));
  return text.split(JSON.stringify(MASK_SENTINEL)).join(SENSITIVE_TEXT);
}

function prettyLines(value: PlanValue): string[] {
  const text = JSON.stringify(value, (_k, v: unknown) => (isSensitiveValue(v) ? MASK_SENTINEL : v), 2);
  return text.split(JSON.stringify(MASK_SENTINEL)).join(SENSITIVE_TEXT).split("\n");
}

/** Line-level unified diff of two texts (3 lines of context). */
export function textDiffLines(before: string, after: string): ViewLine[] {
  const lines: ViewLine[] = [];
  for (const hunk of unifiedHunks(diffLineOps(splitLines(before), splitLines(after)))) {
    lines.push({ kind: "@", text: hunk.header });
    const hunkLines: ViewLine[] = hunk.lines.map((l) => ({ kind: l.kind, text: l.text }));
    markReplacedLines(hunkLines);
    lines.push(...hunkLines);
  }
  return lines;
}

/** Pairs each run of removed lines with the added run right after it, line by line, and marks the words that differ. */
function markReplacedLines(lines: ViewLine[]): void {
  let i = 0;
  while (i < lines.length) {
    if (lines[i]!.kind !== "-") {
      i++;
      continue;
    }
    let removedEnd = i;
    while (removedEnd < lines.length && lines[removedEnd]!.kind === "-") removedEnd++;
    let addedEnd = removedEnd;
    while (addedEnd < lines.length && lines[addedEnd]!.kind === "+") addedEnd++;
    const pairs = Math.min(removedEnd - i, addedEnd - removedEnd);
    for (let k = 0; k < pairs; k++) {
      const old = lines[i + k]!;
      const neu = lines[removedEnd + k]!;
      const words = diffWords(old.text, neu.text);
      if (!words) continue;
      old.spans = words.before;
      neu.spans = words.after;
    }
    i = addedEnd;
  }
}

function splitLines(s: string): string[] {
  if (s === "") return [];
  const lines = s.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}

function isMultiline(v: PlanValue | undefined): v is string {
  return typeof v === "string" && v.includes("\n");
}

interface NamedItem {
  name: string;
  type: string;
  value: JsonValue;
}

function asNamedList(v: PlanValue | undefined): NamedItem[] | null {
  if (v === undefined) return [];
  if (!Array.isArray(v)) return null;
  const out: NamedItem[] = [];
  for (const item of v) {
    if (!isPlainObject(item) || typeof item["name"] !== "string") return null;
    out.push({ name: item["name"], type: typeof item["type"] === "string" ? item["type"] : "", value: item });
  }
  return out;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Tools are shown one line per tool name: added, removed, or which of its fields changed. */
function toolLines(before: NamedItem[], after: NamedItem[], valueWidth: number): ViewLine[] {
  const lines: ViewLine[] = [];
  const beforeByName = new Map(before.map((t) => [t.name, t]));
  const afterNames = new Set(after.map((t) => t.name));
  for (const t of after) {
    const old = beforeByName.get(t.name);
    const label = `tool "${t.name}"${t.type ? ` (${t.type})` : ""}`;
    if (!old) {
      lines.push({ kind: "+", text: label, item: true });
      for (const detail of toolReviewFields(t.value as Record<string, PlanValue>, valueWidth)) lines.push({ kind: "+", text: `    ${detail}`, item: true });
      continue;
    }
    if (deepEqual(old.value, t.value)) continue;
    const a = old.value as Record<string, PlanValue>;
    const b = t.value as Record<string, PlanValue>;
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !deepEqual(a[k], b[k]));
    const parts = keys.map((k) => toolFieldDelta(k, a[k], b[k], valueWidth));
    lines.push({ kind: "~", text: `tool "${t.name}": ${parts.join(", ")}`, item: true });
  }
  for (const t of before) {
    if (!afterNames.has(t.name)) lines.push({ kind: "-", text: `tool "${t.name}"${t.type ? ` (${t.type})` : ""}`, item: true });
  }
  const commonBefore = before.filter((t) => afterNames.has(t.name)).map((t) => t.name);
  const commonAfter = after.filter((t) => beforeByName.has(t.name)).map((t) => t.name);
  if (!deepEqual(commonBefore, commonAfter)) lines.push({ kind: "~", text: `order: ${commonAfter.join(", ")}`, item: true });
  return lines;
}

/**
 * What a reviewer needs to judge a new tool, one "field: value" per line: where it sends the call or the caller.
 * Header and query-parameter values are never shown (they carry credentials even when not declared secret), nor
 * the URL's query string or user info.
 */
function toolReviewFields(tool: Record<string, PlanValue>, width: number): string[] {
  const out: string[] = [];
  if (tool["description"] !== undefined) out.push(`description: ${truncate(formatValue(tool["description"]), width * 2)}`);
  if (tool["enabled"] === false) out.push("enabled: false");
  if (tool["url"] !== undefined || tool["method"] !== undefined) {
    const method = typeof tool["method"] === "string" ? `${tool["method"]} ` : "";
    out.push(`request: ${method}${reviewUrl(tool["url"])}`);
  }
  const params = names(tool["llmParameters"], "name");
  if (params) out.push(`parameters: ${params}`);
  const query = names(tool["queryParams"], "key");
  if (query) out.push(`query parameters: ${query} (values not shown)`);
  const headers = headerNames(tool);
  if (headers) out.push(`headers: ${headers} (values not shown)`);
  const response = names(tool["responseVariables"], "variableName");
  if (response) out.push(`response variables: ${response}`);
  if (tool["transferNumber"] !== undefined) out.push(`transfer to: ${formatValue(tool["transferNumber"])}`);
  const option = tool["transferOption"];
  if (isPlainObject(option) && typeof option["type"] === "string") out.push(`transfer type: ${option["type"]}`);
  if (tool["knowledgeBaseId"] !== undefined) out.push(`knowledge base: ${formatValue(tool["knowledgeBaseId"])}`);
  const variables = names(tool["variablesExtractionSchema"], "name");
  if (variables) out.push(`variables: ${variables}`);
  return out;
}

/** Scheme, host and path; user info and the query string are dropped, a query is shown as `?…`. */
export function reviewUrl(url: PlanValue | undefined): string {
  if (url === undefined) return "(no URL)";
  if (typeof url !== "string") return formatValue(url);
  const m = /^([a-z][a-z0-9+.-]*:\/\/)(?:[^@/?#]*@)?([^/?#]*)([^?#]*)([?#])?/i.exec(url);
  if (!m) return "(URL not shown)";
  return `${m[1]}${m[2]}${m[3]}${m[4] ? "?…" : ""}`;
}

function names(list: PlanValue | undefined, key: string): string {
  if (!Array.isArray(list)) return "";
  return list.map((item) => (isPlainObject(item) ? item[key] : undefined)).map((n) => (typeof n === "string" ? n : SENSITIVE_TEXT)).join(", ");
}

function headerNames(tool: Record<string, PlanValue>): string {
  const fromMap = isPlainObject(tool["headers"]) ? Object.keys(tool["headers"]) : [];
  const fromArray = names(tool["headersArray"], "key");
  return [...fromMap, ...(fromArray ? fromArray.split(", ") : [])].join(", ");
}

/**
 * A changed tool field; where the plain delta could print a credential, only names or the URL's host and path.
 * Header values need nothing here: the plan stores every one of them masked.
 */
function toolFieldDelta(key: string, before: PlanValue | undefined, after: PlanValue | undefined, width: number): string {
  if (key === "url" && typeof (before ?? "") === "string" && typeof (after ?? "") === "string") {
    const b = before === undefined ? undefined : reviewUrl(before);
    const a = after === undefined ? undefined : reviewUrl(after);
    if (b === a) return "url (query string or credentials changed, not shown)";
    return b === undefined ? `url + ${a}` : a === undefined ? `url - ${b}` : `url ${b} -> ${a}`;
  }
  if (key === "queryParams") {
    const now = names(after, "key");
    return `queryParams ${now ? `now ${now}` : "removed"} (values not shown)`;
  }
  return fieldDelta(key, before, after, width);
}

function fieldDelta(key: string, before: PlanValue | undefined, after: PlanValue | undefined, width: number): string {
  if (isSensitiveValue(before) || isSensitiveValue(after)) return `${key} ${SENSITIVE_TEXT}`;
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => !deepEqual(before[k], after[k]));
    return keys.map((k) => fieldDelta(`${key}.${k}`, before[k], after[k], width)).join(", ");
  }
  if (before === undefined) return `${key} + ${truncate(formatValue(after), width)}`;
  if (after === undefined) return `${key} - ${truncate(formatValue(before), width)}`;
  return `${key} ${truncate(formatValue(before), width)} -> ${truncate(formatValue(after), width)}`;
}

/** How one change is displayed, shared by the text and markdown renderers. */
export function viewChange(change: FieldChange, options: { width?: number } = {}): ChangeView {
  const width = options.width ?? 100;
  const { before, after, path } = change;
  const symbol = before === undefined ? "+" : after === undefined ? "-" : "~";

  if (isSensitiveValue(before) || isSensitiveValue(after)) {
    return { symbol, path, inline: SENSITIVE_TEXT, lines: [] };
  }
  if (path === "/spec/prompt" || isMultiline(before) || isMultiline(after)) {
    const b = typeof before === "string" ? before : before === undefined ? "" : formatValue(before);
    const a = typeof after === "string" ? after : after === undefined ? "" : formatValue(after);
    return { symbol, path, lines: textDiffLines(b, a) };
  }
  if (path === "/spec/tools") {
    const b = asNamedList(before);
    const a = asNamedList(after);
    if (b && a) return { symbol, path, lines: toolLines(b, a, Math.max(20, Math.floor(width / 3))) };
  }
  if (path === "/metadata/phoneNumbers" && Array.isArray(after)) {
    const b = Array.isArray(before) ? before : [];
    const added = after.filter((n) => !b.some((x) => deepEqual(x, n)));
    const removed = b.filter((n) => !after.some((x) => deepEqual(x, n)));
    return {
      symbol,
      path,
      lines: [...added.map((n) => ({ kind: "+" as const, text: formatValue(n), item: true })),
        ...removed.map((n) => ({ kind: "-" as const, text: formatValue(n), item: true })),],
    };
  }
  const inline = before === undefined ? formatValue(after) : `${formatValue(before)} -> ${formatValue(after)}`;
  if (inline.length + path.length + 8 <= width || (!isStructured(before) && !isStructured(after))) {
    return { symbol, path, inline, lines: [] };
  }
  // Large objects and arrays: pretty JSON, old lines removed, new lines added.
  const lines: ViewLine[] = [];
  if (before !== undefined) for (const l of prettyLines(before)) lines.push({ kind: "-", text: l });
  if (after !== undefined) for (const l of prettyLines(after)) lines.push({ kind: "+", text: l });
  return { symbol, path, lines };
}

function isStructured(v: PlanValue | undefined): boolean {
  return Array.isArray(v) || isPlainObject(v);
}

export const ACTION_SYMBOL: Record<AgentAction, string> = {
  create: "+",
  update: "~",
  archive: "-",
  noop: " ",
  unmanaged: "?",
};

export function countsLine(summary: { create: number; update: number; archive: number }): string {
  return `${summary.create} to create, ${summary.update} to update, ${summary.archive} to archive`;
}
