import { readFile } from "node:fs/promises";
import { UserInputError, type StaleReason } from "../errors.js";
import type { AgentDefinition, LoadResult } from "../model/definition.js";
import { hasErrors } from "../model/diagnostic.js";
import type { Plan } from "../model/plan.js";
import type { PreviewPort } from "../model/preview.js";
import type { ApiModelName } from "../model/versioning.js";
import { parsePlanJson, planHasChanges } from "../plan/index.js";
import { staleResources } from "./apply-workspace.js";
import { planWorkspace, resolvePhoneNumbers, type PlanReader } from "./plan-workspace.js";
import type { WorkspaceResources } from "./resource-reads.js";

/** A plan file, parsed; `shownAs` is how errors name it (the path as the user typed it). */
export async function readSavedPlan(path: string, shownAs: string): Promise<Plan> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (err) {
    throw new UserInputError(`cannot read plan file ${shownAs}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  const parsed = await parsePlanJson(text);
  if (!parsed.plan) throw new UserInputError(`${shownAs} is not a usable plan file`, parsed.diagnostics.map((d) => ({ ...d, file: d.file ?? shownAs })));
  return parsed.plan;
}

export interface SavedPlanReader extends PlanReader {
  previews(model: ApiModelName): PreviewPort;
}

export interface PrepareSavedApplyOptions {
  plan: Plan;
  /** The definitions loaded from the plan's `source.dir`, in the environment it is applied to. */
  load: LoadResult;
  client: SavedPlanReader;
  environment?: string;
}

/** What `applyWorkspace` needs for a saved plan, beyond the run's settings. */
export interface SavedApplyInput {
  plan: Plan;
  definitions: AgentDefinition[];
  /** The definitions as loaded (names, not ids), for the digest check, when `definitions` were planned again. */
  loadedDefinitions?: AgentDefinition[];
  resources?: WorkspaceResources;
  phoneNumberIds: Record<string, string>;
  previews?: PreviewPort;
  saved: true;
}

/**
 * Why a saved plan is not applied, or what to apply. Every check here reads only (GET), so a refusal writes nothing
 * and comes before the user is asked to confirm.
 */
export type SavedApplyPreparation =
  | { status: "other-workspace"; planned: string; now: string }
  | { status: "no-changes" }
  | { status: "stale"; reasons: StaleReason[] }
  | { status: "ready"; apply: SavedApplyInput };

export async function prepareSavedApply(options: PrepareSavedApplyOptions): Promise<SavedApplyPreparation> {
  const { plan, load, client } = options;
  if (hasErrors(load.diagnostics)) {
    throw new UserInputError(`the definitions in ${plan.source.dir} have errors; nothing was applied`, load.diagnostics);
  }
  if (stripSlash(client.baseUrl) !== stripSlash(plan.target.baseUrl)) return { status: "other-workspace", planned: plan.target.baseUrl, now: client.baseUrl };
  if (!planHasChanges(plan)) return { status: "no-changes" };
  // A number released since planning stops the plan here, before any write, like an unknown number at plan time.
  const numbersChange = new Set(plan.agents.filter((a) => a.changes.some((c) => c.path.startsWith("/metadata/phoneNumbers"))).map((a) => a.name));
  const phoneNumberIds = await resolvePhoneNumbers(load.definitions.filter((d) => numbersChange.has(d.metadata.name)), client);
  // A saved preview plan names its model; its previewed agents are promoted, not published again.
  const previews = plan.agents.some((a) => a.preview) ? { previews: client.previews(plan.target.apiModel) } : {};
  const base = { plan, phoneNumberIds, saved: true as const, ...previews };
  if (!involvesResources(plan, load)) return { status: "ready", apply: { ...base, definitions: load.definitions } };
  // Knowledge bases and webhooks carry no version to pin, so the plan is made again now (GET only): the agents get
  // the ids of this workspace, and the resource changes must be exactly the reviewed ones.
  const prune = plan.agents.some((a) => a.action === "archive") || (plan.resources ?? []).some((r) => r.action === "delete" || r.blockedReason === "in-use");
  const fresh = await planWorkspace({ load, client, environment: options.environment, dir: plan.source.dir, prune });
  const reasons = staleResources(plan, fresh.plan);
  if (reasons.length > 0) return { status: "stale", reasons };
  return {
    status: "ready",
    apply: { ...base, definitions: fresh.definitions, loadedDefinitions: load.definitions, ...(fresh.resources ? { resources: fresh.resources } : {}) },
  };
}

function involvesResources(plan: Plan, load: LoadResult): boolean {
  return (plan.resources?.length ?? 0) > 0 || Boolean(load.knowledgeBases?.length || load.webhooks?.length);
}

function stripSlash(url: string): string {
  return url.replace(/\/+$/, "");
}
