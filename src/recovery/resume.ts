// The recovery pre-pass of every apply: finish or clean what an earlier run (killed, cancelled, cut off by a lost
// response) left behind, so the run that follows neither leaks drafts nor publishes a duplicate version.
import { runTools, type ApplyTarget, type RecoveryAction, type RunSettings, type SecurityCheckWaiter } from "../apply/index.js";
import { isOurDraft, runIdOfDraft } from "../apply/draft-name.js";
import type { AgentDefinition } from "../model/definition.js";
import type { VersionInfo } from "../model/observed.js";
import { PREVIEW_LABEL_PREFIX } from "../model/preview.js";
import { LABEL_PREFIX, isAbandonedDraft, type AgentsApi, type VersioningAdapter } from "../model/versioning.js";
import { diffAgent, keyChangeDigests, maskChange, mismatchedFields, observedMetadataDigest } from "../plan/index.js";
import type { AgentTrace, JournalView } from "./journal.js";

export interface RecoverOptions {
  api: AgentsApi;
  versioning: VersioningAdapter;
  targets: ApplyTarget[];
  journal: JournalView;
  /** The run's limits, clock and stop signal: the same settings the engine gets. */
  settings: Pick<RunSettings, "limits" | "clock" | "stopSignal">;
  onAction?: (action: RecoveryAction) => void;
}

export interface RecoverResult {
  actions: RecoveryAction[];
  /** The targets, with the agents recovery changed re-planned from their live state (often to `noop`). */
  targets: ApplyTarget[];
}

/**
 * For every agent this run writes (and every agent a dead run's journal names):
 * 1. an earlier publish of ours still in its security check is waited for;
 * 2. v1: a version of ours newer than the active one that matches the definition is activated (the publish
 *    succeeded but the run never got to activate, or never saw the response); a non-matching one is reported;
 * 3. drafts of ours are discarded: v1 by the tool's draft name (run id not live), v2 (drafts have no name) only when a
 *    dead run's journal recorded writing that draft; any other open draft is reported and left alone.
 * Agents whose live state changed are re-planned, so the run then does only what is still missing.
 */
export async function recoverLeftovers(options: RecoverOptions): Promise<RecoverResult> {
  const { journal } = options;
  const actions: RecoveryAction[] = [];
  const report = (a: RecoveryAction) => {
    actions.push(a);
    options.onAction?.(a);
  };
  const { stopSignal } = options.settings;
  const { now, waiter, withSlot } = runTools(options.settings);

  const byId = new Map<string, ApplyTarget>();
  for (const t of options.targets) if (t.plan.id && t.definition && (t.plan.action === "update" || t.plan.action === "noop")) byId.set(t.plan.id, t);
  const candidates = new Set<string>();
  for (const t of options.targets) if (t.plan.id && t.plan.action === "update") candidates.add(t.plan.id);
  for (const id of journal.dead.keys()) candidates.add(id);

  const out = new Map(options.targets.map((t) => [t, t] as const));
  await Promise.all(
    [...candidates].map((agentId) =>
      withSlot(async () => {
        if (stopSignal?.aborted) return;
        const target = byId.get(agentId);
        const trace = journal.dead.get(agentId);
        const name = target?.plan.name ?? trace?.agent ?? agentId;
        try {
          const recovered = await recoverAgent({ agentId, name, target, trace, options, waiter, now, stopSignal, report });
          if (target && recovered) out.set(target, recovered);
        } catch (err) {
          report({ agent: name, agentId, kind: "failed", detail: `could not check for leftovers: ${err instanceof Error ? err.message : String(err)}` });
        }
      }),
    ),
  );
  return { actions, targets: options.targets.map((t) => out.get(t) ?? t) };
}

interface AgentRecovery {
  agentId: string;
  name: string;
  target: ApplyTarget | undefined;
  trace: AgentTrace | undefined;
  options: RecoverOptions;
  waiter: SecurityCheckWaiter;
  now: () => number;
  stopSignal: AbortSignal | undefined;
  report: (a: RecoveryAction) => void;
}

async function recoverAgent(r: AgentRecovery): Promise<ApplyTarget | undefined> {
  const { agentId, name, target, options, report } = r;
  const { versioning, api } = options;
  let changedLive = false;
  let note: string | undefined;

  // Only a target being written needs its versions; a journal-only agent just gets its drafts cleaned.
  let versions: VersionInfo[] = target ? await versioning.listVersions(agentId) : [];
  const ours = pendingOfOurs(versions);

  // 1. Wait out checks still running (v2: discarding the draft now would cancel a publish that is about to serve).
  for (const v of ours.filter((x) => x.securityCheck?.status === "queued")) {
    const handle = { agentId, versionId: v.id, branchId: v.branchId };
    const outcome = await r.waiter.waitFor(r.now(), () => versioning.getVersion(handle), r.stopSignal);
    if (versioning.traits.publishServes && outcome.status === "passed") {
      changedLive = true;
      note = `waited for revision ${v.id} published by an earlier run; it now serves`;
      report({ agent: name, agentId, kind: "awaited", versionId: v.id, detail: note });
    }
  }
  if (ours.some((x) => x.securityCheck?.status === "queued")) versions = await versioning.listVersions(agentId);

  // v2: a run killed during a security check could not cancel it, and the scan committed when it passed. Say exactly
  // which revision went live, rather than leaving the user to find a change nobody reported applying.
  if (versioning.traits.publishServes && r.trace && r.trace.publishedIds.size > 0 && !changedLive) {
    if (!target) versions = await versioning.listVersions(agentId);
    const live = versions.find((v) => v.isActive);
    if (live && r.trace.publishedIds.has(live.id)) {
      changedLive = true;
      note = `revision ${live.id}${live.label ? ` ("${live.label}")` : ""}, published by an earlier run that stopped during its security check, went live when the check passed`;
      report({ agent: name, agentId, kind: "went-live", versionId: live.id, detail: note });
    }
  }

  // 2. v1: activate an earlier run's matching version instead of publishing a duplicate.
  if (target?.definition && !versioning.traits.publishServes) {
    const done = await activateMatching(agentId, name, target.definition, versions, options, report);
    if (done) {
      changedLive = true;
      note = `activated version ${done} published by an earlier run`;
    }
  }

  // 3. Drafts. A v1 agent with config to write passes the engine's rival-run check, which lists its drafts right
  // before publishing and discards leftovers then: listing them here too would only cost a request.
  // (Not when recovery just changed what serves: the agent is re-planned and may have nothing left to publish.)
  const engineCleans =
    versioning.traits.forkPerRun && !r.trace && !changedLive && target?.plan.action === "update" && target.plan.changes.some((c) => c.kind === "config");
  for (const d of engineCleans ? [] : await versioning.listDrafts(agentId)) {
    const handle = { agentId, draftId: d.draftId, baseVersionId: d.baseVersionId ?? "", branchId: d.branchId };
    const runId = runIdOfDraft(d.name);
    if (versioning.traits.forkPerRun) {
      // Only what this repository's journal proves was a killed run's, or a draft of ours abandoned for 15 minutes:
      // a tool-named draft may belong to a run at work in another checkout.
      const provenDead = r.trace?.draftIds.has(d.draftId) || (isOurDraft(d.name) && runId !== null && (r.trace?.runIds.has(runId) ?? false));
      if (!provenDead && !(isOurDraft(d.name) && isAbandonedDraft(d, r.now()))) continue;
      if (runId && options.journal.liveRunIds.has(runId)) continue;
    } else {
      const recorded = r.trace?.draftIds.has(d.draftId) || (r.trace?.unknownDraft ?? false);
      if (!recorded) {
        report({
          agent: name,
          agentId,
          kind: "left-draft",
          draftId: d.draftId,
          detail: `an open draft ${d.draftId} that no journal of this repository records; left alone (discard it in the dashboard if it is a leftover)`,
        });
        continue;
      }
    }
    await versioning.discard(handle);
    report({ agent: name, agentId, kind: "discarded-draft", draftId: d.draftId, detail: `discarded leftover draft ${d.draftId}${runId ? ` of run ${runId}` : ""}` });
  }

  if (r.trace) report({ agent: name, agentId, kind: "checked", detail: "checked for leftovers of earlier runs" });
  if (!target) return undefined;
  const known = changedLive ? (await versioning.listVersions(agentId)).map((v) => v.id) : versions.map((v) => v.id);
  const next: ApplyTarget = { ...target, knownVersionIds: known };
  if (changedLive && target.definition) {
    // Re-plan from the live state: the changes may now be empty (or metadata only).
    const observed = await api.getAgent(agentId);
    const { changes, unchangedCount } = diffAgent(target.definition, observed);
    next.plan = {
      ...target.plan,
      action: changes.length > 0 ? "update" : "noop",
      baseVersionId: observed.activeVersionId,
      baseMetadataDigest: observedMetadataDigest(observed),
      changes: changes.map((c) => {
        const masked = maskChange(c, target.definition!);
        return target.digestKey ? keyChangeDigests(masked, target.digestKey) : masked;
      }),
      unchangedCount,
    };
    next.recovered = note;
    next.observed = observed;
  }
  return next;
}

function versionNumber(v: VersionInfo | undefined): number {
  return v?.number ?? -1;
}

/** Our publishes newer than what serves, not failed: what an interrupted run may have left. Newest first. */
function pendingOfOurs(versions: VersionInfo[]): VersionInfo[] {
  const active = versions.find((v) => v.isActive);
  return versions
    // A preview's version is no run's leftover: only `apply` of that preview's plan makes it live.
    .filter((v) => !(v.label ?? "").startsWith(PREVIEW_LABEL_PREFIX))
    .filter((v) => !v.isActive && (v.label ?? "").startsWith(LABEL_PREFIX) && versionNumber(v) > versionNumber(active))
    .filter((v) => v.securityCheck?.status !== "failed")
    .sort((a, b) => versionNumber(b) - versionNumber(a));
}

async function activateMatching(
  agentId: string,
  name: string,
  definition: AgentDefinition,
  versions: VersionInfo[],
  options: RecoverOptions,
  report: (a: RecoveryAction) => void,
): Promise<string | undefined> {
  const pending = pendingOfOurs(versions).filter((v) => (v.securityCheck?.status ?? "passed") === "passed");
  if (pending.length === 0) return undefined;
  const live = await options.api.getAgent(agentId);
  // The serving version already matches: nothing to activate (a rival run's extra version stays as history).
  if (mismatchedFields(definition, live.resolved).length === 0) return undefined;
  for (const v of pending) {
    const config = await options.api.getAgent(agentId, { versionId: v.id });
    const wrong = mismatchedFields(definition, config.resolved);
    if (wrong.length > 0) {
      report({
        agent: name,
        agentId,
        kind: "left-version",
        versionId: v.id,
        detail: `version ${v.id} ("${v.label}") was published by an earlier run but differs from the definition (${wrong.join(", ")}); left as is`,
      });
      continue;
    }
    await options.versioning.activate({ agentId, versionId: v.id });
    report({ agent: name, agentId, kind: "activated", versionId: v.id, detail: `activated version ${v.id} ("${v.label}") published by an earlier run; it matches the definition` });
    return v.id;
  }
  return undefined;
}
