import { runApply, checkPlanStillHolds, type ApplyHooks, type ApplyResult, type ApplyTarget } from "../apply/index.js";
import { StalePlanError, UserInputError } from "../errors.js";
import type { AgentDefinition } from "../model/definition.js";
import type { Plan } from "../model/plan.js";
import type { AgentsApi, VersioningAdapter } from "../model/versioning.js";

export interface ApplyWorkspaceOptions {
  plan: Plan;
  /** Definitions with real values, at least one per create/update agent of the plan. */
  definitions: AgentDefinition[];
  api: AgentsApi;
  versioning: VersioningAdapter;
  /**
   * A plan from a file (reviewed earlier): re-read every agent first and refuse the whole plan, writing nothing,
   * when any precondition moved. A plan made in this same run skips the pre-pass (the engine re-checks per agent).
   */
  saved: boolean;
  label: string;
  message?: string;
  concurrency?: number;
  securityCheckTimeoutMs?: number;
  phoneNumberIds?: Record<string, string>;
  hooks?: ApplyHooks;
  stopSignal?: AbortSignal;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  now?: () => number;
}

export async function applyWorkspace(options: ApplyWorkspaceOptions): Promise<ApplyResult> {
  const targets = buildTargets(options.plan, options.definitions);
  if (options.saved) await assertPlanFresh(targets, options.api);
  return runApply({
    api: options.api,
    versioning: options.versioning,
    targets,
    concurrency: options.concurrency,
    label: options.label,
    message: options.message,
    securityCheckTimeoutMs: options.securityCheckTimeoutMs,
    phoneNumberIds: options.phoneNumberIds,
    hooks: options.hooks,
    stopSignal: options.stopSignal,
    sleep: options.sleep,
    now: options.now,
  });
}

function buildTargets(plan: Plan, definitions: AgentDefinition[]): ApplyTarget[] {
  const byName = new Map(definitions.map((d) => [d.metadata.name, d]));
  const missing: string[] = [];
  const targets = plan.agents.map((agentPlan): ApplyTarget => {
    const definition = byName.get(agentPlan.name);
    if (!definition && (agentPlan.action === "create" || agentPlan.action === "update")) missing.push(agentPlan.name);
    return { plan: agentPlan, definition };
  });
  if (missing.length > 0) {
    throw new UserInputError(
      `the plan changes ${missing.join(", ")} but no definition with that name was found in ${plan.source.dir}; apply a plan from the same checkout it was made in`,
    );
  }
  return targets;
}

/** Terraform's "saved plan is stale", for a SaaS with no state file: compare the live objects with the plan. */
async function assertPlanFresh(targets: ApplyTarget[], api: AgentsApi): Promise<void> {
  const stale: string[] = [];
  const reasons: string[] = [];
  const existing = targets.some((t) => t.plan.action === "create") ? await api.listAgents() : [];
  await Promise.all(
    targets.map(async ({ plan, definition }) => {
      if (plan.action === "create") {
        // The first-plan hole: an agent created by someone else since the plan would be duplicated.
        if (existing.some((a) => a.name === plan.name)) {
          stale.push(plan.name);
          reasons.push(`${plan.name} now exists remotely`);
        }
        return;
      }
      if (plan.action !== "update" && plan.action !== "archive") return;
      if (!plan.id) return;
      const observed = await api.getAgent(plan.id);
      try {
        if (plan.action === "update" && definition) checkPlanStillHolds(plan, definition, observed);
        else if (plan.baseVersionId && observed.activeVersionId !== plan.baseVersionId) throw new Error("active version moved");
      } catch (err) {
        stale.push(plan.name);
        reasons.push(`${plan.name}: ${err instanceof Error ? err.message.replace(/^stale plan: /, "") : String(err)}`);
      }
    }),
  );
  if (stale.length > 0) throw new StalePlanError(stale.sort(), reasons.sort().join("; "));
}
