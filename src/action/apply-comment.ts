import { traceFooter } from "./trace-footer.js";

const OUTCOMES: Record<number, string> = {
  0: "✅ applied",
  6: "⛔ refused: the plan is stale, nothing was written",
  8: "⚠️ cancelled",
  9: "⚠️ timed out",
  10: "❌ partly applied",
};

/** Characters of the apply log quoted in the comment; the whole log stays in the run. */
const LOG_TAIL = 12_000;

export interface ApplyCommentInput {
  environment?: string;
  exitCode: number;
  log: string;
  runUrl?: string;
  headSha?: string;
  planDigest?: string;
  /** Set when the deploy applied a pull request's preview plan. */
  previewName?: string;
}

/** A new comment per deploy (its marker differs from the plan's, so no plan update ever replaces it). */
export function renderApplyComment(input: ApplyCommentInput): string {
  const env = (input.environment || "default").replace(/[^A-Za-z0-9_.-]/g, "_");
  const outcome =
    input.exitCode === 6 && input.previewName
      ? "⛔ stale: run preview again on main"
      : (OUTCOMES[input.exitCode] ?? `❌ failed (exit code ${input.exitCode})`);
  const lines = [`<!-- atoms-gitops:apply env=${env} -->`, `## atoms-gitops apply (${env}): ${outcome}`, ""];
  if (input.previewName) {
    lines.push(
      input.exitCode === 6
        ? `Something changed since the preview \`${input.previewName}\` was made (a dashboard edit, another merge), so nothing was written. Preview the current main and apply that, or deploy with a fresh plan.`
        : `Applied the preview \`${input.previewName}\`: each previewed agent's verified revision was made live, no new publish.`,
      "",
    );
  }
  if (input.runUrl) lines.push(`Full log: [workflow run](${input.runUrl})`, "");
  const log = input.log.length > LOG_TAIL ? `…\n${input.log.slice(-LOG_TAIL)}` : input.log;
  if (log.trim()) lines.push("<details><summary>Apply log (last lines)</summary>", "", "````text", log.replace(/\n+$/, ""), "````", "", "</details>", "");
  // A deploy runs on the merged commit, not on the pull request's head: the footer must not call it that.
  const footer = traceFooter({ headSha: input.headSha, planDigest: input.planDigest, commitIs: "deployed commit" });
  if (footer) lines.push(footer, "");
  return lines.join("\n");
}
