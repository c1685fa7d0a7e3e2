import type { AgentDefinition } from "../model/definition.js";
import type { JsonObject, JsonValue } from "../model/json.js";
import type { ObservedAgent } from "../model/observed.js";
import type { AgentPlan, FieldChange } from "../model/plan.js";
import { PROTECT_MARKER, isAbandonedDraft, type AgentsApi, type DraftHandle, type PublishedHandle, type VersioningAdapter } from "../model/versioning.js";
import { buildDraftBody, buildMetadataBody, canonicalJson, diffAgent, keyChangeDigests, maskChange, mismatchedFields, specToCreateBody } from "../plan/index.js";
import type { PreviewPort } from "../model/preview.js";
import type { SecurityCheckWaiter } from "./security-check.js";
import { isOurDraft, runIdOfDraft } from "./draft-name.js";
import { AgentStepError, errorMessage, stepRunner } from "./steps.js";
import type { AgentResult, ApplyTarget, RunSettings } from "./types.js";

/** What one agent's flow needs from the run. */
export interface FlowContext {
  api: AgentsApi;
  versioning: VersioningAdapter;
  previews?: PreviewPort;
  waiter: SecurityCheckWaiter;
  /** Runs `fn` while holding one of the run's request slots. */
  withSlot<T>(fn: () => Promise<T>): Promise<T>;
  /** The run's settings, as the engine was given them. */
  settings: RunSettings;
  /** `settings.clock.now`, or the system clock. */
  now: () => number;
  draftName: string;
  phoneNumberIds: Record<string, string>;
  runId?: string;
  liveRunIds?: ReadonlySet<string>;
}

/**
 * One agent, start to finish. Every failure before activation discards the draft and leaves the active version
 * untouched; the error is reported as this agent's result, never thrown to the run.
 */
export async function applyAgent(target: ApplyTarget, ctx: FlowContext): Promise<AgentResult> {
  const { plan } = target;
  const started = ctx.now();
  const result: AgentResult = {
    name: plan.name,
    id: plan.id,
    action: plan.action,
    status: "unchanged",
    changedPaths: plan.changes.map((c) => c.path),
    durationMs: 0,
    polls: 0,
  };
  if (target.recovered) result.recovered = target.recovered;
  ctx.settings.hooks?.onAgentStart?.(plan);
  try {
    if (plan.action === "archive") await archive(target, ctx, result);
    else if (plan.action === "create" || plan.action === "update") await converge(target, ctx, result);
    if (plan.action !== "noop" && plan.action !== "unmanaged" && result.status === "unchanged") result.status = "applied";
  } catch (err) {
    result.status = err instanceof SkipAgent ? "skipped" : "failed";
    result.error =
      err instanceof AgentStepError
        ? { step: err.step, message: err.message, code: err.code }
        : { step: "precondition", message: errorMessage(err) };
  }
  result.durationMs = ctx.now() - started;
  ctx.settings.hooks?.onAgentDone?.(result);
  return result;
}

/** Stopping on request is not a failure: the agent was left exactly as it was. */
class SkipAgent extends AgentStepError {}

async function archive(target: ApplyTarget, ctx: FlowContext, result: AgentResult): Promise<void> {
  const id = target.plan.id;
  if (!id) throw new AgentStepError("precondition", "archive action without an agent id");
  const step = stepRunner(target.plan.name, ctx.settings.hooks, ctx.now);
  await ctx.withSlot(() => step("archive", { agentId: id }, () => ctx.api.archiveAgent(id, true)));
  result.status = "applied";
}

type Step = ReturnType<typeof stepRunner>;

/** What the request phase leaves for the check wait and activation: a publish (if config changed) and the metadata. */
interface Published {
  id: string;
  metadata: FieldChange[];
  /** Absent when no config changed: nothing to wait for or activate. */
  version?: { handle: PublishedHandle; at: number; draft: DraftHandle };
}

/** The active version as the check's polls last saw it: `id: null` = the base is listed and no longer active. */
type ActiveSeen = { id: string | null } | undefined;

async function converge(target: ApplyTarget, ctx: FlowContext, result: AgentResult): Promise<void> {
  const { plan, definition } = target;
  if (!definition) throw new AgentStepError("precondition", "no definition for this agent");
  const step = stepRunner(plan.name, ctx.settings.hooks, ctx.now);
  if (plan.action === "update" && plan.preview && ctx.previews) return promote(target, definition, ctx, result, step);

  // The request phases hold a slot; the security check takes seconds, and other agents use the slot meanwhile.
  const published = await ctx.withSlot(() => prepareAndPublish(target, definition, ctx, result, step));
  const activeSeen = published.version ? await awaitCheck(published.id, published.version, ctx, result, step) : undefined;
  await ctx.withSlot(async () => {
    if (published.version) await activateAndVerify(published.id, published.version, activeSeen, definition, ctx, result, step);
    await writeMetadata(published.id, definition, published.metadata, ctx, step);
  });
  result.status = "applied";
}

/** Create if needed, read, check the plan still holds, then publish the config changes through a draft. */
async function prepareAndPublish(target: ApplyTarget, definition: AgentDefinition, ctx: FlowContext, result: AgentResult, step: Step): Promise<Published> {
  const { plan } = target;
  let agentId = plan.id;
  if (plan.action === "create") {
    agentId = await step("create", {}, () => ctx.api.createAgent(specToCreateBody(definition)), (id) => ({ ids: { agentId: id } }));
    result.id = agentId;
  }
  if (!agentId) throw new AgentStepError("precondition", "update action without an agent id");
  const id = agentId;
  // A plan made moments ago in this run already read the agent; the draft verification re-checks it before publish.
  const observed =
    plan.action === "update" && target.observed?.id === id ? target.observed : await step("read-active", { agentId: id }, () => ctx.api.getAgent(id));
  if (plan.action === "update") checkPlanStillHolds(plan, definition, observed, target.digestKey);

  // After create, the agent holds what POST /agent stored; whatever it ignored (phone numbers, fields the server
  // overwrote) is still a difference and goes through the same versioned flow.
  const { changes } = diffAgent(definition, observed);
  const config = changes.filter((c) => c.kind === "config");
  const metadata = changes.filter((c) => c.kind === "metadata");
  if (config.length === 0) {
    // A created agent with nothing left to publish would carry only the platform's "V1" label, and prune could never
    // tell it is ours: label that version instead (v1; revisions cannot be relabelled, see docs/operations.md).
    if (plan.action === "create" && observed.activeVersionId && ctx.versioning.labelVersion) {
      const v1 = observed.activeVersionId;
      await step("label-version", { agentId: id, versionId: v1 }, () => ctx.versioning.labelVersion!(id, v1, labelFor(ctx.settings.label, definition)));
    }
    return { id, metadata };
  }
  if (!observed.activeVersionId) throw new AgentStepError("read-active", "the agent has no active version to fork from");
  return { id, metadata, version: await publishDraft(target, definition, id, observed, observed.activeVersionId, config, ctx, step) };
}

/** Fork, patch, verify, re-check, publish. Any failure discards the draft: the active version stays untouched. */
async function publishDraft(
  target: ApplyTarget,
  definition: AgentDefinition,
  id: string,
  observed: ObservedAgent,
  base: string,
  config: FieldChange[],
  ctx: FlowContext,
  step: Step,
): Promise<NonNullable<Published["version"]>> {
  let draft: DraftHandle = await step(
    "open-draft",
    { agentId: id },
    () => ctx.versioning.openDraft(id, base, ctx.draftName),
    (d) => ({ ids: { agentId: id, draftId: d.draftId, branchId: d.branchId } }),
  );
  try {
    const body = buildDraftBody(config, observed.resolved, definition.spec);
    draft = await step("patch-draft", idsOf(draft), () => ctx.versioning.patchDraft(draft, body), (d) => ({
      ids: idsOf(d),
      detail: `fields ${Object.keys(body).join(", ")}`,
    }));
    // GET /agent/{id}?draftId= answers with the draft's resolved config AND the agent's current active version:
    // one read verifies what was stored and re-checks that nobody moved the agent meanwhile.
    const view = await step("verify-draft", idsOf(draft), async () =>
      draft.draftId
        ? await ctx.api.getAgent(id, { draftId: draft.draftId })
        : { resolved: await ctx.versioning.readDraft(draft), activeVersionId: undefined },
    );
    const stored = view.resolved;
    const missing = mismatchedFields(definition, stored);
    if (missing.length > 0) {
      throw new AgentStepError(
        "verify-draft",
        `the API did not store ${missing.join(", ")} (silently dropped or changed); nothing was published`,
        "field_not_stored",
      );
    }
    if (ctx.settings.stopSignal?.aborted) throw new SkipAgent("publish", "stopped before publishing (interrupt); draft discarded");
    await step("recheck-base", idsOf(draft), async () => {
      const activeNow = view.activeVersionId !== undefined ? view.activeVersionId : (await ctx.api.getAgent(id)).activeVersionId;
      if (activeNow !== base) {
        throw new AgentStepError(
          "recheck-base",
          `someone else changed the agent meanwhile (active version ${base} -> ${activeNow}); nothing was published. Run plan again.`,
          "concurrent_change",
        );
      }
      // Where the platform serializes writers itself (expectedRevision, one draft per branch) there is no rival fork.
      if (ctx.versioning.traits.forkPerRun) await assertNoRivalRun(target, draft, ctx);
    });
    const handle = await step(
      "publish",
      idsOf(draft),
      () => ctx.versioning.publish(draft, { label: labelFor(ctx.settings.label, definition), description: ctx.settings.message ?? describeChanges(config) }),
      (p) => ({ ids: { ...idsOf(draft), versionId: p.versionId } }),
    );
    return { handle, at: ctx.now(), draft };
  } catch (err) {
    await discardQuietly(draft, ctx, step);
    throw explainLostDraft(err, draft);
  }
}

/**
 * Waits out the security check without a slot, polls included. Where activation is a step of its own, the poll reads the newest
 * versions: one request shows our check AND which version is active, so a version someone else activated meanwhile
 * is seen without a read of its own before ours is activated. Returns that last sighting.
 */
async function awaitCheck(id: string, version: NonNullable<Published["version"]>, ctx: FlowContext, result: AgentResult, step: Step): Promise<ActiveSeen> {
  const { handle, at, draft } = version;
  let activeSeen: ActiveSeen;
  const pollVersion = async () => {
    if (ctx.versioning.traits.publishServes) return ctx.versioning.getVersion(handle);
    const newest = await ctx.versioning.listVersions(handle.agentId, { newest: POLL_WINDOW });
    const mine = newest.find((v) => v.id === handle.versionId);
    const active = newest.find((v) => v.isActive);
    const baseListed = newest.some((v) => v.id === draft.baseVersionId);
    // The active version is known when it is listed, or when the base is listed and no longer active.
    activeSeen = active ? { id: active.id } : baseListed ? { id: null } : undefined;
    return mine ?? ctx.versioning.getVersion(handle);
  };
  const outcome = await step(
    "await-check",
    { agentId: id, versionId: handle.versionId },
    async () => {
      try {
        // A poll takes no agent slot: behind the agents still queued to start, a due poll would wait for every one of
        // them, and the check time learned from it would grow by that wait. The client orders it behind writes instead.
        return await ctx.waiter.waitFor(at, pollVersion, ctx.settings.stopSignal);
      } catch (err) {
        // What this run reports must be what the platform ends up doing. v2: a scan left running commits when it
        // passes, whatever the client said, so it is cancelled (a cancelled scan never commits); if it ended first,
        // that is the truth to report. v1: the version stays published but inactive (publishing never serves), and
        // the next run's recovery activates it.
        const withdrawn = await withdrawPublish(handle, ctx, step);
        if (withdrawn === "already-passed") return { status: "passed" as const, polls: 0 };
        await discardQuietly(draft, ctx, step);
        const left =
          withdrawn === "cancelled"
            ? `the pending publish was cancelled: nothing went live, the live version is unchanged`
            : withdrawn === "unknown"
              ? `the pending publish could not be cancelled and may still go live; the next apply reports what did`
              : `version ${handle.versionId} is published but not active; the next apply activates it`;
        if (ctx.settings.stopSignal?.aborted) throw new SkipAgent("await-check", `stopped while the security check ran (interrupt); ${left}`);
        if (err instanceof Error) err.message = `${err.message}; ${left}`;
        throw err;
      }
    },
    (o) => ({ detail: `${o.status} after ${o.polls} poll(s)` }),
  );
  result.polls = outcome.polls;
  if (outcome.status === "failed") {
    // v2 keeps the draft open after a failed scan; v1 already consumed it (discard is then a no-op).
    await discardQuietly(draft, ctx, step);
    throw new AgentStepError("await-check", `security check failed: ${outcome.reason}; the active version is unchanged`, "security_check_failed");
  }
  return activeSeen;
}

/** Switch traffic to the published version (unless a rival activated first), then prove it serves the definition. */
async function activateAndVerify(
  id: string,
  version: NonNullable<Published["version"]>,
  activeSeen: ActiveSeen,
  definition: AgentDefinition,
  ctx: FlowContext,
  result: AgentResult,
  step: Step,
): Promise<void> {
  const { handle, draft } = version;
  await step("activate", { agentId: id, versionId: handle.versionId }, async () => {
    if (!ctx.versioning.traits.publishServes) {
      // Last look before switching traffic: a rival run that activated first wins; ours stays published, inactive.
      const activeId = activeSeen ? activeSeen.id : (await ctx.api.getAgent(id)).activeVersionId;
      const base = draft.baseVersionId;
      if (base && activeId !== base && activeId !== handle.versionId) {
        throw new AgentStepError(
          "activate",
          `someone else activated version ${activeId ?? "(another one)"} while ours (${handle.versionId}) was in its security check; ours was not activated. Run plan again.`,
          "concurrent_change",
        );
      }
    }
    await ctx.versioning.activate(handle);
  });
  await step("verify-live", { agentId: id, versionId: handle.versionId }, async () => {
    const live = await ctx.api.getAgent(id);
    if (live.activeVersionId !== handle.versionId) {
      throw new AgentStepError(
        "verify-live",
        `after activation the active version is ${live.activeVersionId}, not ${handle.versionId}`,
        "activation_not_visible",
      );
    }
    const wrong = mismatchedFields(definition, live.resolved);
    if (wrong.length > 0) throw new AgentStepError("verify-live", `live config differs after activation: ${wrong.join(", ")}`, "live_mismatch");
  });
  result.versionId = handle.versionId;
}

async function writeMetadata(
  id: string,
  definition: AgentDefinition,
  metadata: FieldChange[],
  ctx: FlowContext,
  step: Step,
): Promise<void> {
  if (metadata.length === 0) return;
  const body: JsonObject = buildMetadataBody(metadata, ctx.phoneNumberIds);
  await step("update-metadata", { agentId: id }, () => ctx.api.updateAgentMetadata(id, body), () => ({
    detail: `fields ${Object.keys(body).join(", ")}`,
  }));
  await step("verify-metadata", { agentId: id }, async () => {
    const after = await ctx.api.getAgent(id);
    const left = diffAgent(definition, after).changes.filter((c) => c.kind === "metadata");
    if (left.length > 0) {
      throw new AgentStepError("verify-metadata", `metadata not stored: ${left.map((c) => c.path).join(", ")}`, "field_not_stored");
    }
  });
}

/**
 * A previewed agent: the platform already stored, diffed and checked exactly this change. Make that revision/version
 * live (one request), verify, then the metadata. No draft, no publish, no security-check wait.
 */
async function promote(
  target: ApplyTarget,
  definition: AgentDefinition,
  ctx: FlowContext,
  result: AgentResult,
  step: Step,
): Promise<void> {
  const { plan } = target;
  const record = plan.preview!;
  const id = plan.id!;
  await ctx.withSlot(async () => {
    const observed = target.observed?.id === id ? target.observed : await step("read-active", { agentId: id }, () => ctx.api.getAgent(id));
    if (observed.activeVersionId !== record.versionId) {
      checkPlanStillHolds(plan, definition, observed, target.digestKey);
      const moved = await ctx.previews!.promotable(id, record);
      if (moved) throw stalePlan(moved);
    }
    const ids = { agentId: id, versionId: record.versionId, ...(record.branchId ? { branchId: record.branchId } : {}) };
    const { previousLiveBranchId } = await step("promote", ids, () => ctx.previews!.promote(id, record));
    await step("verify-live", ids, async () => {
      const live = await ctx.api.getAgent(id);
      if (live.activeVersionId !== record.versionId) {
        throw new AgentStepError("verify-live", `after promotion the active version is ${live.activeVersionId}, not ${record.versionId}`, "activation_not_visible");
      }
      const wrong = mismatchedFields(definition, live.resolved);
      if (wrong.length > 0) throw new AgentStepError("verify-live", `live config differs after promotion: ${wrong.join(", ")}`, "live_mismatch");
    });
    result.versionId = record.versionId;
    // The branch that stopped serving is archived when a preview made it; Main and foreign branches stay.
    if (previousLiveBranchId && ctx.previews!.retire) {
      const retire = ctx.previews!.retire.bind(ctx.previews);
      await step("archive-branch", { agentId: id, branchId: previousLiveBranchId }, () => retire(id, previousLiveBranchId)).catch(() => false);
    }
    await writeMetadata(id, definition, plan.changes.length ? diffAgent(definition, observed).changes.filter((c) => c.kind === "metadata") : [], ctx, step);
  });
  result.status = "applied";
}

/** The run's label, plus the protect marker for a protected definition (so prune respects it after the file is gone). */
function labelFor(label: string, definition: AgentDefinition): string {
  return definition.metadata.protect ? `${label} ${PROTECT_MARKER}` : label;
}

/** How many newest versions a v1 security-check poll reads (ours and, normally, the active one). */
const POLL_WINDOW = 10;

/**
 * Two applies on one v1 agent fork two drafts from the same version; without this both would publish. The run whose
 * draft is older wins; the other sees the rival's draft (or the version it already published) and backs off.
 */
async function assertNoRivalRun(target: ApplyTarget, draft: DraftHandle, ctx: FlowContext): Promise<void> {
  const drafts = await ctx.versioning.listDrafts(draft.agentId);
  const older = drafts.filter(
    (d) => d.draftId !== draft.draftId && isOurDraft(d.name) && runIdOfDraft(d.name) !== (ctx.runId ?? null) && d.draftId < draft.draftId,
  );
  // An older draft of ours is a rival unless it is abandoned (untouched for 15 minutes): a run elsewhere (another
  // checkout, another runner) has no journal here, and discarding its draft would fail it with a bare 404. Leftovers
  // of a run killed in this repository were already discarded by the recovery pre-pass, which has the journal's proof.
  const now = ctx.now();
  const rival = older.find((d) => {
    const runId = runIdOfDraft(d.name);
    return (runId !== null && (ctx.liveRunIds?.has(runId) ?? false)) || !isAbandonedDraft(d, now);
  });
  for (const d of older.filter((x) => x !== rival && isAbandonedDraft(x, now))) {
    await ctx.versioning.discard({ agentId: draft.agentId, draftId: d.draftId, baseVersionId: d.baseVersionId ?? "" });
    ctx.settings.hooks?.onStep?.({
      agent: target.plan.name,
      step: "discard-draft",
      phase: "done",
      ids: { agentId: draft.agentId, draftId: d.draftId },
      detail: `discarded abandoned draft ${d.draftId}${runIdOfDraft(d.name) ? ` of run ${runIdOfDraft(d.name)}` : ""} (untouched for 15 minutes or more)`,
    });
  }
  if (rival) {
    const who = runIdOfDraft(rival.name);
    throw new AgentStepError(
      "recheck-base",
      `another atoms-gitops run${who ? ` (run ${who})` : ""} is applying this agent (its draft ${rival.draftId} is older than ours); nothing was published. Run plan again when it is done.`,
      "concurrent_change",
    );
  }
  if (!target.knownVersionIds) return;
  const known = new Set(target.knownVersionIds);
  const fresh = (await ctx.versioning.listVersions(draft.agentId)).filter((v) => !known.has(v.id) && v.securityCheck?.status !== "failed");
  if (fresh.length > 0) {
    const v = fresh[0]!;
    throw new AgentStepError(
      "recheck-base",
      `version ${v.id}${v.label ? ` ("${v.label}")` : ""} was published while this run was applying; not publishing a second one. Run plan again.`,
      "concurrent_change",
    );
  }
}

function idsOf(draft: DraftHandle) {
  return { agentId: draft.agentId, draftId: draft.draftId, branchId: draft.branchId };
}

async function discardQuietly(draft: DraftHandle, ctx: FlowContext, step: Step): Promise<void> {
  // v2 before the first write answered: no draft id to discard. If the write did land (answer lost), the journal
  // shows a draft write without a result, and the next run's recovery discards the draft it finds.
  if (!draft.draftId) return;
  try {
    await step("discard-draft", idsOf(draft), () => ctx.versioning.discard(draft));
  } catch {
    // Best effort: the original failure is what the user needs to see; a leftover draft is found by the next run.
  }
}

/**
 * The plan said "from X, change these fields to these values". Refuse when the agent moved on, or when the changes
 * computed now are not exactly the planned ones (definitions edited after planning): apply what was reviewed, or nothing.
 */
export function checkPlanStillHolds(plan: AgentPlan, definition: AgentDefinition, observed: ObservedAgent, digestKey?: Uint8Array): void {
  if (plan.baseVersionId && observed.activeVersionId !== plan.baseVersionId) {
    throw stalePlan(`the active version is ${observed.activeVersionId}, the plan was made from ${plan.baseVersionId}`);
  }
  // Compare in the plan's own (masked) terms: a plan file holds digests, never the secrets themselves.
  // A saved plan's secret digests are keyed: key both sides alike so an unchanged secret compares equal.
  const keyed = (c: FieldChange): FieldChange => (digestKey ? keyChangeDigests(c, digestKey) : c);
  const planned = plan.changes.map(keyed);
  const now = diffAgent(definition, observed).changes.map((c) => keyed(maskChange(c, definition)));
  const expected = new Set(planned.map(fingerprint));
  const actual = new Set(now.map(fingerprint));
  const same = expected.size === actual.size && [...expected].every((f) => actual.has(f));
  if (!same) {
    const differing = [...new Set([...planned, ...now].map((c) => c.path))].filter(
      (p) => !planned.some((c) => c.path === p && actual.has(fingerprint(c))),
    );
    // The active version is still the planned one, so the agent did not move: the difference is on our side.
    throw stalePlan(
      `the plan file does not match the planned version and the definitions at ${differing.join(", ") || "metadata"}; the agent has not moved since planning, so the plan file was edited or the definitions changed`,
    );
  }
}

/**
 * Stops a publish whose check is still running. "cancelled": nothing will go live; "already-passed": the check passed
 * before the cancel arrived (the revision is live: finish the agent as applied); "not-cancellable": the model cannot
 * withdraw a publish (v1, where nothing is live until activation); "unknown": the cancel itself failed.
 */
async function withdrawPublish(
  handle: PublishedHandle,
  ctx: FlowContext,
  step: Step,
): Promise<"cancelled" | "already-passed" | "not-cancellable" | "unknown"> {
  if (!ctx.versioning.traits.publishServes || !ctx.versioning.cancelPublish) return "not-cancellable";
  try {
    const cancelled = await step("cancel-publish", { agentId: handle.agentId, versionId: handle.versionId }, () => ctx.withSlot(() => ctx.versioning.cancelPublish!(handle)));
    if (cancelled) return "cancelled";
    const version = await ctx.withSlot(() => ctx.versioning.getVersion(handle));
    return (version.securityCheck?.status ?? "passed") === "passed" ? "already-passed" : "cancelled";
  } catch {
    return "unknown";
  }
}

/** A 404 on the draft this run opened means someone removed it meanwhile: say that, not "HTTP 404". */
function explainLostDraft(err: unknown, draft: DraftHandle): unknown {
  if (!(err instanceof AgentStepError) || err.code !== "http_404" || !draft.draftId) return err;
  if (!["patch-draft", "verify-draft", "recheck-base", "publish"].includes(err.step)) return err;
  return new AgentStepError(
    err.step,
    `the draft ${draft.draftId} this run was writing was removed by someone else meanwhile (another atoms-gitops run, or a dashboard user, discarded it); nothing was published. Run plan again. (${err.message})`,
    "draft_removed",
  );
}

function stalePlan(detail: string): AgentStepError {
  return new AgentStepError("precondition", `stale plan: ${detail}. Run plan again.`, "stale_plan", detail);
}

function fingerprint(change: FieldChange): string {
  return `${change.path}|${canonicalJson((change.before ?? null) as JsonValue)}|${canonicalJson((change.after ?? null) as JsonValue)}`;
}

export function describeChanges(changes: FieldChange[]): string {
  const paths = changes.map((c) => c.path.replace(/^\/spec\//, "").replace(/\//g, "."));
  const text = `atoms-gitops: changed ${paths.join(", ")}`;
  return text.length <= 2000 ? text : `${text.slice(0, 1990)}…`;
}
