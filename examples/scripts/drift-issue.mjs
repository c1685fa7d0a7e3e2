#!/usr/bin/env node
// The body of the nightly drift issue, from `atoms-gitops drift --format json`: which agents drifted, which fields,
// and who made the live change (the active version, who published and activated it, whether atoms-gitops did).
// Copy to .github/scripts/drift-issue.mjs. Usage: node drift-issue.mjs drift.json > body.md
// Environment: RUN_URL (optional) links the run. Needs only Node.js, no packages.
//
// Names, labels and user names come from the dashboard, so they are printed as code spans: no Markdown, no HTML
// and no @mention of anyone can come out of them. Values never appear, only field paths (secrets are masked in the
// report anyway).
import { readFileSync } from "node:fs";

// GitHub refuses issue bodies over 65,536 characters; a fleet-wide drift must still make an issue.
const MAX_AGENTS = 150;
const MAX_FIELDS = 6;

/** A code span that is safe in a table cell: no backtick ends it early, no pipe ends the cell. */
function code(text) {
  const clean = String(text).replace(/[\r\n]+/g, " ").replace(/`/g, "'").replace(/\|/g, "\\|");
  return `\`${clean}\``;
}

function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function who(p) {
  if (!p) return "—";
  const parts = [];
  if (p.publishedBy) parts.push(`published by ${code(p.publishedBy)}`);
  if (p.activatedBy && p.activatedBy !== p.publishedBy) parts.push(`activated by ${code(p.activatedBy)}`);
  if (parts.length === 0) parts.push("unknown");
  parts.push(p.publishedByTool ? "(by atoms-gitops)" : "(**not** by atoms-gitops)");
  return parts.join(", ");
}

function version(p) {
  if (!p) return "—";
  const id = p.number != null ? `version ${p.number}` : p.versionId ? code(p.versionId) : "unknown version";
  return p.label ? `${id} ${code(p.label)}` : id;
}

function when(p) {
  return (p && (p.activatedAt || p.publishedAt)) || "—";
}

function fields(agent) {
  if (agent.kind === "missing") return "defined in git, missing in the workspace";
  const paths = agent.changes.map((c) => code(c.path));
  const shown = paths.slice(0, MAX_FIELDS).join(", ");
  return paths.length > MAX_FIELDS ? `${shown} and ${paths.length - MAX_FIELDS} more` : shown;
}

const RESOURCE_KIND = { knowledgeBase: "knowledge base", webhook: "webhook", subscriptions: "subscriptions of agent" };

// Knowledge bases, webhooks and subscriptions change live at once, and no version records who changed them.
function resourceLines(resources) {
  const lines = ["Knowledge bases and webhooks (immediate: no version says who changed them):", ""];
  for (const r of resources.slice(0, MAX_AGENTS)) {
    const paths = [...new Set((r.changes ?? []).map((c) => c.path))].map(code).join(", ");
    const state = r.state === "missing" ? "missing live" : r.state === "unmarked" ? "not marked as managed" : "changed";
    lines.push(`- ${RESOURCE_KIND[r.kind] ?? code(r.kind)} ${code(r.name)}${r.file ? ` (${code(r.file)})` : ""}: ${state}${paths ? `; ${paths}` : ""}`);
  }
  if (resources.length > MAX_AGENTS) lines.push(`- …and ${resources.length - MAX_AGENTS} more`);
  return lines;
}

function driftIssueBody(report, runUrl) {
  const env = report.target.environment ?? "default";
  const drifted = report.drifted;
  const resources = Array.isArray(report.resources) ? report.resources : [];
  const out = [`<!-- atoms-gitops:drift env=${env} -->`];
  if (drifted.length === 0 && resources.length === 0) {
    out.push(`### ✅ No drift in ${code(env)}`, "", `${plural(report.inSync, "agent")} match git (checked ${report.checkedAt}).`);
    if (runUrl) out.push("", `[The run](${runUrl})`);
    return `${out.join("\n")}\n`;
  }
  const title = [drifted.length > 0 ? `${plural(drifted.length, "agent")} ${drifted.length === 1 ? "differs" : "differ"}` : "", resources.length > 0 ? `${plural(resources.length, "resource")} ${resources.length === 1 ? "differs" : "differ"}` : ""].filter(Boolean).join(", ");
  out.push(`### ⚠️ Drift in ${code(env)}: ${title} from git`, "", `Checked ${report.checkedAt} against ${code(report.target.baseUrl)}; ${report.inSync} in sync.`);
  if (resources.length > 0) out.push("", ...resourceLines(resources));
  if (drifted.length > 0) out.push("", "| Agent | Live version | Who | When | Fields that differ |", "|---|---|---|---|---|");
  for (const a of drifted.slice(0, MAX_AGENTS)) {
    const name = a.file ? `${code(a.name)}<br>${code(a.file)}` : code(a.name);
    out.push(`| ${name} | ${version(a.provenance)} | ${who(a.provenance)} | ${when(a.provenance)} | ${fields(a)} |`);
  }
  if (drifted.length > MAX_AGENTS) out.push("", `…and ${drifted.length - MAX_AGENTS} more agents: the run's summary lists them all.`);
  const outside = drifted.filter((a) => a.provenance && !a.provenance.publishedByTool).map((a) => code(a.name));
  if (outside.length > 0) {
    const list = outside.length > 20 ? `${outside.slice(0, 20).join(", ")} and ${outside.length - 20} more` : outside.join(", ");
    out.push("", `Changed outside git (the live version was not published by atoms-gitops): ${list}.`);
  }
  out.push(
    "",
    "Resolve each agent one way or the other:",
    "- git wins: merge, or re-run the deploy workflow (`atoms-gitops apply`), which replaces the live change;",
    "- the live change wins: `atoms-gitops import --agent NAME --force`, then commit the rewritten file.",
  );
  if (runUrl) out.push("", `[The run](${runUrl})`);
  return `${out.join("\n")}\n`;
}

function main(argv, env) {
  const file = argv[2];
  if (!file) {
    process.stderr.write("usage: drift-issue.mjs DRIFT_JSON\n");
    return 1;
  }
  const report = JSON.parse(readFileSync(file, "utf8"));
  if (!report || !Array.isArray(report.drifted) || !report.target) {
    process.stderr.write(`${file} is not the output of atoms-gitops drift --format json\n`);
    return 1;
  }
  process.stdout.write(driftIssueBody(report, env.RUN_URL));
  return 0;
}

process.exitCode = main(process.argv, process.env);
