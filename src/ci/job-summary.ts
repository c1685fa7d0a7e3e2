import { renderApplyMarkdown, type ApplyReport } from "../apply/index.js";
import { ExitCode } from "../errors.js";
import type { Plan } from "../model/plan.js";
import { renderPlanMarkdown } from "../plan/index.js";

/** GitHub rejects a step's job summary above this many bytes (the whole upload, not just the part over it). */
export const GITHUB_SUMMARY_LIMIT_BYTES = 1024 * 1024;
/**
 * What this tool writes by default: half of GitHub's limit, so a workflow that adds its own lines in the same step
 * still fits, and a browser still scrolls through it.
 */
export const DEFAULT_SUMMARY_BYTES = 512 * 1024;

export interface JobSummaryOptions {
  /** Size limit in UTF-8 bytes; default DEFAULT_SUMMARY_BYTES, never above GitHub's limit. */
  maxBytes?: number;
  /** Overrides the plan's environment in the title. */
  environment?: string;
  /** Link to the run (its artifacts and step logs). */
  runUrl?: string;
}

function limit(options: JobSummaryOptions): number {
  return Math.min(options.maxBytes ?? DEFAULT_SUMMARY_BYTES, GITHUB_SUMMARY_LIMIT_BYTES);
}

function bytes(s: string): number {
  return Buffer.byteLength(s, "utf8");
}

/**
 * The plan as a job summary: the comment's layout (counts, the list, details) with a larger budget. The Markdown
 * renderer counts characters; prompt text outside ASCII takes up to three bytes each, so the character budget is
 * shrunk until the bytes fit.
 */
export function renderPlanJobSummary(plan: Plan, options: JobSummaryOptions = {}): string {
  const maxBytes = limit(options);
  const where = safeUrl(options.runUrl) ? `the [workflow run](${safeUrl(options.runUrl)})` : "this workflow run";
  const fullPlanPointer = `The full plan is in the \`plan.md\` / \`plan.txt\` artifact of ${where}; \`atoms-gitops show plan.json\` prints it.`;
  const forRender = options.environment && options.environment !== plan.target.environment ? { ...plan, target: { ...plan.target, environment: options.environment } } : plan;
  let maxLength = maxBytes;
  for (;;) {
    const text = renderPlanMarkdown(forRender, { marker: "", footer: footer(plan), maxLength, fullPlanPointer });
    const size = bytes(text);
    if (size <= maxBytes) return text;
    maxLength = Math.floor((maxLength * maxBytes) / size) - 1024;
    if (maxLength <= 0) return cutToBytes(text, maxBytes);
  }
}

/** What an apply did, as a job summary: the counts in the title, failures first, capped in bytes. */
export function renderApplyJobSummary(report: ApplyReport, options: JobSummaryOptions = {}): string {
  const run = safeUrl(options.runUrl);
  const fullLogPointer = `every agent's steps are in the log of the *Run atoms-gitops apply* step${run ? ` of the [workflow run](${run})` : ""}`;
  const text = renderApplyMarkdown(report, { environment: options.environment, maxBytes: limit(options), fullLogPointer });
  return cutToBytes(text, limit(options));
}

const NOTHING_APPLIED: Record<number, { why: string; todo: string }> = {
  [ExitCode.stalePlan]: {
    why: "the saved plan is stale",
    todo: "An agent moved or a definition changed since the plan was made. Nothing was written: plan again, review, and re-run the deploy.",
  },
  [ExitCode.auth]: {
    why: "the Atoms API refused the API key",
    todo: "Nothing was written. Check the key configured for this environment (missing, expired or for another organisation), then re-run the job.",
  },
  [ExitCode.cancelled]: { why: "the run was interrupted before any agent started", todo: "Nothing was written. Re-run the job." },
  [ExitCode.timeout]: { why: "the API kept timing out", todo: "Re-run the job; the next apply first finishes or cleans up what this one left." },
};

/**
 * The summary of an apply that recorded nothing (it stopped before its first agent: a stale plan, a refused key,
 * invalid definitions): the title still says it is an apply and that nothing was applied, and why, from its exit code.
 */
export function renderApplyNotStartedSummary(exitCode: number, options: JobSummaryOptions = {}): string {
  const env = options.environment ? ` (${options.environment.replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`)})` : "";
  const known = NOTHING_APPLIED[exitCode];
  const run = safeUrl(options.runUrl);
  const log = `the log of the *Run atoms-gitops apply* step${run ? ` of the [workflow run](${run})` : ""}`;
  const lines = [
    `## ❌ atoms-gitops apply${env}: nothing applied${known ? `, ${known.why}` : ""} (exit code ${exitCode})`,
    "",
    known ? known.todo : "The apply stopped before its first agent, so nothing was written.",
    "",
    `The error is in ${log}.`,
    "",
  ];
  return cutToBytes(lines.join("\n"), limit(options));
}

function footer(plan: Plan): string {
  const sha = plan.source.gitSha ? ` · commit \`${plan.source.gitSha.slice(0, 12)}\`` : "";
  return `<sub>${plan.tool.name} ${plan.tool.version} · ${plan.createdAt} · ${plan.target.apiModel} API${sha}</sub>`;
}

/** Last resort, never reached with sane limits: a summary over the limit is rejected whole, so cut it and say so. */
function cutToBytes(text: string, maxBytes: number): string {
  if (bytes(text) <= maxBytes) return text;
  const note = "\n\n> ✂️ Cut to fit the job summary: see the step log.\n";
  const room = Math.max(0, maxBytes - bytes(note));
  let cut = Buffer.from(text, "utf8").subarray(0, room).toString("utf8");
  // A multi-byte character split at the edge decodes as U+FFFD: drop it.
  cut = cut.replace(/\uFFFD+$/, "");
  return bytes(cut + note) <= maxBytes ? cut + note : cut;
}

function safeUrl(url: string | undefined): string | undefined {
  if (!url || !/^https?:\/\/\S+$/.test(url)) return undefined;
  return url.replace(/[()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
