import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Artifact, GitHubApi } from "./github-api.js";
import { mergedPullRequestFor } from "./merged-pull-request.js";
import { readZipEntry } from "./zip.js";

/** The artifact a pull request's preview is uploaded as, per environment: the deploy of its merge looks it up by name. */
export function previewArtifactName(environment: string | undefined, pullRequest: number): string {
  return `atoms-gitops-preview-${environment || "default"}-pr-${pullRequest}`;
}

export type FoundPreviewPlan =
  | { found: true; pullRequest: number; previewName: string; planFile: string; artifactId: number }
  | { found: false; pullRequest?: number; reason: string };

/**
 * The preview plan of the pull request a deployed commit merged, written to `dir/plan.json`. Each push of the pull
 * request uploads a new artifact of the same name: the newest one is its last preview. Apply itself then refuses
 * it (exit 6) if it is not what the merged definitions produce or the live agents moved since.
 */
export async function fetchPreviewPlan(api: GitHubApi, input: { sha: string; environment?: string; dir: string }): Promise<FoundPreviewPlan> {
  const pr = await mergedPullRequestFor(api, input.sha);
  if (pr === undefined) {
    return { found: false, reason: `commit ${input.sha.slice(0, 12)} was not merged from a pull request, so nothing was previewed for it` };
  }
  const pullRequest = pr.number;
  const head = pr.head?.sha;
  const name = previewArtifactName(input.environment, pullRequest);
  // Any run can upload an artifact of any name, a fork's pull request run too: only one made by a run of this
  // repository for the very commit that was merged is the preview that was reviewed.
  const artifacts = (await api.listArtifacts(name)).filter((a) => a.name === name && a.expired !== true && madeFor(a, head));
  artifacts.sort((a, b) => String(b.created_at ?? "").localeCompare(String(a.created_at ?? "")) || b.id - a.id);
  const newest = artifacts[0];
  if (!newest) {
    return {
      found: false,
      pullRequest,
      reason: `pull request #${pullRequest} has no artifact "${name}" from a preview of its last commit${head ? ` ${head.slice(0, 12)}` : ""} (no preview ran for it, it failed, or it expired)`,
    };
  }
  const zip = await api.downloadArtifact(newest.id);
  const plan = readZipEntry(zip, "plan.json");
  if (!plan) return { found: false, pullRequest, reason: `the artifact "${name}" holds no plan.json` };
  const previewName = previewNameOf(plan) ?? `pr-${pullRequest}`;
  await mkdir(input.dir, { recursive: true });
  const planFile = join(input.dir, "plan.json");
  await writeFile(planFile, plan);
  return { found: true, pullRequest, previewName, planFile, artifactId: newest.id };
}

function madeFor(artifact: Artifact, headSha: string | undefined): boolean {
  const run = artifact.workflow_run;
  if (!run || !headSha || run.head_sha !== headSha) return false;
  return run.repository_id === undefined || run.head_repository_id === undefined || run.repository_id === run.head_repository_id;
}

/** The name the preview ran under (agents' `preview.name`), so the deploy closes exactly that preview. */
function previewNameOf(plan: Buffer): string | undefined {
  try {
    const agents = (JSON.parse(plan.toString("utf8")) as { agents?: Array<{ preview?: { name?: unknown } }> }).agents ?? [];
    const name = agents.map((a) => a.preview?.name).find((n): n is string => typeof n === "string" && n !== "");
    return name;
  } catch {
    return undefined;
  }
}

/** What a deploy of a preview says first when the preview no longer holds: the fix, then why. */
export function stalePreviewNote(previewName: string): string {
  return [
    `## ⛔ stale: run preview again on main`,
    "",
    `Something changed since the preview \`${previewName}\` was made (a dashboard edit, another merge, or definitions that differ from what was previewed), so nothing was written: apply promotes only exactly what was reviewed.`,
    "",
    "Preview the current main (re-run the preview on a pull request, or `atoms-gitops preview --name main-… --out plan.json`), then apply that plan; or deploy with a fresh plan (`command: apply` without `preview-plan`).",
    "",
  ].join("\n");
}
