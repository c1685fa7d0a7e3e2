import { formatDiagnostic } from "../model/diagnostic.js";
import type { AgentPlan, Plan } from "../model/plan.js";
import { countsLine, viewChange } from "./change-view.js";
import type { ViewLine } from "./change-view.js";
import { changedResources, IMMEDIATE, resourceBlock, resourceSymbol, unmanagedResourceLine } from "./render-resources.js";

interface Palette {
  green(s: string): string;
  yellow(s: string): string;
  red(s: string): string;
  cyan(s: string): string;
  bold(s: string): string;
  dim(s: string): string;
}

// The CLI decides colour (TTY, NO_COLOR); plan/ only emits the codes it is told to.
const ansi = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;
const COLOR: Palette = {
  green: ansi(32, 39),
  yellow: ansi(33, 39),
  red: ansi(31, 39),
  cyan: ansi(36, 39),
  bold: ansi(1, 22),
  dim: ansi(2, 22),
};
const identity = (s: string) => s;
const PLAIN: Palette = { green: identity, yellow: identity, red: identity, cyan: identity, bold: identity, dim: identity };

function bySymbol(p: Palette, symbol: string): (s: string) => string {
  return symbol === "+" ? p.green : symbol === "-" ? p.red : symbol === "~" ? p.yellow : symbol === "@" ? p.cyan : identity;
}

/** Terraform-style plan for a terminal. */
export function renderPlanText(plan: Plan, options: { color?: boolean; width?: number } = {}): string {
  const p = options.color ? COLOR : PLAIN;
  const width = options.width ?? 100;
  const out: string[] = [];

  for (const d of plan.diagnostics) {
    const line = formatDiagnostic(d);
    out.push(d.severity === "error" ? p.red(`Error: ${line}`) : p.yellow(`Warning: ${line}`));
  }
  if (plan.diagnostics.length > 0) out.push("");

  const changed = plan.agents.filter((a) => a.action === "create" || a.action === "update" || a.action === "archive");
  const unmanaged = plan.agents.filter((a) => a.action === "unmanaged");
  const { summary } = plan;
  const resources = changedResources(plan.resources);

  if (changed.length === 0 && resources.length === 0) {
    out.push(p.green(p.bold("No changes.")) + " Live agents match the definitions.");
  } else {
    out.push("atoms-gitops will perform the following actions:");
    out.push(`  ${p.green("+")} create   ${p.yellow("~")} update   ${p.red("-")} archive`);
    for (const agent of changed) {
      out.push("");
      out.push(...agentBlock(agent, p, width));
    }
  }
  if (resources.length > 0) {
    out.push("");
    out.push(p.bold(`Knowledge bases, webhooks and subscriptions (${IMMEDIATE}):`));
    for (const r of resources) {
      out.push("");
      const [head, ...rest] = resourceBlock(r);
      out.push(`  ${bySymbol(p, resourceSymbol(r))(resourceSymbol(r))} ${p.bold(head ?? "")}`);
      for (const l of rest) out.push(`  ${l}`);
    }
  }
  const leftResources = (plan.resources ?? []).filter((r) => r.action === "unmanaged");
  if (leftResources.length > 0) {
    out.push("");
    out.push(p.bold(`Unmanaged knowledge bases and webhooks: ${leftResources.length}`));
    for (const r of leftResources) out.push(`  ${unmanagedResourceLine(r)}`);
  }

  if (unmanaged.length > 0) {
    out.push("");
    out.push(p.bold(`Unmanaged agents (exist remotely, no definition): ${unmanaged.length}`));
    for (const a of unmanaged) {
      const why = a.blockedReason ? `  (not archived: ${blockedText(a.blockedReason)})` : "";
      out.push(`  ? ${a.name}  ${p.dim(a.id ?? "")}${why}`);
    }
  }

  if (changed.length > 0 || resources.length > 0) {
    out.push("");
    const resourceNote = resources.length > 0 ? ` ${resources.length} knowledge-base/webhook change${resources.length === 1 ? "" : "s"} (immediate).` : "";
    const unmanagedNote = summary.unmanaged > 0 ? ` ${summary.unmanaged} unmanaged.` : "";
    out.push(`${p.bold("Plan:")} ${countsLine(summary)}. ${summary.noop} unchanged.${unmanagedNote}${resourceNote}`);
  }
  if (summary.archive > 0) {
    out.push(p.red(p.bold(`WARNING: ${summary.archive} agent${summary.archive === 1 ? "" : "s"} will be ARCHIVED (--prune).`)));
  }
  return out.join("\n") + "\n";
}

export function blockedText(reason: string): string {
  switch (reason) {
    case "protected":
      return "protected";
    case "foreign":
      return "not created or imported by atoms-gitops";
    case "empty-definitions-dir":
      return "the definitions directory is empty";
    default:
      return reason;
  }
}

function agentBlock(agent: AgentPlan, p: Palette, width: number): string[] {
  const file = agent.file ? `  ${p.dim(`(${agent.file})`)}` : "";
  const lines: string[] = [];
  if (agent.action === "archive") {
    lines.push(p.bold(`  # ${agent.name} will be archived`) + `  ${p.dim(agent.id ?? "")}`);
    lines.push(`  ${p.red("-")} agent "${agent.name}"`);
    for (const w of agent.warnings ?? []) lines.push(p.red(`    ! ${w}`));
    return lines;
  }
  const verb = agent.action === "create" ? "will be created" : "will be updated in place";
  const sym = agent.action === "create" ? "+" : "~";
  lines.push(p.bold(`  # ${agent.name} ${verb}`) + file);
  lines.push(`  ${bySymbol(p, sym)(sym)} agent "${agent.name}" {`);
  for (const change of agent.changes) {
    const view = viewChange(change, { width });
    const color = bySymbol(p, view.symbol);
    const from = change.source ? p.dim(` (from ${change.source})`) : "";
    lines.push(`      ${color(view.symbol)} ${view.path}${from}:${view.inline !== undefined ? ` ${view.inline}` : ""}`);
    for (const l of view.lines) lines.push(`          ${lineText(l, p)}`);
  }
  if (agent.unchangedCount > 0) lines.push(p.dim(`        (${agent.unchangedCount} unchanged field${agent.unchangedCount === 1 ? "" : "s"} hidden)`));
  for (const w of agent.warnings ?? []) lines.push(p.yellow(`      ! ${w}`));
  lines.push("    }");
  return lines;
}

function lineText(l: ViewLine, p: Palette): string {
  if (l.kind === "@") return p.cyan(l.text);
  if (l.kind === " ") return ` ${l.text}`;
  if (l.item) return `${bySymbol(p, l.kind)(l.kind)} ${l.text}`;
  // Text lines read "+text", as in a unified diff; the words that changed read [-old-] and {+new+}, which survive
  // a log without colour and a copy-paste.
  const text = l.spans ? l.spans.map((s) => (s.kind === "-" ? `[-${s.text}-]` : s.kind === "+" ? `{+${s.text}+}` : s.text)).join("") : l.text;
  return bySymbol(p, l.kind)(`${l.kind}${text}`);
}
