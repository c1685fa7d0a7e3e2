import type { GitHubApi } from "./github-api.js";
import { PLAN_LABELS, describeOutcome, labelFor, type PlanOutcome } from "./plan-outcome.js";

export function statusContext(environment: string | undefined): string {
  return `atoms-gitops/plan (${environment || "default"})`;
}

/**
 * A status on the pull request's head commit: "pending" while the plan runs, then its counts. Made a required check,
 * it keeps a pull request from merging before its plan is known; a plan with changes is a success (changes are the
 * point of the pull request), a failed plan is a failure, a fork's skipped plan is an error (nothing was checked).
 */
export async function reportStatus(api: GitHubApi, input: { sha: string; environment?: string; outcome: PlanOutcome | "pending"; targetUrl?: string }): Promise<void> {
  const state = input.outcome === "pending" ? "pending" : input.outcome.kind === "planned" ? "success" : input.outcome.kind === "failed" ? "failure" : "error";
  const description = input.outcome === "pending" ? "Planning…" : describeOutcome(input.outcome);
  await api.createCommitStatus(input.sha, {
    state,
    context: statusContext(input.environment),
    description,
    ...(input.targetUrl ? { target_url: input.targetUrl } : {}),
  });
}

/** Sets the one label that matches the outcome and removes the other atoms:* ones. */
export async function applyLabels(api: GitHubApi, issue: number, outcome: PlanOutcome): Promise<string | undefined> {
  const label = labelFor(outcome);
  if (!label) return undefined;
  for (const other of PLAN_LABELS) if (other !== label) await api.removeLabel(issue, other);
  await api.addLabels(issue, [label]);
  return label;
}
