import { formatDiagnostic } from "../model/diagnostic.js";
import type { AgentPlan, FieldChange, Plan } from "../model/plan.js";
import { countsLine, formatValue, SENSITIVE_TEXT, viewChange } from "./change-view.js";
import { changedResources, IMMEDIATE, resourceBlock, unmanagedResourceLine } from "./render-resources.js";
import { isSensitiveValue } from "./json-utils.js";
import { wrapSpans, type WordSpan } from "./line-diff.js";
import { blockedText } from "./render-text.js";

export interface MarkdownOptions {
  /** GitHub's comment limit by default. */
  maxLength?: number;
  /** First line, hidden, so CI can find and update its own comment; "" for none. */
  marker?: string;
  footer?: string;
  /** Diff lines kept per agent before the middle is cut (head + tail). */
  maxDiffLines?: number;
  /** Where the full plan is, said at the top when something was cut. */
  fullPlanPointer?: string;
}

const DEFAULT_MAX_LENGTH = 65_536;
const MAX_FIELDS_IN_TABLE = 5;
/** Room kept for the note that says what was cut. */
const CUT_NOTE_RESERVE = 300;
/** No details block is shorter than this (summary line, fence, closing tag). */
const MIN_BLOCK_LENGTH = 120;
/** Characters per diff row: what a phone about 420 px wide shows without scrolling sideways. */
const PHONE_COLUMNS = 60;

/** A plan for a pull-request comment: summary first, then per-agent details while they fit. */
export function renderPlanMarkdown(plan: Plan, options: MarkdownOptions = {}): string {
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  const env = plan.target.environment ?? "default";
  const marker = options.marker ?? `<!-- atoms-gitops:plan env=${env} -->`;
  const footer = options.footer ?? defaultFooter(plan);
  const maxDiffLines = options.maxDiffLines ?? 300;

  const changed = plan.agents.filter((a) => a.action === "create" || a.action === "update" || a.action === "archive");
  const unmanaged = plan.agents.filter((a) => a.action === "unmanaged");
  const errors = plan.diagnostics.some((d) => d.severity === "error");
  const icon = errors ? "❌" : plan.summary.archive > 0 ? "⚠️" : "✅";
  const resources = changedResources(plan.resources);
  const resourceCount = resources.length > 0 ? `, ${resources.length} knowledge-base/webhook change${resources.length === 1 ? "" : "s"}` : "";
  const counts = changed.length === 0 && resources.length === 0 ? "No changes" : countsLine(plan.summary) + resourceCount;

  // An empty marker leaves it out: a file or a job summary is not a comment CI has to find again.
  const head: string[] = [...(marker === "" ? [] : [marker]), `## ${icon} atoms-gitops plan (${escapeMd(env)}): ${counts}`, ""];
  head.push(...warningBanner(plan, unmanaged));
  if (plan.diagnostics.length > 0) {
    head.push("**Diagnostics**", "");
    for (const d of plan.diagnostics) head.push(`- ${d.severity === "error" ? "❌" : "⚠️"} ${escapeMd(formatDiagnostic(d))}`);
    head.push("");
  }
  if (changed.length === 0) head.push("Live agents match the definitions.", "");
  // Shown whole, before any agent: these changes are live the moment apply makes them, and a reviewer must see them.
  if (resources.length > 0) {
    head.push(`**Knowledge bases, webhooks and subscriptions** (${IMMEDIATE})`, "", "```");
    for (const r of resources) head.push(...resourceBlock(r));
    head.push("```", "");
  }
  const leftResources = (plan.resources ?? []).filter((r) => r.action === "unmanaged");
  if (leftResources.length > 0) {
    head.push("<details><summary>Unmanaged knowledge bases and webhooks</summary>", "", "```", ...leftResources.map(unmanagedResourceLine), "```", "</details>", "");
  }

  const tail = ["---", footer];
  const fixedLength = (lines: string[]) => joinLength(lines) + joinLength(tail) + 2;

  const rows = [...changed, ...unmanaged].map(tableRow);
  // With hundreds of agents the table alone may not fit: keep the rows that do and say how many were left out.
  const budget = maxLength - fixedLength([...head, ...tableLines([], 0, plan.summary.noop)]) - CUT_NOTE_RESERVE - 80;
  let keep = 0;
  for (let spent = 0; keep < rows.length && spent + rows[keep]!.length + 1 <= budget; keep++) spent += rows[keep]!.length + 1;
  const headText = [...head, ...tableLines(rows, keep, plan.summary.noop)];

  const body: string[] = [];
  let used = fixedLength(headText);
  let omitted = 0;
  let shortened = 0;
  for (const agent of changed) {
    // Once one agent did not fit, or the budget is nearly spent, the remaining agents are counted, not rendered.
    if (omitted > 0 || maxLength - used - CUT_NOTE_RESERVE < MIN_BLOCK_LENGTH) {
      omitted++;
      continue;
    }
    let block = detailsBlock(agent, maxDiffLines);
    if (used + block.length + 1 + CUT_NOTE_RESERVE > maxLength) {
      block = detailsBlock(agent, 20);
      if (used + block.length + 1 + CUT_NOTE_RESERVE > maxLength) {
        omitted++;
        continue;
      }
      shortened++;
    }
    body.push(block);
    used += block.length + 1;
  }
  const notes: string[] = [];
  if (shortened > 0) notes.push(`> ✂️ ${shortened} agent${shortened === 1 ? "'s diff was" : "s' diffs were"} shortened to fit the comment: see the plan artifact.`);
  if (omitted > 0) notes.push(`> ✂️ … ${omitted} agent${omitted === 1 ? "'s" : "s'"} details omitted: see the plan artifact.`);
  if (keep < rows.length) notes.push(`> ✂️ ${rows.length - keep} agent${rows.length - keep === 1 ? " is" : "s are"} not listed.`);
  if (notes.length > 0) {
    notes.push(`> ${options.fullPlanPointer ?? "The full plan is in the `plan.md` / `plan.txt` artifact; `atoms-gitops show plan.json` prints it."}`, "");
  }

  // What was cut is said under the title, before the list: a reader of a long comment must not scroll to learn it.
  const titleEnd = headText.indexOf("") + 1;
  let text = [...headText.slice(0, titleEnd), ...notes, ...headText.slice(titleEnd), ...body, ...tail].join("\n") + "\n";
  if (text.length > maxLength) {
    // Last resort for tiny limits: cut hard, but still say so.
    const note = "\n\n> ✂️ Plan cut to fit the comment: see the plan artifact.\n";
    text = text.slice(0, Math.max(0, maxLength - note.length)) + note;
  }
  return text;
}

function joinLength(lines: string[]): number {
  return lines.reduce((n, l) => n + l.length + 1, 0);
}

function defaultFooter(plan: Plan): string {
  const sha = plan.source.gitSha ? ` · commit \`${plan.source.gitSha.slice(0, 12)}\`` : "";
  return `<sub>${plan.tool.name} ${plan.tool.version} · ${plan.createdAt} · ${plan.target.apiModel} API${sha}</sub>`;
}

function warningBanner(plan: Plan, unmanaged: AgentPlan[]): string[] {
  const archives = plan.agents.filter((a) => a.action === "archive");
  const blocked = unmanaged.filter((a) => a.blockedReason);
  if (archives.length === 0 && blocked.length === 0) return [];
  const lines = ["> [!WARNING]"];
  if (archives.length > 0) {
    lines.push(`> **${archives.length} agent${archives.length === 1 ? "" : "s"} will be ARCHIVED** (\`--prune\`): ${archives.map((a) => `${escapeMd(a.name)} (\`${a.id}\`)`).join(", ")}`);
  }
  if (blocked.length > 0) {
    if (archives.length > 0) lines.push(">");
    lines.push(`> ${blocked.length} unmanaged agent${blocked.length === 1 ? " is" : "s are"} not archived: ${blocked.map((a) => `${escapeMd(a.name)} (${blockedText(a.blockedReason!)})`).join(", ")}`);
  }
  lines.push("");
  return lines;
}

/** One list item per agent: a list wraps on a phone, where a four-column table cuts columns off. */
function tableRow(a: AgentPlan): string {
  const sym = a.action === "create" ? "`+`" : a.action === "update" ? "`~`" : a.action === "archive" ? "`-`" : "`?`";
  const fields = a.changes.slice(0, MAX_FIELDS_IN_TABLE).map((c) => `\`${displayPath(c.path)}\``);
  const more = a.changes.length > MAX_FIELDS_IN_TABLE ? ` +${a.changes.length - MAX_FIELDS_IN_TABLE} more` : "";
  const action = a.action === "unmanaged" ? `unmanaged${a.blockedReason ? ` (not archived: ${blockedText(a.blockedReason)})` : ""}` : a.action;
  const changed = fields.length > 0 ? `: ${fields.join(", ")}${more}` : "";
  return `- ${sym} **${escapeMd(a.name)}** ${action}${changed}`;
}

function tableLines(rows: string[], keep: number, noop: number): string[] {
  const lines: string[] = [];
  if (rows.length > 0) {
    lines.push(...rows.slice(0, keep));
    if (keep < rows.length) lines.push(`- … ${rows.length - keep} more agents not listed`);
    lines.push("");
  }
  if (noop > 0) lines.push(`${noop} agent${noop === 1 ? "" : "s"} unchanged.`, "");
  return lines;
}

function detailsBlock(agent: AgentPlan, maxLines: number): string {
  const lines = agent.action === "archive" ? [`-agent "${escapeHtml(agent.name)}" (${escapeHtml(agent.id ?? "")})`] : diffLines(agent.changes);
  if (agent.unchangedCount > 0) lines.push(` (${agent.unchangedCount} unchanged field${agent.unchangedCount === 1 ? "" : "s"} hidden)`);
  const shown = cutMiddle(lines, maxLines);
  const count = agent.action === "archive" ? "archive" : `${agent.action}, ${agent.changes.length} change${agent.changes.length === 1 ? "" : "s"}`;
  const file = agent.file ? ` · <code>${escapeHtml(agent.file)}</code>` : "";
  // A <pre> rather than a ```diff fence: GitHub renders <del>/<ins> inside <pre>, so the changed words are marked;
  // inside a fence they would show as literal tags.
  return [
    `<details><summary><b>${escapeHtml(agent.name)}</b> (${count})${file}</summary>`,
    "",
    `<pre>${shown.join("\n")}</pre>`,
    "",
    "</details>",
    "",
  ].join("\n");
}

/** A field path as a reader names it: `prompt`, `tools`, not `/spec/prompt`. */
export function displayPath(path: string): string {
  return path.replace(/^\/spec\//, "").replace(/^\//, "");
}

/**
 * HTML rows of a `<pre>`: `+`/`-` at column 0 for additions/removals, everything else starts with a space;
 * changed words in <del>/<ins>, long prose wrapped for a phone.
 */
function diffLines(changes: FieldChange[]): string[] {
  const out: string[] = [];
  for (const change of changes) {
    out.push(`<b>@@ ${escapeHtml(displayPath(change.path))} @@</b>${change.source ? ` (from ${escapeHtml(change.source)})` : ""}`);
    const view = viewChange(change, { width: 120 });
    if (view.inline !== undefined) {
      if (isSensitiveValue(change.before) || isSensitiveValue(change.after)) {
        out.push(` ${SENSITIVE_TEXT} ${change.before === undefined ? "set" : "changed"}`);
        continue;
      }
      if (change.before !== undefined) out.push(`-${escapeHtml(formatValue(change.before))}`);
      if (change.after !== undefined) out.push(`+${escapeHtml(formatValue(change.after))}`);
      continue;
    }
    for (const l of view.lines) {
      if (l.kind === "@") out.push(escapeHtml(l.text));
      else if (l.kind === "~") out.push(` ~ ${escapeHtml(l.text)}`);
      else if (l.item) out.push(`${l.kind} ${escapeHtml(l.text)}`);
      else {
        const spans: WordSpan[] = l.spans ?? [{ kind: " ", text: l.text }];
        for (const row of wrapSpans(spans, PHONE_COLUMNS)) out.push(`${l.kind}${row.map(spanHtml).join("")}`);
      }
    }
  }
  return out;
}

function spanHtml(span: WordSpan): string {
  const text = escapeHtml(span.text);
  return span.kind === "-" ? `<del>${text}</del>` : span.kind === "+" ? `<ins>${text}</ins>` : text;
}

function cutMiddle(lines: string[], max: number): string[] {
  if (lines.length <= max) return lines;
  const headCount = Math.ceil(max * 0.6);
  const tailCount = max - headCount;
  const cut = lines.length - headCount - tailCount;
  return [...lines.slice(0, headCount), ` … ${cut} lines omitted: see the plan artifact …`, ...lines.slice(lines.length - tailCount)];
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function escapeMd(s: string): string {
  return s.replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`);
}
