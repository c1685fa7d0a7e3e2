import { displayPath } from "../plan/render-markdown.js";
import type { ApplyReport } from "./result-report.js";
import type { AgentResult, AgentStatus } from "./types.js";

/** Counts in the order a reader asks for them: did it work, what broke, what did not run. */
export function applyCountsLine(summary: Record<AgentStatus, number>): string {
  const unchanged = summary.unchanged > 0 ? `, ${summary.unchanged} unchanged` : "";
  return `${summary.applied} applied, ${summary.failed} failed, ${summary.skipped} skipped${unchanged}`;
}

function outcome(report: ApplyReport): { icon: string; text: string } {
  if (!report.complete) {
    const of = report.plannedAgents !== undefined ? ` of ${report.plannedAgents}` : "";
    return { icon: "❌", text: `stopped before the end (no final record): ${report.agents.length}${of} agents recorded; run the same apply again to finish` };
  }
  if (report.cancelled) return { icon: "⏹️", text: "interrupted: agents not started or not yet published were left as they were" };
  if (report.ok) return { icon: "✅", text: "every agent applied or unchanged" };
  return { icon: "❌", text: "not everything applied: run `atoms-gitops plan` to see what is left" };
}

const ORDER: readonly AgentStatus[] = ["failed", "skipped", "applied", "unchanged"];

function byStatus(report: ApplyReport): AgentResult[] {
  return ORDER.flatMap((s) => report.agents.filter((a) => a.status === s));
}

function verb(a: AgentResult): string {
  return a.action === "archive" ? "archived" : a.action === "create" ? "created" : "updated";
}

function seconds(ms: number | undefined): string {
  return ms === undefined ? "" : ` (${(ms / 1000).toFixed(1)} s)`;
}

/** An apply result for a terminal: the outcome first, then failures before successes. */
export function renderApplyText(report: ApplyReport): string {
  const out: string[] = [];
  const o = outcome(report);
  out.push(`atoms-gitops apply: ${applyCountsLine(report.summary)}${seconds(report.durationMs)}.`);
  out.push(`${o.icon} ${o.text[0]!.toUpperCase()}${o.text.slice(1)}.`);
  const about = [report.label ? `label: ${report.label}` : "", report.apiModel ? `api model: ${report.apiModel}` : ""].filter(Boolean);
  if (about.length > 0) out.push(about.join(", "));
  const agents = byStatus(report);
  if (agents.length > 0) out.push("");
  for (const a of agents) out.push(agentText(a));
  if (report.recovery.length > 0) {
    out.push("", "Recovered from an earlier run:");
    for (const r of report.recovery) out.push(`  ↺ ${r.agent}: ${r.kind}: ${r.detail}`);
  }
  return out.join("\n") + "\n";
}

function agentText(a: AgentResult): string {
  switch (a.status) {
    case "failed":
      return `✗ ${a.name}: failed at ${a.error?.step ?? "?"}: ${a.error?.message ?? "no detail recorded"}`;
    case "skipped":
      return `- ${a.name}: skipped: ${a.error?.message ?? "no detail recorded"}`;
    case "unchanged":
      return `= ${a.name}: unchanged`;
    case "applied": {
      const fields = a.changedPaths.length > 0 ? `; ${a.changedPaths.map(displayPath).join(", ")}` : "";
      return `✓ ${a.name}: ${verb(a)}${a.versionId ? `, version ${a.versionId} active` : ""}${seconds(a.durationMs)}${fields}`;
    }
  }
}

export interface ApplyMarkdownOptions {
  environment?: string;
  /** Size limit in UTF-8 bytes (what GitHub counts for a job summary); default: none. */
  maxBytes?: number;
  /** Said at the top when agents were left out: where the rest is. */
  fullLogPointer?: string;
}

/** Longest error message shown per agent: a summary line, not the run log. */
const MAX_MESSAGE = 400;
/** Room kept for the note that says what was cut. */
const CUT_NOTE_RESERVE = 400;

/** An apply result for a job summary or a comment: a title with the counts, then failures first, as many as fit. */
export function renderApplyMarkdown(report: ApplyReport, options: ApplyMarkdownOptions = {}): string {
  const maxBytes = options.maxBytes ?? Number.POSITIVE_INFINITY;
  const o = outcome(report);
  const env = options.environment ? ` (${escapeMd(options.environment)})` : "";
  const head = [`## ${o.icon} atoms-gitops apply${env}: ${applyCountsLine(report.summary)}`, ""];
  const about = [
    // A fixed sentence of this module, Markdown on purpose.
    o.text[0]!.toUpperCase() + o.text.slice(1),
    report.durationMs !== undefined ? `${(report.durationMs / 1000).toFixed(1)} s` : "",
    report.label ? `label \`${report.label.replace(/`/g, "'")}\`` : "",
    report.apiModel ? `${escapeMd(report.apiModel)} API` : "",
  ].filter(Boolean);
  head.push(about.join(" · "), "");

  const sections: Array<{ title: string; lines: string[] }> = [];
  for (const status of ORDER) {
    const agents = report.agents.filter((a) => a.status === status);
    if (agents.length > 0) sections.push({ title: `### ${SECTION_TITLE[status]} (${agents.length})`, lines: agents.map(agentMarkdown) });
  }
  if (report.recovery.length > 0) {
    sections.push({
      title: `### Recovered from an earlier run (${report.recovery.length})`,
      lines: report.recovery.map((r) => `- ↺ **${escapeMd(r.agent)}** ${escapeMd(r.kind)}: ${escapeMd(clip(r.detail))}`),
    });
  }

  let used = bytes(head.join("\n")) + CUT_NOTE_RESERVE;
  const body: string[] = [];
  let omitted = 0;
  let total = 0;
  for (const section of sections) {
    total += section.lines.length;
    const titleCost = bytes(section.title) + 2;
    if (omitted > 0 || used + titleCost > maxBytes) {
      omitted += section.lines.length;
      continue;
    }
    const kept: string[] = [];
    for (const line of section.lines) {
      const cost = bytes(line) + 1;
      if (omitted > 0 || used + titleCost + cost > maxBytes) {
        omitted++;
        continue;
      }
      kept.push(line);
      used += cost;
    }
    if (kept.length > 0) {
      used += titleCost;
      body.push(section.title, ...kept, ...(kept.length < section.lines.length ? [`- … ${section.lines.length - kept.length} more`] : []), "");
    }
  }
  const note: string[] = [];
  if (omitted > 0) {
    const pointer = options.fullLogPointer ?? "the full log is in the step log of this run";
    note.push(`> ✂️ ${omitted} of ${total} lines are not listed, to keep this under ${formatBytes(maxBytes)} (GitHub's job-summary limit is 1 MiB): ${pointer}.`, "");
  }
  return [...head, ...note, ...body].join("\n").replace(/\n*$/, "\n");
}

const SECTION_TITLE: Record<AgentStatus, string> = { failed: "Failed", skipped: "Skipped", applied: "Applied", unchanged: "Unchanged" };

function agentMarkdown(a: AgentResult): string {
  const name = `**${escapeMd(a.name)}**`;
  switch (a.status) {
    case "failed":
      return `- ❌ ${name} (${a.action}) failed at \`${a.error?.step ?? "?"}\`: ${escapeMd(clip(a.error?.message ?? "no detail recorded"))}`;
    case "skipped":
      return `- ⏭️ ${name} (${a.action}) skipped: ${escapeMd(clip(a.error?.message ?? "no detail recorded"))}`;
    case "unchanged":
      return `- ${name} unchanged`;
    case "applied": {
      const version = a.versionId ? ` · version \`${a.versionId.replace(/`/g, "'")}\`` : "";
      const fields = a.changedPaths.length > 0 ? ` · ${a.changedPaths.map((p) => `\`${displayPath(p).replace(/`/g, "'")}\``).join(", ")}` : "";
      return `- ✅ ${name} ${verb(a)}${version}${fields}`;
    }
  }
}

function clip(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length <= MAX_MESSAGE ? line : `${line.slice(0, MAX_MESSAGE - 1)}…`;
}

function bytes(s: string): number {
  return Buffer.byteLength(s, "utf8");
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : `${Math.floor(n / 1024)} KiB`;
}

function escapeMd(s: string): string {
  return s.replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`);
}
