import type { ApplyHooks, ApplyResult } from "./apply/index.js";
import type { LoadResult } from "./model/definition.js";
import type { Plan } from "./model/plan.js";
import { applyWorkspace, planWorkspace, type WorkspacePlan } from "./workspace/index.js";
import { renderPlanJson, renderPlanMarkdown, renderPlanText } from "./plan/index.js";
import type { AtomsClient } from "./remote/index.js";
import { VERSION } from "./version.js";

/**
 * The scripting surface, for teams that write their own checks around the tool:
 *
 *   const load = await loadDefinitions({ dir: "agents" });
 *   const client = createClient({ apiKey: process.env.ATOMS_API_KEY! });
 *   const planned = await createPlan({ load, client });
 *   console.log(renderPlan(planned.plan, "text"));
 *   const result = await applyPlan(planned, { client });
 */
export interface CreatePlanOptions {
  load: LoadResult;
  client: AtomsClient;
  /** Only these agents (by `metadata.name`). */
  agents?: string[];
  environment?: string;
  /** Shown in the plan as its source directory (default "agents"). */
  dir?: string;
  gitSha?: string;
  prune?: boolean;
}

/** Reads the workspace (GET requests only) and returns the plan plus what `applyPlan` needs. */
export function createPlan(options: CreatePlanOptions): Promise<WorkspacePlan> {
  return planWorkspace({ ...options, dir: options.dir ?? "agents" });
}

export type PlanFormat = "text" | "markdown" | "json";

export function renderPlan(plan: Plan, format: PlanFormat = "text", options: { color?: boolean; maxLength?: number } = {}): string {
  if (format === "json") return renderPlanJson(plan);
  if (format === "markdown") return renderPlanMarkdown(plan, { maxLength: options.maxLength });
  return renderPlanText(plan, { color: options.color });
}

export interface ApplyPlanOptions {
  client: AtomsClient;
  /** Version label (default `atoms-gitops <version>`). */
  label?: string;
  message?: string;
  concurrency?: number;
  securityCheckTimeoutMs?: number;
  hooks?: ApplyHooks;
  /** Soft stop: no new agent starts, unpublished drafts are discarded. */
  signal?: AbortSignal;
  /**
   * True when the plan was saved earlier (e.g. read back from a file): every agent is re-read first and the whole
   * plan refused, writing nothing, if anything moved since. Defaults to false for a plan made just now.
   */
  saved?: boolean;
}

/** Applies a plan made by `createPlan` (its definitions carry the real values that a saved plan only digests). */
export function applyPlan(
  planned: Pick<WorkspacePlan, "plan" | "definitions"> & Partial<Pick<WorkspacePlan, "phoneNumberIds" | "observed">>,
  options: ApplyPlanOptions,
): Promise<ApplyResult> {
  return applyWorkspace({
    plan: planned.plan,
    definitions: planned.definitions,
    phoneNumberIds: planned.phoneNumberIds,
    observed: options.saved ? undefined : planned.observed,
    saved: options.saved ?? false,
  }, {
    client: options.client,
    label: options.label ?? `atoms-gitops ${VERSION}`,
    message: options.message,
    limits: { concurrency: options.concurrency, securityCheckTimeoutMs: options.securityCheckTimeoutMs },
    hooks: options.hooks,
    stopSignal: options.signal,
  });
}
