import { AgentStepError, runApply, checkPlanStillHolds, type ApplyHooks, type ApplyResult, type ApplyTarget, type RunSettings } from "../apply/index.js";
import { inspectJournals, journalDirFor, openJournal, pruneJournals, type JournalWriter, type OpenJournalOptions } from "../recovery/journal.js";
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
import type { AgentsApi } from "../model/versioning.js";
import type { PreviewPort } from "../model/preview.js";
import { finishResources, prepareResources, type ResourceApplyContext } from "../apply/resource-flow.js";
import { holdUnresolved, withResolvedReferences } from "./resolve-targets.js";
import type { WorkspaceResources } from "./resource-reads.js";
import { defaultLabel, type ApplySettings } from "./apply-settings.js";

/** What one apply applies; how it applies comes separately, as `ApplySettings`. */
export interface ApplyWork {
  plan: Plan;
  /** Definitions with real values, at least one per create/update agent of the plan. */
  definitions: AgentDefinition[];
  /** Promotes the agents a saved preview plan verified (`preview --out`); without it they take the normal flow. */
  previews?: PreviewPort;
  /**
   * A plan from a file (reviewed earlier): re-read every agent first and refuse the whole plan, writing nothing,
   * when any precondition moved. A plan made in this same run (the default) skips the pre-pass (the engine re-checks
   * per agent). `openSavedPlan` sets it.
   */
  saved?: boolean;
  /** Key of the saved plan's secret digests (`Plan.secretDigests`); required when the plan has them. */
  digestKey?: Uint8Array;
  /** The agents as the plan read them (a plan made in this run): spares the engine a read per agent. */
  observed?: Map<string, ObservedAgent | null>;
  phoneNumberIds?: Record<string, string>;
  /**
   * Knowledge bases, webhooks and subscriptions the plan covers. For a saved plan: planned again just now and found
   * identical to the file's (`openSavedPlan`).
   */
  resources?: WorkspaceResources;
  /** A saved plan's definitions as loaded (names, not ids), for its digest check; default `definitions`. */
  loadedDefinitions?: AgentDefinition[];
}

/**
 * Recovery pre-pass (finish or clean an earlier run's leftovers, re-plan what it changed), then the engine, with every
 * step journaled. Never prints.
 */
export async function applyWorkspace(work: ApplyWork, settings: ApplySettings): Promise<ApplyResult> {
  const clock = settings.clock ?? {};
  const journalSettings = journalWithDefaults(settings.journal);
  const label = settings.label ?? defaultLabel(work.plan.source.gitSha, new Date((clock.now ?? Date.now)()));
  // What the engine and the recovery pre-pass take: the caller's settings with the label decided.
  const run: RunSettings = { label, message: settings.message, limits: settings.limits, hooks: settings.hooks, stopSignal: settings.stopSignal, clock };
  const api = settings.client;
  const versioning = api.versioning();
  if (work.saved) assertDefinitionsUnchanged(work.plan, work.loadedDefinitions ?? work.definitions, work.digestKey);
  const resourceCtx = resourceContext(work, settings);
  const built = buildTargets(work.plan, work.definitions, work.digestKey).map((t) => {
    const observed = work.saved ? undefined : work.observed?.get(t.plan.name);
    return observed ? { ...t, observed } : t;
  });
  const journal = openJournal(journalSettings);
  const started = (clock.now ?? Date.now)();
  let result: ApplyResult | undefined;
  try {
    // Read what earlier runs left before this run's own journal says anything.
    const view = inspectJournals(journalSettings.dir);
    journal.write({
      type: "run-start",
      pid: process.pid,
      host: hostname(),
      label,
      // The plan detected the model; an auto adapter that has made no call yet would still answer "versions".
      model: work.plan.target.apiModel,
      agents: built.filter((t) => t.plan.action !== "noop" && t.plan.action !== "unmanaged").length,
    });
    const recovery = await recoverLeftovers({
      api,
      versioning,
      targets: built,
      journal: view,
      settings: run,
      onAction: (a) => journal.write({ type: "recovery", ...a }),
    });
    let targets = work.saved ? await assertPlanFresh(recovery.targets, api, work.previews) : recovery.targets;
    // Knowledge bases ready and webhooks in place before any agent that uses them is published.
    // An interrupt before this point starts nothing immediate: no version would record it.
    const prepared = resourceCtx && !settings.stopSignal?.aborted ? await prepareResources(resourceCtx) : undefined;
    const held = new Map<string, string>();
    if (prepared && work.resources) {
      const resolved = withResolvedReferences(targets, work.resources, prepared);
      targets = resolved.targets;
      for (const [name, why] of resolved.held) held.set(name, why);
    }
    // Never send "(known after apply …)" as an id.
    const unresolved = holdUnresolved(targets);
    targets = unresolved.targets;
    for (const [name, why] of unresolved.held) held.set(name, why);
    result = await runApply({
      api,
      versioning,
      previews: work.previews,
      targets,
      settings: { ...run, hooks: journaled(settings.hooks, journal) },
      phoneNumberIds: work.phoneNumberIds,
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
    // The whole run, not the engine's part: knowledge-base uploads and webhook writes happen around it, and a run of
    // those alone would report 0.0 s.
    result.durationMs = (clock.now ?? Date.now)() - started;
    result.runId = journal.runId;
    if (journal.file) result.journalFile = journal.file;
    return result;
  } finally {
    const summary = result?.summary ?? { applied: 0, failed: 0, skipped: 0, unchanged: 0 };
    journal.write({
      type: "run-end",
      ok: result?.ok ?? false,
      cancelled: result?.cancelled ?? settings.stopSignal?.aborted ?? false,
      summary,
      durationMs: (clock.now ?? Date.now)() - started,
      // Settled by the run's own calls: on a workspace that was empty at plan time the plan could only guess.
      model: versioning.known === false ? work.plan.target.apiModel : versioning.model,
    });
    journal.close();
    if (journalSettings.dir) pruneJournals(journalSettings.dir);
  }
}

/** The CLI's journal unless the caller chose another directory or none. */
function journalWithDefaults(given: ApplySettings["journal"] = {}): OpenJournalOptions {
  const { dir, ...rest } = given;
  if (dir === false) return rest;
  return { ...rest, dir: dir ?? journalDirFor(process.cwd()) };
}

function resourceContext(work: ApplyWork, settings: ApplySettings): ResourceApplyContext | undefined {
  const r = work.resources;
  if (!r || !r.plans.some((p) => p.action !== "noop" && p.action !== "unmanaged")) return undefined;
  const { client } = settings;
  return {
    kb: client.knowledgeBases,
    hooks: client.webhooks,
    headerKey: client.webhookHeaderKey,
    plans: r.plans,
    knowledgeBases: r.knowledgeBases,
    webhooks: r.webhooks,
    identity: r.identity,
    sleep: settings.clock?.sleep ?? sleep,
    now: settings.clock?.now ?? Date.now,
    ...(settings.limits?.kbProcessingTimeoutMs !== undefined ? { processingTimeoutMs: settings.limits.kbProcessingTimeoutMs } : {}),
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
