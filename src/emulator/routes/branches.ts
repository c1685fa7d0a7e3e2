import { ApiError, badRequest, notFound } from "../errors.js";
import { isObjectId, newObjectId } from "../ids.js";
import { type JsonRecord, leafChanges, touchedLeaves } from "../json.js";
import { check } from "../schema.js";
import {
  type AgentRec,
  baseDoc,
  type BranchRec,
  type DraftRec,
  draftConfig,
  iso,
  sectionKeyed,
  settleScans,
  syncActiveFromLive,
  takeScanFailure,
  withoutDroppedFields,
  type VersionRec,
} from "../store.js";
import { diffConfigs } from "../diff.js";
import { versionView } from "../views.js";
import { type Ctx, type HandlerResult, changed, intQuery, loadAgent, objectBody, ok } from "../context.js";
import { USER_NAME, userIdFor } from "../identity.js";
import { applyDraftEdit, testCallResult, writeDraftRevision } from "./versions.js";

const forbidden = (message: string) => new ApiError(403, [message]);
const conflictType = (errorType: string, message: string) => new ApiError(409, [message], { errorType });

export function findBranch(agent: AgentRec, branchId: string | undefined): BranchRec {
  if (!isObjectId(branchId)) throw badRequest("Invalid branch id");
  const branch = agent.branches.find((b) => b._id === branchId);
  if (!branch) throw notFound("Branch");
  return branch;
}

function openDraft(agent: AgentRec, branch: BranchRec): DraftRec | undefined {
  const draft = branch.openDraftId ? agent.drafts[branch.openDraftId] : undefined;
  return draft && draft.status === "open" ? draft : undefined;
}

function requireOpenDraft(agent: AgentRec, branch: BranchRec): DraftRec {
  const draft = openDraft(agent, branch);
  if (!draft) throw new ApiError(404, ["No open draft"]);
  return draft;
}

function branchRevisions(agent: AgentRec, branch: BranchRec): VersionRec[] {
  return agent.versionOrder.map((id) => agent.versions[id]!).filter((r) => r.doc.branch === branch._id);
}

function isScanning(rec: VersionRec | undefined): boolean {
  return !!rec && rec.scanDueAt !== null && rec.doc.pendingPublish?.state === "active";
}

function summary(agent: AgentRec, branch: BranchRec): JsonRecord {
  const committed = branchRevisions(agent, branch).filter((r) => r.doc.status === "published");
  const head = branch.headRevisionId ? agent.versions[branch.headRevisionId] : undefined;
  return {
    branch: { ...branch },
    isLive: agent.liveBranchId === branch._id,
    hasOpenDraft: openDraft(agent, branch) !== undefined,
    revisionsCount: committed.length,
    headRevisionNumber: head?.doc.revisionNumber ?? null,
  };
}

function checkName(agent: AgentRec, value: unknown, except?: BranchRec): string {
  const errors: string[] = [];
  if (value === undefined) errors.push("name: Required");
  const name = check({ t: "string", min: 1, max: 100 }, value, "name", errors) as string | undefined;
  if (errors.length > 0 || name === undefined) throw badRequest(...errors);
  const lower = name.trim().toLowerCase();
  const taken =
    lower === "main" ||
    agent.branches.some((b) => b !== except && b.status === "active" && b.name.toLowerCase() === lower);
  if (taken && !(except && except.name.toLowerCase() === lower))
    throw conflictType("branch_name_exists", `A branch named "${name}" already exists`);
  return name;
}

/** `GET /agent/{id}/branches` (§6.2): non-archived branches. */
export function listBranchesRoute(ctx: Ctx): HandlerResult {
  const agent = loadAgent(ctx);
  return ok({ branches: agent.branches.filter((b) => b.status === "active").map((b) => summary(agent, b)) });
}

export function createBranchRoute(ctx: Ctx): HandlerResult {
  const agent = loadAgent(ctx);
  const body = objectBody(ctx);
  if (body.sourceBranchId === undefined) throw badRequest("sourceBranchId: Required");
  const source = findBranch(agent, body.sourceBranchId as string);
  const name = checkName(agent, body.name);
  if (!source.headRevisionId) throw conflictType("source_has_no_commit", "Source branch has no committed revision");
  if (branchRevisions(agent, source).some(isScanning))
    throw conflictType("source_scanning", "Source branch has a publish in progress");
  const t = iso(ctx.now);
  const user = userIdFor(ctx.org);
  const branch: BranchRec = {
    _id: newObjectId(ctx.now),
    agent: agent._id,
    name,
    isDefault: false,
    sourceBranchId: source._id,
    sourceRevisionId: source.headRevisionId,
    headRevisionId: null,
    openDraftId: null,
    status: "active",
    createdBy: user,
    updatedBy: user,
    createdAt: t,
    updatedAt: t,
  };
  agent.branches.push(branch);
  return changed({ ...branch }, 201);
}

export function getBranchRoute(ctx: Ctx): HandlerResult {
  const agent = loadAgent(ctx);
  return ok(summary(agent, findBranch(agent, ctx.params.branchId)));
}

export function renameBranchRoute(ctx: Ctx): HandlerResult {
  const agent = loadAgent(ctx);
  const branch = findBranch(agent, ctx.params.branchId);
  if (branch.isDefault) throw forbidden("The Main branch cannot be renamed");
  branch.name = checkName(agent, objectBody(ctx).name, branch);
  branch.updatedAt = iso(ctx.now);
  return changed({ ...branch });
}

export function archiveBranchRoute(ctx: Ctx): HandlerResult {
  const agent = loadAgent(ctx);
  const branch = findBranch(agent, ctx.params.branchId);
  if (branch.isDefault) throw forbidden("The Main branch cannot be archived");
  if (agent.liveBranchId === branch._id) throw forbidden("The live branch cannot be archived");
  branch.status = "archived";
  branch.updatedAt = iso(ctx.now);
  return changed({ archived: true });
}

/** `POST /branches/{b}/live`: switch which branch serves traffic; `activeVersionId` follows (§6.2). */
export function goLiveRoute(ctx: Ctx): HandlerResult {
  const agent = loadAgent(ctx);
  const branch = findBranch(agent, ctx.params.branchId);
  if (branch.status === "archived") throw forbidden("Branch is archived");
  if (!branch.headRevisionId) throw conflictType("no_committed_revision", "Branch has no committed revision");
  const head = agent.versions[branch.headRevisionId]!;
  if (head.doc.securityCheck && head.doc.securityCheck.status !== "passed")
    throw forbidden("The branch head has not passed the security check");
  if (agent.liveBranchId !== branch._id) {
    agent.liveBranchId = branch._id;
    syncActiveFromLive(agent);
    agent.updatedAt = iso(ctx.now);
  }
  return changed(summary(agent, branch));
}

function conflictPaths(changedPaths: string[], touched: string[]): string[] {
  const overlaps = (a: string, b: string) =>
    a === b || a.startsWith(`${b}.`) || a.startsWith(`${b}[`) || b.startsWith(`${a}.`) || b.startsWith(`${a}[`);
  return changedPaths.filter((p) => touched.some((t) => overlaps(p, t)));
}

/** `PUT /branches/{b}/draft`: open-or-merge the branch's draft, with `expectedRevision` conflicts (§6.2). */
export function putDraftRoute(ctx: Ctx): HandlerResult {
  const agent = loadAgent(ctx);
  const branch = findBranch(agent, ctx.params.branchId);
  if (branch.status === "archived") throw forbidden("Branch is archived");
  const { expectedRevision: rawExpected, ...sent } = objectBody(ctx);
  const body = withoutDroppedFields(ctx.data, sent);
  let expected: number | undefined;
  if (rawExpected !== undefined) {
    const errors: string[] = [];
    check({ t: "number", int: true, min: 0 }, rawExpected, "expectedRevision", errors);
    if (errors.length > 0) throw badRequest(...errors);
    expected = rawExpected as number;
  }
  const existing = openDraft(agent, branch);
  if (existing && isScanning(existing.scanningRevisionId ? agent.versions[existing.scanningRevisionId] : undefined))
    throw conflictType("publish_in_progress", "A publish is in progress on this branch");
  const baseId = branch.headRevisionId ?? branch.sourceRevisionId;
  const baseRec = baseId ? agent.versions[baseId] : undefined;
  const current = existing ? draftConfig(agent, existing) : baseRec?.config;
  if (!current) throw conflictType("source_has_no_commit", "Branch has no revision to draft from");
  const latestRevision = existing ? existing.revisions.length : 0;
  if (expected !== undefined && expected > latestRevision) throw new ApiError(409, ["base_revision_unavailable"]);
  const { config, patch } = applyDraftEdit(body, current, agent.workflowType, "v2-draft", sent);
  if (existing && expected !== undefined && expected < latestRevision) {
    const baseConfig = expected === 0 ? existing.baseConfig : agent.versions[existing.revisions[expected - 1]!]!.config;
    const since = leafChanges(baseConfig, current);
    const clashes = conflictPaths(
      since.map((c) => c.path),
      touchedLeaves(patch),
    );
    if (clashes.length > 0) {
      throw new ApiError(409, clashes, {
        data: {
          conflict: {
            expectedRevision: expected,
            latestRevision,
            diffs: since.filter((c) => clashes.includes(c.path)),
          },
        },
      });
    }
  }
  let draft = existing;
  if (!draft) {
    const draftId = newObjectId(ctx.now);
    draft = {
      draftId,
      status: "open",
      draftName: `${branch.name} draft`,
      sourceVersionId: baseId,
      revisions: [],
      baseConfig: current,
      baseBlocks: { ...baseRec!.doc.blocks },
      editHistory: [],
      createdBy: userIdFor(ctx.org),
      createdAt: iso(ctx.now),
      branch: branch._id,
      failedScan: null,
      scanningRevisionId: null,
    };
    agent.drafts[draftId] = draft;
    branch.openDraftId = draftId;
    branch.updatedAt = iso(ctx.now);
  }
  const rec = writeDraftRevision(agent, draft, config, ctx);
  draft.failedScan = null;
  return changed(versionView(agent, rec));
}

export function getBranchDraftRoute(ctx: Ctx): HandlerResult {
  const agent = loadAgent(ctx);
  const branch = findBranch(agent, ctx.params.branchId);
  const draft = requireOpenDraft(agent, branch);
  const latest = agent.versions[draft.revisions[draft.revisions.length - 1]!]!;
  return ok({
    latest: versionView(agent, latest),
    editCount: draft.editHistory.length,
    editHistory: draft.editHistory.map((e) => ({
      revision: versionView(agent, agent.versions[e.docId]!),
      changedSections: e.changedSections,
      editorName: USER_NAME,
    })),
  });
}

export function discardBranchDraftRoute(ctx: Ctx): HandlerResult {
  const agent = loadAgent(ctx);
  const branch = findBranch(agent, ctx.params.branchId);
  const draft = requireOpenDraft(agent, branch);
  // As the live API answers: a draft whose publish is scanning cannot be deleted; cancel the publish first
  // (POST …/draft/publish/cancel). Deleting it never stopped the scan, which commits when it passes.
  if (isScanning(draft.scanningRevisionId ? agent.versions[draft.scanningRevisionId] : undefined))
    throw conflictType("publish_in_progress", "A publish is already in progress on this branch");
  draft.status = "archived";
  branch.openDraftId = null;
  branch.updatedAt = iso(ctx.now);
  return changed({ discarded: true });
}

function nextRevisionNumber(agent: AgentRec, branch: BranchRec): number {
  return branchRevisions(agent, branch).reduce((max, r) => Math.max(max, r.doc.revisionNumber ?? 0), 0) + 1;
}

function newRevision(
  agent: AgentRec,
  branch: BranchRec,
  ctx: Ctx,
  config: JsonRecord,
  fields: Partial<VersionRec["doc"]>,
  scan: { dueAt: number | null; failReason: string | null },
): VersionRec {
  const t = iso(ctx.now);
  const user = userIdFor(ctx.org);
  const doc = baseDoc(agent, ctx.now, {
    status: "draft",
    branch: branch._id,
    revisionNumber: nextRevisionNumber(agent, branch),
    publishedBy: user,
    publishedByName: USER_NAME,
    createdBy: user,
    parentVersion: branch.headRevisionId,
    securityCheck: { status: "queued", reason: null, triggeredAt: t, completedAt: null },
    pendingPublish: { state: "active", startedBy: user, startedAt: t },
    ...fields,
  });
  const rec: VersionRec = { doc, config, scanDueAt: scan.dueAt, scanFailReason: scan.failReason };
  agent.versions[doc._id] = rec;
  agent.versionOrder.push(doc._id);
  return rec;
}

/** `POST /branches/{b}/draft/publish`: 200 committed when the scan is instant, else 202 scanning (§6.2). */
export function publishBranchDraftRoute(ctx: Ctx, securityCheckMs: number): HandlerResult {
  const agent = loadAgent(ctx);
  const branch = findBranch(agent, ctx.params.branchId);
  if (branch.status === "archived") throw forbidden("Branch is archived");
  const draft = requireOpenDraft(agent, branch);
  if (draft.scanningRevisionId && isScanning(agent.versions[draft.scanningRevisionId]))
    throw conflictType("publish_in_progress", "A publish is already in progress on this branch");
  if (draft.failedScan && draft.failedScan.draftRevision === draft.revisions.length)
    throw new ApiError(409, [`Security check failed: ${draft.failedScan.reason}`]);
  const body = objectBody(ctx);
  const errors: string[] = [];
  const label = body.label == null ? null : (check({ t: "string", max: 200 }, body.label, "label", errors) as string);
  if (errors.length > 0) throw badRequest(...errors);
  const latest = agent.versions[draft.revisions[draft.revisions.length - 1]!]!;
  const failReason = takeScanFailure(ctx.data, ctx.org);
  const rec = newRevision(
    agent,
    branch,
    ctx,
    latest.config,
    {
      label,
      draftId: draft.draftId,
      draftName: draft.draftName,
      draftRevision: latest.doc.draftRevision,
      sourceDraftId: draft.draftId,
      sourceVersionId: draft.sourceVersionId,
      blocks: { ...latest.doc.blocks },
    },
    { dueAt: ctx.now + securityCheckMs, failReason },
  );
  draft.scanningRevisionId = rec.doc._id;
  if (securityCheckMs <= 0 && failReason === null) {
    settleScans(agent, ctx.now);
    return changed({ state: "committed", revision: versionView(agent, rec) });
  }
  // A scan that will fail is reported as scanning even with a zero delay: the caller polls and sees "failed".
  return changed({ state: "scanning" }, 202);
}

function cancelScan(agent: AgentRec, draft: DraftRec): boolean {
  const rec = draft.scanningRevisionId ? agent.versions[draft.scanningRevisionId] : undefined;
  draft.scanningRevisionId = null;
  if (!rec || !isScanning(rec)) return false;
  rec.scanDueAt = null;
  rec.doc.pendingPublish = { ...rec.doc.pendingPublish!, state: "cancelled" };
  rec.doc.status = "archived";
  return true;
}

export function cancelPublishRoute(ctx: Ctx): HandlerResult {
  const agent = loadAgent(ctx);
  const branch = findBranch(agent, ctx.params.branchId);
  const draft = openDraft(agent, branch);
  const cancelled = draft ? cancelScan(agent, draft) : false;
  return cancelled ? changed({ cancelled }) : ok({ cancelled });
}

export function listRevisionsRoute(ctx: Ctx): HandlerResult {
  const agent = loadAgent(ctx);
  const branch = findBranch(agent, ctx.params.branchId);
  const limit = intQuery(ctx, "limit", 20, 1, 100);
  const skip = intQuery(ctx, "skip", 0, 0, Number.MAX_SAFE_INTEGER);
  const all = branchRevisions(agent, branch).filter((r) => r.doc.pendingPublish?.state !== "cancelled");
  const page = all.slice().reverse().slice(skip, skip + limit).map((r) => versionView(agent, r));
  return ok({ revisions: page, total: all.length });
}

function findRevision(agent: AgentRec, branch: BranchRec, revisionId: string | undefined): VersionRec {
  if (!isObjectId(revisionId)) throw badRequest("Invalid revision id");
  const rec = agent.versions[revisionId];
  if (!rec || rec.doc.branch !== branch._id || !agent.versionOrder.includes(revisionId)) throw notFound("Revision");
  return rec;
}

export function getRevisionRoute(ctx: Ctx): HandlerResult {
  const agent = loadAgent(ctx);
  const rec = findRevision(agent, findBranch(agent, ctx.params.branchId), ctx.params.revisionId);
  return ok({ revision: versionView(agent, rec), resolvedConfig: sectionKeyed(rec.config) });
}

export function revisionHistoryRoute(ctx: Ctx): HandlerResult {
  const agent = loadAgent(ctx);
  const rec = findRevision(agent, findBranch(agent, ctx.params.branchId), ctx.params.revisionId);
  const doc = rec.doc;
  const trail: JsonRecord[] = [{ event: "publish_started", at: doc.createdAt, by: doc.publishedBy }];
  if (doc.securityCheck?.completedAt)
    trail.push({ event: `security_check_${doc.securityCheck.status}`, at: doc.securityCheck.completedAt, reason: doc.securityCheck.reason });
  if (doc.status === "published") trail.push({ event: "committed", at: doc.publishedAt });
  // The 2026-08-21 spec types publishedBy as the user id string.
  return ok({ revision: versionView(agent, rec), publishedBy: doc.publishedBy, trail });
}

/** Re-publishes an old revision's config as a new head (v1, v2, v3 → v4 ≡ v1); the draft is untouched. */
export function restoreRevisionRoute(ctx: Ctx, _securityCheckMs: number): HandlerResult {
  const agent = loadAgent(ctx);
  const branch = findBranch(agent, ctx.params.branchId);
  const source = findRevision(agent, branch, ctx.params.revisionId);
  if (branch.status === "archived") throw forbidden("Branch is archived");
  if (source.doc.securityCheck && source.doc.securityCheck.status !== "passed")
    throw forbidden("Cannot restore a revision that has not passed the security check");
  if (branchRevisions(agent, branch).some(isScanning))
    throw conflictType("publish_in_progress", "A publish is in progress on this branch");
  // The source already passed its scan, so the restore commits synchronously (§6.2).
  const rec = newRevision(
    agent,
    branch,
    ctx,
    source.config,
    {
      label: source.doc.label,
      restoredFromLabel: source.doc.label,
      restoredFromRevisionId: source.doc._id,
      blocks: { ...source.doc.blocks },
    },
    { dueAt: ctx.now, failReason: null },
  );
  settleScans(agent, ctx.now);
  return changed({ state: "committed", revision: versionView(agent, rec) });
}

export function branchTestCallRoute(ctx: Ctx): HandlerResult {
  const agent = loadAgent(ctx);
  const branch = findBranch(agent, ctx.params.branchId);
  const body = objectBody(ctx);
  if (body.includeDraft !== undefined && body.revisionId !== undefined)
    throw badRequest("includeDraft and revisionId are mutually exclusive");
  if (body.includeDraft === true) requireOpenDraft(agent, branch);
  if (body.revisionId !== undefined) findRevision(agent, branch, body.revisionId as string);
  return testCallResult(ctx);
}

function resolveRef(agent: AgentRec, ref: string): JsonRecord {
  const m = /^([a-f\d]{24}):draft$/.exec(ref);
  if (m) return draftConfig(agent, requireOpenDraft(agent, findBranch(agent, m[1])));
  if (!isObjectId(ref)) throw badRequest("Invalid revision id");
  const rec = agent.versions[ref];
  if (!rec || !agent.versionOrder.includes(ref)) throw notFound("Revision");
  return rec.config;
}

/** `GET /agent/{id}/diff?a=&b=`: `a` is the base, `b` the target. */
export function refDiffRoute(ctx: Ctx): HandlerResult {
  const agent = loadAgent(ctx);
  const a = ctx.query.get("a");
  const b = ctx.query.get("b");
  const errors: string[] = [];
  if (!a) errors.push("a: Required");
  if (!b) errors.push("b: Required");
  if (errors.length > 0) throw badRequest(...errors);
  const { unchangedSections, diffs } = diffConfigs(resolveRef(agent, a!), resolveRef(agent, b!));
  return ok({ unchangedSections, diffs });
}
