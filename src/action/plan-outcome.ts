/** The counts of a saved plan, as the commit status and the labels state them. */
export interface PlanCounts {
  create: number;
  update: number;
  archive: number;
  noop: number;
  /** Knowledge-base, webhook and subscription changes (immediate: not versioned); absent when none. */
  immediate?: number;
}

export type PlanOutcome = { kind: "planned"; counts: PlanCounts } | { kind: "failed"; reason: string } | { kind: "skipped"; reason: string };

export function countsOf(plan: unknown): PlanCounts {
  const agents = (plan as { agents?: Array<{ action?: string }> } | null)?.agents;
  if (!Array.isArray(agents)) throw new Error("not a plan file: it has no agents list");
  const counts: PlanCounts = { create: 0, update: 0, archive: 0, noop: 0 };
  for (const a of agents) if (a.action === "create" || a.action === "update" || a.action === "archive" || a.action === "noop") counts[a.action]++;
  const resources = (plan as { resources?: Array<{ action?: string }> }).resources;
  const immediate = Array.isArray(resources) ? resources.filter((r) => r.action !== "noop" && r.action !== "unmanaged").length : 0;
  if (immediate > 0) counts.immediate = immediate;
  return counts;
}

export function hasChanges(c: PlanCounts): boolean {
  return c.create + c.update + c.archive + (c.immediate ?? 0) > 0;
}

/** Fits a commit status description (140 characters). */
export function describeOutcome(outcome: PlanOutcome): string {
  if (outcome.kind !== "planned") return outcome.reason.slice(0, 140);
  const c = outcome.counts;
  if (!hasChanges(c)) return `No changes (${c.noop} agent${c.noop === 1 ? "" : "s"} in sync)`;
  const immediate = c.immediate ? `, ${c.immediate} immediate KB/webhook change${c.immediate === 1 ? "" : "s"}` : "";
  return `${c.create} to create, ${c.update} to update, ${c.archive} to archive${immediate}`;
}

export const PLAN_LABELS = ["atoms:no-changes", "atoms:changes", "atoms:archive", "atoms:error"] as const;
export type PlanLabel = (typeof PLAN_LABELS)[number];

/** Archives get their own label: it is the change a reviewer must not miss. */
export function labelFor(outcome: PlanOutcome): PlanLabel | undefined {
  if (outcome.kind === "skipped") return undefined;
  if (outcome.kind === "failed") return "atoms:error";
  if (outcome.counts.archive > 0) return "atoms:archive";
  return hasChanges(outcome.counts) ? "atoms:changes" : "atoms:no-changes";
}
