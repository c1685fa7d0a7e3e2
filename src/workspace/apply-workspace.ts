import { AgentStepError, runApply, checkPlanStillHolds, type ApplyHooks, type ApplyResult, type ApplyTarget } from "../apply/index.js";
import { inspectJournals, openJournal, pruneJournals, type JournalRecord, type JournalWriter } from "../recovery/journal.js";
import { recoverLeftovers } from "../recovery/resume.js";
import { sleep } from "../sleep.js";
import { definitionsDigest } from "./digest.js";
import { keyConfigDigest } from "../plan/index.js";
import { planDocument } from "../plan/render-json.js";
import { hostname } from "node:os";
import { StalePlanError, UserInputError, type StaleReason } from "../errors.js";
import type { AgentDefinition } from "../model/definition.js";
import type { ObservedAgent } from "../model/observed.js";
import type { Plan } from "../model/plan.js";
import type { AgentsApi, VersioningAdapter } from "../model/versioning.js";
import type { PreviewPort } from "../model/preview.js";
import type { KnowledgeBasesApi, WebhooksApi } from "../model/knowledge.js";
import { finishResources, prepareResources, type ResourceApplyContext } from "../apply/resource-flow.js";
import { holdUnresolved, withResolvedReferences } from "./resolve-targets.js";
import type { WorkspaceResources } from "./resource-reads.js";

export interface ApplyWorkspaceOptions {
  plan: Plan;
  /** Definitions with real values, at least one per create/update agent of the plan. */
  definitions: AgentDefinition[];
  api: AgentsApi;
  versioning: VersioningAdapter;
  /** Promotes the agents a saved preview plan verified (`preview --out`); without it they take the normal flow. */
  previews?: PreviewPort;
  /**
   * A plan from a file (reviewed earlier): re-read every agent first and refuse the whole plan, writing nothing,
   * when any precondition moved. A plan made in this same run skips the pre-pass (the engine re-checks per agent).
   */
  saved: boolean;
  /** Key of the saved plan's secret digests (`Plan.secretDigests`); required when the plan has them. */
  digestKey?: Uint8Array;
  /** The agents as the plan read them (a plan made in this run): spares the engine a read per agent. */
  observed?: Map<string, ObservedAgent | null>;
  label: string;
  message?: string;
  concurrency?: number;
  securityCheckTimeoutMs?: number;
  phoneNumberIds?: Record<string, string>;
  hooks?: ApplyHooks;
  stopSignal?: AbortSignal;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  now?: () => number;
  /**
   * Journal directory (`.atoms-gitops/journal` under the repo root): every step is recorded there before and after it
   * runs, and the journals of earlier runs that never finished guide the recovery pre-pass. Absent = no files
   * (recovery then recognises v1 leftovers by draft name only).
   */
  journalDir?: string;
  /** Every journal record as it is written (`--format json` prints them). */
  onRecord?: (record: JournalRecord) => void;
  runId?: string;
  /** Hides the run's secrets in every journal line. */
  redact?: (text: string) => string;
  /**
   * Knowledge bases, webhooks and subscriptions the plan covers. For a saved plan: planned again just now and found
   * identical to the file's (`savedResourcesStillHold`).
   */
  resources?: WorkspaceResources;
  /** A saved plan's definitions as loaded (names, not ids), for its digest check; default `definitions`. */
  loadedDefinitions?: AgentDefinition[];
  knowledgeBasesApi?: KnowledgeBasesApi;
  webhooksApi?: WebhooksApi;
  webhookHeaderKey?: Uint8Array;
  /** Per knowledge base: how long uploads and URLs may take to be processed. */
  kbProcessingTimeoutMs?: number;
}

/**
 * Recovery pre-pass (finish or clean an earlier run's leftovers, re-plan what it changed), then the engine, with every
 * step journaled. Never prints.
 */
export async function applyWorkspace(options: ApplyWorkspaceOptions): Promise<ApplyResult> {
  if (options.saved) assertDefinitionsUnchanged(options.plan, options.loadedDefinitions ?? options.definitions, options.digestKey);
  const resourceCtx = resourceContext(options);
  const built = buildTargets(options.plan, options.definitions, options.digestKey).map((t) => {
    const observed = options.saved ? undefined : options.observed?.get(t.plan.name);
    return observed ? { ...t, observed } : t;
  });
  const journal = openJournal({ dir: options.journalDir, runId: options.runId, onRecord: options.onRecord, redact: options.redact });
  const started = (options.now ?? Date.now)();
  let result: ApplyResult | undefined;
  try {
    // Read what earlier runs left before this run's own journal says anything.
    const view = inspectJournals(options.journalDir);
    journal.write({
      type: "run-start",
      pid: process.pid,
      host: hostname(),
      label: options.label,
      // The plan detected the model; an auto adapter that has made no call yet would still answer "versions".
      model: options.plan.target.apiModel,
      agents: built.filter((t) => t.plan.action !== "noop" && t.plan.action !== "unmanaged").length,
    });
    const recovery = await recoverLeftovers({
      api: options.api,
      versioning: options.versioning,
      targets: built,
      journal: view,
      concurrency: options.concurrency,
      securityCheckTimeoutMs: options.securityCheckTimeoutMs,
      sleep: options.sleep ?? sleep,
      now: options.now ?? Date.now,
      stopSignal: options.stopSignal,
      onAction: (a) => journal.write({ type: "recovery", ...a }),
    });
    let targets = options.saved ? await assertPlanFresh(recovery.targets, options.api, options.previews) : recovery.targets;
    // Knowledge bases ready and webhooks in place before any agent that uses them is published.
    // An interrupt before this point starts nothing immediate: no version would record it.
    const prepared = resourceCtx && !options.stopSignal?.aborted ? await prepareResources(resourceCtx) : undefined;
    const held = new Map<string, string>();
    if (prepared && options.resources) {
      const resolved = withResolvedReferences(targets, options.resources, prepared);
      targets = resolved.targets;
      for (const [name, why] of resolved.held) held.set(name, why);
    }
    // Never send "(known after apply …)" as an id.
    const unresolved = holdUnresolved(targets);
    targets = unresolved.targets;
    for (const [name, why] of unresolved.held) held.set(name, why);
    result = await runApply({
      api: options.api,
      versioning: options.versioning,
      previews: options.previews,
      targets,
      concurrency: options.concurrency,
      label: options.label,
      message: options.message,
      securityCheckTimeoutMs: options.securityCheckTimeoutMs,
      phoneNumberIds: options.phoneNumberIds,
      hooks: journaled(options.hooks, journal),
      stopSignal: options.stopSignal,
      sleep: options.sleep,
      now: options.now,
      runId: journal.runId,
      liveRunIds: view.liveRunIds,
    });
    if (held.size > 0) result = withHeldAgents(result, held, built);
    if (resourceCtx && prepared) {
      const ids = new Map(result.agents.map((a) => [a.name, a.id]));
      const notApplied = new Set(result.agents.filter((a) => a.status === "failed" || a.status === "skipped").map((a) => a.name));
      const finished = await finishResources(resourceCtx, prepared, { ids, notApplied, anyFailed: result.summary.failed > 0 });
      result.resources = [...prepared.results, ...finished].sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name));
      if (result.resources.some((r) => r.status === "failed" || r.status === "skipped")) result.ok = false;
    }
    result.recovery = recovery.actions;
    result.runId = journal.runId;
    if (journal.file) result.journalFile = journal.file;
    return result;
  } finally {
    const summary = result?.summary ?? { applied: 0, failed: 0, skipped: 0, unchanged: 0 };
    journal.write({
      type: "run-end",
      ok: result?.ok ?? false,
      cancelled: result?.cancelled ?? options.stopSignal?.aborted ?? false,
      summary,
      durationMs: (options.now ?? Date.now)() - started,
      // Settled by the run's own calls: on a workspace that was empty at plan time the plan could only guess.
      model: options.versioning.known === false ? options.plan.target.apiModel : options.versioning.model,
    });
    journal.close();
    if (options.journalDir) pruneJournals(options.journalDir);
  }
}

function resourceContext(options: ApplyWorkspaceOptions): ResourceApplyContext | undefined {
  const r = options.resources;
  if (!r || !r.plans.some((p) => p.action !== "noop" && p.action !== "unmanaged")) return undefined;
  if (!options.knowledgeBasesApi || !options.webhooksApi || !options.webhookHeaderKey) throw new UserInputError("knowledge bases and webhooks need a client that can reach them");
  return {
    kb: options.knowledgeBasesApi,
    hooks: options.webhooksApi,
    headerKey: options.webhookHeaderKey,
    plans: r.plans,
    knowledgeBases: r.knowledgeBases,
    webhooks: r.webhooks,
    identity: r.identity,
    sleep: options.sleep ?? sleep,
    now: options.now ?? Date.now,
    ...(options.kbProcessingTimeoutMs !== undefined ? { processingTimeoutMs: options.kbProcessingTimeoutMs } : {}),
  };
}

/**
 * A saved plan's resource changes have no precondition the platform checks (nothing is versioned): they hold only
 * when planning them again now gives exactly the reviewed changes.
 */
export function savedResourcesStillHold(saved: Plan, fresh: Plan): void {
  const reasons = staleResources(saved, fresh);
  if (reasons.length > 0) throw new StalePlanError(reasons);
}

/** Why a saved plan's resource changes no longer hold: none, or the resources whose planned change differs now. */
export function staleResources(saved: Plan, fresh: Plan): StaleReason[] {
  const docs = (p: Plan): Array<{ key: string; text: string }> => {
    const list = planDocument(p).resources;
    return (Array.isArray(list) ? list : [])
      .filter((r) => (r as { action?: string }).action !== "noop")
      .map((r) => ({ key: `${(r as { kind?: string }).kind} ${(r as { name?: string }).name}`, text: JSON.stringify(r) }));
  };
  const before = docs(saved);
  const now = docs(fresh);
  if (JSON.stringify(before) === JSON.stringify(now)) return [];
  const differs = (a: typeof now, b: typeof now) => a.filter((x) => !b.some((y) => y.text === x.text)).map((x) => x.key);
  const names = [...new Set([...differs(now, before), ...differs(before, now)])].sort();
  return [{ kind: "resources-moved", resources: names }];
}

/** Agents held back because a knowledge base they use is not ready: skipped, their live versions untouched. */
function withHeldAgents(result: ApplyResult, held: Map<string, string>, built: ApplyTarget[]): ApplyResult {
  const agents = [...result.agents];
  for (const [name, why] of held) {
    const t = built.find((b) => b.plan.name === name);
    agents.push({ name, id: t?.plan.id ?? null, action: t?.plan.action ?? "update", status: "skipped", error: { step: "precondition", message: why }, changedPaths: t?.plan.changes.map((c) => c.path) ?? [], durationMs: 0, polls: 0 });
  }
  agents.sort((a, b) => a.name.localeCompare(b.name));
  const summary = { applied: 0, failed: 0, skipped: 0, unchanged: 0 };
  for (const a of agents) summary[a.status]++;
  return { ...result, agents, summary, ok: summary.failed === 0 && summary.skipped === 0 };
}

/** Journal first, then the caller's hooks: a record exists before anything is shown (or the process dies). */
function journaled(hooks: ApplyHooks | undefined, journal: JournalWriter): ApplyHooks {
  return {
    onAgentStart: (p) => hooks?.onAgentStart?.(p),
    onStep: (e) => {
      journal.write({ type: "step", ...e });
      hooks?.onStep?.(e);
    },
    onAgentDone: (r) => {
      journal.write({ type: "agent", ...r });
      hooks?.onAgentDone?.(r);
    },
  };
}

function buildTargets(plan: Plan, definitions: AgentDefinition[], digestKey: Uint8Array | undefined): ApplyTarget[] {
  const byName = new Map(definitions.map((d) => [d.metadata.name, d]));
  const missing: string[] = [];
  const targets = plan.agents.map((agentPlan): ApplyTarget => {
    const definition = byName.get(agentPlan.name);
    if (!definition && (agentPlan.action === "create" || agentPlan.action === "update")) missing.push(agentPlan.name);
    return digestKey ? { plan: agentPlan, definition, digestKey } : { plan: agentPlan, definition };
  });
  if (missing.length > 0) {
    throw new UserInputError(
      `the plan changes ${missing.join(", ")} but no definition with that name was found in ${plan.source.dir}; apply a plan from the same checkout it was made in`,
    );
  }
  return targets;
}

/**
 * A saved plan applies exactly what was reviewed: the definitions it covers must still digest to its `configDigest`
 * (the one check that covers creates, which no live read can), and no agent it archives may have a definition again.
 * Local and cheap, so it runs before anything is read or written.
 */
function assertDefinitionsUnchanged(plan: Plan, definitions: readonly AgentDefinition[], digestKey: Uint8Array | undefined): void {
  const reasons: StaleReason[] = [];
  const planned = new Set(plan.agents.filter((a) => a.action === "create" || a.action === "update" || a.action === "noop").map((a) => a.name));
  const bare = definitionsDigest(definitions.filter((d) => planned.has(d.metadata.name)));
  const now = digestKey ? keyConfigDigest(bare, digestKey) : bare;
  if (now !== plan.source.configDigest) reasons.push({ kind: "definitions-changed", planned: plan.source.configDigest, now });
  for (const a of plan.agents) {
    if (a.action === "archive" && definitions.some((d) => d.metadata.name === a.name)) reasons.push({ kind: "definition-returned", agent: a.name });
  }
  if (reasons.length > 0) throw new StalePlanError(reasons);
}

/** Terraform's "saved plan is stale", for a SaaS with no state file: every live object must be what the plan read. */
async function assertPlanFresh(targets: ApplyTarget[], api: AgentsApi, previews?: PreviewPort): Promise<ApplyTarget[]> {
  const reasons: StaleReason[] = [];
  const existing = targets.some((t) => t.plan.action === "create") ? await api.listAgents() : [];
  const read = new Map<ApplyTarget, ObservedAgent>();
  await Promise.all(
    targets.map(async (target) => {
      const { plan, definition } = target;
      if (plan.action === "create") {
        // The first-plan hole: an agent created by someone else since the plan would be duplicated.
        if (existing.some((a) => a.name === plan.name)) reasons.push({ kind: "now-exists", agent: plan.name });
        return;
      }
      if (plan.action !== "update" && plan.action !== "archive") return;
      if (!plan.id) return;
      const observed = await api.getAgent(plan.id);
      read.set(target, observed);
      // Already promoted (an earlier apply of this plan stopped after the switch): the engine only verifies.
      if (plan.preview && previews && observed.activeVersionId === plan.preview.versionId) return;
      try {
        if (plan.action === "update" && definition) checkPlanStillHolds(plan, definition, observed, target.digestKey);
        if (plan.action === "update" && plan.preview && previews) {
          const moved = await previews.promotable(plan.id, plan.preview);
          if (moved) reasons.push({ kind: "preview-moved", agent: plan.name, detail: moved });
        }
        else if (plan.baseVersionId && observed.activeVersionId !== plan.baseVersionId) {
          reasons.push({ kind: "live-moved", agent: plan.name, detail: `the active version is ${observed.activeVersionId}, the plan was made from ${plan.baseVersionId}` });
        }
      } catch (err) {
        const detail = err instanceof AgentStepError && err.detail ? err.detail : err instanceof Error ? err.message : String(err);
        reasons.push({ kind: "live-moved", agent: plan.name, detail });
      }
    }),
  );
  const order = (r: StaleReason) => ("agent" in r ? r.agent : "");
  if (reasons.length > 0) throw new StalePlanError(reasons.sort((a, b) => order(a).localeCompare(order(b))));
  // What was just read is what the engine would read again first: hand it over.
  return targets.map((t) => (read.has(t) ? { ...t, observed: read.get(t)! } : t));
}
