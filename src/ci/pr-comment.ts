import { formatDiagnostic, type Diagnostic } from "../model/diagnostic.js";
import type { AgentPlan, Plan } from "../model/plan.js";
import { isPolicyWarning, policyWarningLines, renderPlanMarkdown } from "../plan/index.js";

/** GitHub rejects issue and pull-request comments longer than this many characters. */
export const GITHUB_COMMENT_LIMIT = 65_536;

export interface PrCommentOptions {
  /** Overrides the plan's environment in the marker and the title. */
  environment?: string;
  /** Link to the CI run that holds the job summary and the plan artifact. */
  runUrl?: string;
  /** Default: GitHub's comment limit. */
  maxLength?: number;
}

export interface PrComment {
  body: string;
  /** The body's hidden first line; CI finds its own comment by it and updates it in place. */
  marker: string;
  /** True when the full plan did not fit and `body` is the short fallback. */
  truncated: boolean;
}

/**
 * The hidden marker of the sticky comment for one environment. One comment per environment, so a PR that plans
 * staging and production keeps two comments. The name is reduced to safe characters: it sits inside an HTML comment.
 */
export function planMarker(environment?: string): string {
  return `<!-- atoms-gitops:plan env=${markerEnv(environment)} -->`;
}

function markerEnv(environment?: string): string {
  const cleaned = (environment ?? "").replace(/[^A-Za-z0-9_.-]/g, "_");
  return cleaned === "" ? "default" : cleaned;
}

/**
 * The body of the sticky PR comment: the Markdown plan when it fits, else a short comment with the counts,
 * the table of agents (as many rows as fit) and a pointer to the run, so the comment is never rejected.
 */
export function renderPrComment(plan: Plan, options: PrCommentOptions = {}): PrComment {
  const maxLength = options.maxLength ?? GITHUB_COMMENT_LIMIT;
  const runUrl = safeUrl(options.runUrl);
  const environment = options.environment ?? plan.target.environment;
  const marker = planMarker(environment);
  const footer = ciFooter(plan, runUrl);
  const planForRender = environment === plan.target.environment ? plan : { ...plan, target: { ...plan.target, environment } };
  const full = renderPlanMarkdown(planForRender, { marker, footer, maxLength: Number.POSITIVE_INFINITY });
  if (full.length <= maxLength) return { body: full, marker, truncated: false };
  // One comment that degrades (list, then as many details as fit, the cut said at the top) rather than numbered
  // comments: a reviewer reads one place, and the sticky comment stays a single thing to find and replace.
  const where = runUrl ? `the [workflow run](${runUrl})` : "this workflow run";
  const fullPlanPointer = `The full plan (${full.length.toLocaleString("en-US")} characters; a comment holds ${maxLength.toLocaleString("en-US")}) is in the \`plan.md\` / \`plan.txt\` artifact of ${where}; \`atoms-gitops show plan.json\` prints it.`;
  const degraded = renderPlanMarkdown(planForRender, { marker, footer, maxLength, fullPlanPointer });
  if (degraded.startsWith(marker) && degraded.length <= maxLength) return { body: degraded, marker, truncated: true };
  return { body: fallbackBody(plan, { marker, footer, environment, runUrl, maxLength, fullLength: full.length }), marker, truncated: true };
}

/** Where a run stopped: each calls for a different fix, so the comment names it. */
export type FailureStage = "validation" | "authentication" | "api" | "policy";

export interface FailureCommentOptions {
  environment?: string;
  runUrl?: string;
  /** What failed, e.g. "plan" or "validate". */
  step?: string;
  stage?: FailureStage;
  /** Diagnostics of the failed step; the first `maxDiagnostics` are listed, with the total. */
  diagnostics?: readonly Diagnostic[];
  maxDiagnostics?: number;
}

const STAGE_TEXT: Record<FailureStage, { what: string; todo: string }> = {
  validation: { what: "The definitions are invalid", todo: "Fix the files below and push again; `atoms-gitops validate` reports the same errors locally." },
  authentication: { what: "The Atoms API refused the API key", todo: "Check the key configured for this environment (missing, expired or for another organisation), then re-run the job." },
  api: { what: "The Atoms API failed or could not be reached", todo: "Nothing in this pull request needs to change: re-run the job; if it keeps failing, see the run log for the request that failed." },
  policy: { what: "A policy check refused the plan", todo: "Change the definitions so the rules below pass, or ask the policy owners to approve." },
};

/** GitHub shows only the first ten annotations of a step; the comment lists more, but not an unbounded number. */
const DEFAULT_MAX_DIAGNOSTICS = 20;

/**
 * Replaces the sticky comment when no plan could be made, so a PR never shows the plan of an older commit
 * as if it were current, and says why: the stage that failed, what to do, the first diagnostics.
 */
export function renderPrFailureComment(options: FailureCommentOptions = {}): PrComment {
  const marker = planMarker(options.environment);
  const env = markerEnv(options.environment);
  const runUrl = safeUrl(options.runUrl);
  const where = runUrl ? `the [workflow run](${runUrl})` : "the log of this workflow run";
  const stage = options.stage ? STAGE_TEXT[options.stage] : undefined;
  const lines = [marker, `## ❌ atoms-gitops ${options.step ?? "plan"} (${escapeMd(env)}) failed${options.stage ? `: ${options.stage}` : ""}`, ""];
  if (stage) lines.push(`**${stage.what}**, so no plan was made for this commit and the previous plan was removed.`, "", `**What to do:** ${stage.todo}`, "");
  else lines.push("No plan could be made for this commit, so the previous plan was removed.", "");
  const diagnostics = [...(options.diagnostics ?? [])].sort((x, y) => (x.severity === y.severity ? 0 : x.severity === "error" ? -1 : 1));
  if (diagnostics.length > 0) {
    const max = options.maxDiagnostics ?? DEFAULT_MAX_DIAGNOSTICS;
    const errors = diagnostics.filter((d) => d.severity === "error").length;
    const warnings = diagnostics.length - errors;
    const counts = [errors > 0 ? `${errors} error${errors === 1 ? "" : "s"}` : "", warnings > 0 ? `${warnings} warning${warnings === 1 ? "" : "s"}` : ""].filter(Boolean).join(", ");
    lines.push(`**${counts}**${diagnostics.length > max ? ` (the first ${max} are listed)` : ""}:`, "");
    for (const d of diagnostics.slice(0, max)) lines.push(`- ${d.severity === "error" ? "❌" : "⚠️"} \`${formatDiagnostic(d).replace(/`/g, "'")}\``);
    if (diagnostics.length > max) lines.push(`- … ${diagnostics.length - max} more in ${where}`);
    lines.push("");
  }
  lines.push(`The full log is in ${where}; problems in definition files are also annotated on the changed lines.`, "");
  return { body: lines.join("\n"), marker, truncated: false };
}

interface FallbackInput {
  marker: string;
  footer: string;
  environment?: string;
  runUrl?: string;
  maxLength: number;
  fullLength: number;
}

function fallbackBody(plan: Plan, input: FallbackInput): string {
  const env = markerEnv(input.environment);
  const { summary } = plan;
  const immediate = (plan.resources ?? []).filter((r) => r.action !== "noop" && r.action !== "unmanaged").length;
  const changes = summary.create + summary.update + summary.archive + immediate;
  const errors = plan.diagnostics.filter((d) => d.severity === "error").length;
  const icon = errors > 0 ? "❌" : summary.archive > 0 ? "⚠️" : "✅";
  const immediateNote = immediate > 0 ? `, ${immediate} knowledge-base/webhook change${immediate === 1 ? "" : "s"} (immediate — not versioned, no platform rollback)` : "";
  const counts = changes === 0 ? "No changes" : `${summary.create} to create, ${summary.update} to update, ${summary.archive} to archive${immediateNote}`;
  const where = input.runUrl ? `see the job summary / plan artifact at ${input.runUrl}` : "see the job summary / plan artifact of this workflow run";

  const head = [input.marker, `## ${icon} atoms-gitops plan (${escapeMd(env)}): ${counts}`, ""];
  const archives = plan.agents.filter((a) => a.action === "archive");
  if (archives.length > 0) {
    head.push("> [!WARNING]", `> **${archives.length} agent${archives.length === 1 ? "" : "s"} will be ARCHIVED** (\`--prune\`): ${listNames(archives, 20)}`, "");
  }
  // Warnings stay above the changes even here: a cut comment must not hide what the rules said.
  head.push(...policyWarningLines(plan.diagnostics.filter(isPolicyWarning), { max: MAX_FALLBACK_POLICY_WARNINGS, maxChars: Math.floor(input.maxLength / 4) }));
  head.push(
    "| Create | Update | Archive | Unchanged | Unmanaged | Diagnostics |",
    "|---:|---:|---:|---:|---:|---:|",
    `| ${summary.create} | ${summary.update} | ${summary.archive} | ${summary.noop} | ${summary.unmanaged} | ${plan.diagnostics.length} |`,
    "",
  );
  const note = [`> ✂️ The full plan is too large for a comment (${input.fullLength.toLocaleString("en-US")} characters; the limit is ${input.maxLength.toLocaleString("en-US")}): ${where}.`, ""];
  const tail = ["---", input.footer, ""];

  const listed = plan.agents.filter((a) => a.action !== "noop");
  const rows = listed.map(fallbackRow);
  const fixed = [...head, ...note, ...tail].join("\n").length;
  const tableHead = ["| | Agent | Action | Changes |", "|---|---|---|---|"];
  // The table is the most useful part after the counts: keep as many rows as fit and say how many did not.
  const moreRowReserve = 60;
  let budget = input.maxLength - fixed - tableHead.join("\n").length - moreRowReserve - 4;
  const table: string[] = [];
  let kept = 0;
  for (const row of rows) {
    if (row.length + 1 > budget) break;
    table.push(row);
    budget -= row.length + 1;
    kept++;
  }
  const tableLines = kept > 0 ? [...tableHead, ...table, ...(kept < rows.length ? [`| | … ${rows.length - kept} more agents not listed | | |`] : []), ""] : [];
  let text = [...head, ...tableLines, ...note, ...tail].join("\n");
  if (text.length > input.maxLength) {
    // Only reachable with absurdly small limits: the marker must survive, so cut the middle away.
    const minimal = [input.marker, `## ${icon} atoms-gitops plan (${escapeMd(env)}): ${counts}`, "", `> ✂️ The full plan is too large for a comment: ${where}.`, ""].join("\n");
    text = minimal.length <= input.maxLength ? minimal : `${input.marker}\n`;
  }
  return text;
}

/** Policy warnings the short fallback comment lists before pointing at the artifact for the rest. */
const MAX_FALLBACK_POLICY_WARNINGS = 20;

function fallbackRow(a: AgentPlan): string {
  const sym = a.action === "create" ? "`+`" : a.action === "update" ? "`~`" : a.action === "archive" ? "`-`" : "`?`";
  const action = a.action === "unmanaged" && a.blockedReason ? `unmanaged (not archived: ${escapeMd(blockedText(a.blockedReason))})` : a.action;
  const count = a.action === "create" || a.action === "update" ? `${a.changes.length} field${a.changes.length === 1 ? "" : "s"}` : "";
  return `| ${sym} | ${escapeMd(a.name)} | ${action} | ${count} |`;
}

function blockedText(reason: string): string {
  if (reason === "foreign") return "not created or imported by atoms-gitops";
  if (reason === "empty-definitions-dir") return "the definitions directory is empty";
  return reason;
}

function listNames(agents: AgentPlan[], max: number): string {
  const shown = agents.slice(0, max).map((a) => `${escapeMd(a.name)}${a.id ? ` (\`${a.id}\`)` : ""}`);
  return agents.length > max ? `${shown.join(", ")} and ${agents.length - max} more` : shown.join(", ");
}

/** The renderer's footer plus a link to the run, where the full plan and the apply logs live. */
function ciFooter(plan: Plan, runUrl?: string): string {
  const sha = plan.source.gitSha ? ` · commit \`${plan.source.gitSha.slice(0, 12)}\`` : "";
  const run = runUrl ? ` · [workflow run](${runUrl})` : "";
  return `<sub>${plan.tool.name} ${plan.tool.version} · ${plan.createdAt} · ${plan.target.apiModel} API${sha}${run}</sub>`;
}

/** Only http(s) links, with the characters that would end a Markdown link encoded. */
function safeUrl(url: string | undefined): string | undefined {
  if (!url || !/^https?:\/\/\S+$/.test(url)) return undefined;
  return url.replace(/[()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function escapeMd(s: string): string {
  return s.replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`);
}
