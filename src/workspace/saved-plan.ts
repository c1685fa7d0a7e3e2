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
  /** The key of the plan's keyed secret digests, handed on to what to apply. */
  digestKey?: Uint8Array;
}

/** What `applyWorkspace` needs for a saved plan, beyond the run's settings. */
export interface SavedApplyInput {
  plan: Plan;
  /** The key of the plan's keyed secret digests (`OpenSavedPlanOptions.digestKey`), when it has them. */
  digestKey?: Uint8Array;
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

/** The check of `openSavedPlan`, on definitions it has already loaded and found free of errors. */
export async function prepareSavedApply(options: PrepareSavedApplyOptions): Promise<SavedApplyPreparation> {
  const { plan, load, client } = options;
  if (stripSlash(client.baseUrl) !== stripSlash(plan.target.baseUrl)) return { status: "other-workspace", planned: plan.target.baseUrl, now: client.baseUrl };
  if (!planHasChanges(plan)) return { status: "no-changes" };
  // A number released since planning stops the plan here, before any write, like an unknown number at plan time.
  const numbersChange = new Set(plan.agents.filter((a) => a.changes.some((c) => c.path.startsWith("/metadata/phoneNumbers"))).map((a) => a.name));
  const phoneNumberIds = await resolvePhoneNumbers(load.definitions.filter((d) => numbersChange.has(d.metadata.name)), client);
  // A saved preview plan names its model; its previewed agents are promoted, not published again.
  const previews = plan.agents.some((a) => a.preview) ? { previews: client.previews(plan.target.apiModel) } : {};
  const base = { plan, phoneNumberIds, saved: true as const, ...previews, ...(options.digestKey ? { digestKey: options.digestKey } : {}) };
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

export interface OpenSavedPlanOptions<C extends SavedPlanReader> {
  /** The plan file (`plan --out`), and how errors name it (default: the path). */
  path: string;
  shownAs?: string;
  /** The environment to apply in; default the plan's own (`target.environment`). */
  environment?: string;
  /** The key of the plan's keyed secret digests; called before anything is loaded, so a missing key is said first. */
  digestKey?: (plan: Plan) => Promise<Uint8Array | undefined>;
  /** Loads the definitions of the plan's `source.dir` in that environment. */
  load: (dir: string, environment: string | undefined) => Promise<LoadResult>;
  /**
   * The run's client. Called only once the definitions loaded without errors, so a broken definition is the first
   * thing reported whatever else is missing, and a redactor made here knows the definitions' secrets before any request.
   */
  connect: (load: LoadResult, environment: string | undefined) => C;
}

export interface SavedPlanOpening<C extends SavedPlanReader> {
  plan: Plan;
  client: C;
  /** The environment the plan is applied in. */
  environment: string | undefined;
  preparation: SavedApplyPreparation;
}

/**
 * A saved plan, from its file to what to apply: read, definitions loaded (errors refused before any request),
 * connected, and checked against the workspace (GET only). The one call `atoms-gitops apply <plan-file>` makes
 * before it asks for confirmation; the answer is data (`preparation`), never a message to parse.
 */
export async function openSavedPlan<C extends SavedPlanReader>(options: OpenSavedPlanOptions<C>): Promise<SavedPlanOpening<C>> {
  const plan = await readSavedPlan(options.path, options.shownAs ?? options.path);
  const digestKey = await options.digestKey?.(plan);
  const environment = options.environment ?? plan.target.environment;
  const load = await options.load(plan.source.dir, environment);
  if (hasErrors(load.diagnostics)) {
    throw new UserInputError(`the definitions in ${plan.source.dir} have errors; nothing was applied`, load.diagnostics);
  }
  const client = options.connect(load, environment);
  const preparation = await prepareSavedApply({ plan, load, client, environment, ...(digestKey ? { digestKey } : {}) });
  return { plan, client, environment, preparation };
}
