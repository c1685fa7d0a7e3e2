import { renderPreviewMarkdown, type PreviewSummaryInput, type PreviewVerdict } from "../plan/render-preview.js";

/**
 * What `preview --format json` reports, reduced to what the pull-request comment and the job summary state: the
 * platform's verdict per agent. The plan itself is rendered from the saved plan file by `ci-comment`.
 */
export interface PreviewResult extends PreviewSummaryInput {
  ok: boolean;
  cancelled: boolean;
}

export function parsePreviewResult(text: string): PreviewResult {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new Error("the preview output is not JSON");
  }
  const d = doc as Partial<PreviewResult> | null;
  if (!d || typeof d.name !== "string" || (d.model !== "branches" && d.model !== "versions") || !Array.isArray(d.agents) || typeof d.ok !== "boolean") {
    throw new Error("the preview output has no name, model, ok and agents");
  }
  return { name: d.name, model: d.model, ok: d.ok, cancelled: d.cancelled === true, agents: d.agents };
}

/**
 * Room of the verdict section in the comment; the plan below it is rendered into the rest of GitHub's 65,536
 * characters. Disagreements come first, so a cut only ever drops confirmations.
 */
export const PREVIEW_HEAD_LIMIT = 12_000;

const RANK: Record<PreviewVerdict["status"], number> = { disagrees: 0, failed: 1, stopped: 2, "not-previewed": 3, confirmed: 4 };

export interface PreviewCounts {
  confirmed: number;
  disagrees: number;
  /** The preview itself failed (an API error, a check that timed out) or was stopped: nothing was verified. */
  failed: number;
  notPreviewed: number;
}

export function previewCounts(result: PreviewResult): PreviewCounts {
  const c = { confirmed: 0, disagrees: 0, failed: 0, notPreviewed: 0 };
  for (const a of result.agents) {
    if (a.status === "confirmed") c.confirmed++;
    else if (a.status === "not-previewed") c.notPreviewed++;
    else if (a.status === "disagrees") c.disagrees++;
    else c.failed++;
  }
  return c;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The title: the outcome a reviewer acts on, before any detail. */
export function previewTitle(result: PreviewResult, environment: string): string {
  const c = previewCounts(result);
  const env = environment || "default";
  if (result.cancelled) return `## ⚠️ atoms-gitops preview (${env}): interrupted, nothing left open`;
  if (c.disagrees > 0) return `## ❌ atoms-gitops preview (${env}): the platform disagrees with the plan for ${plural(c.disagrees, "agent")}${c.failed > 0 ? `, ${c.failed} not verified` : ""}`;
  if (!result.ok || c.failed > 0) return `## ❌ atoms-gitops preview (${env}): ${plural(c.failed, "agent")} could not be verified`;
  if (result.agents.length === 0) return `## ✅ atoms-gitops preview (${env}): no changes to preview`;
  const parts = [`${plural(c.confirmed, "agent")} verified by the platform`];
  if (c.notPreviewed > 0) parts.push(`${c.notPreviewed} not previewed`);
  return `## ✅ atoms-gitops preview (${env}): ${parts.join(", ")}`;
}

/**
 * The verdict section: the title, what failing means, and the per-agent lines of `preview` itself (its Markdown
 * renderer), as many as fit in `maxLength`, with the rest counted.
 */
export function renderPreviewHead(result: PreviewResult, environment: string, maxLength = PREVIEW_HEAD_LIMIT): string {
  const lines = [previewTitle(result, environment), ""];
  if (previewCounts(result).disagrees > 0) {
    lines.push(
      "The platform stored, diffed or checked something other than this plan (listed below with where). Merging would not deploy what the plan shows: fix the definitions, or the rule they break, and push again.",
      "",
    );
  }
  const ordered = [...result.agents].sort((x, y) => RANK[x.status] - RANK[y.status]);
  const fixed = lines.join("\n").length + 200;
  let kept = ordered.length;
  let section = renderPreviewMarkdown({ ...result, agents: ordered });
  while (kept > 0 && fixed + section.length > maxLength) {
    kept = Math.max(0, Math.min(kept - 1, Math.floor((kept * (maxLength - fixed)) / section.length)));
    section = renderPreviewMarkdown({ ...result, agents: ordered.slice(0, kept) });
  }
  lines.push(section.replace(/\n+$/, ""));
  if (kept < ordered.length) lines.push("", `… and ${plural(ordered.length - kept, "more agent")} (all confirmed or not previewed) in the \`plan.txt\` artifact and the step log.`);
  lines.push("");
  return `${lines.join("\n")}\n`;
}

/**
 * The sticky comment of a preview: the plan comment's marker (the same one a plan uses, so one comment per
 * environment whichever of the two commands made it), the verdict, then the plan comment without its marker.
 */
export function composePreviewComment(head: string, planComment: string): string {
  const newline = planComment.indexOf("\n");
  const marker = newline < 0 ? planComment : planComment.slice(0, newline);
  if (!marker.startsWith("<!--")) throw new Error("the plan comment has no marker on its first line");
  return `${marker}\n${head}${planComment.slice(newline + 1)}`;
}
