import { ApiError, badRequest, notFound } from "../errors.js";
import { newObjectId, isObjectId } from "../ids.js";
import { type JsonRecord } from "../json.js";
import { check } from "../schema.js";
import {
  type AgentRec,
  baseDoc,
  changedSections,
  type DraftRec,
  draftConfig,
  iso,
  nextVersionNumber,
  rotateBlocks,
  sectionKeyed,
  takeScanFailure,
  withoutDroppedFields,
  type VersionRec,
} from "../store.js";
import { crossFieldErrors, isConfigField, validateConfigBody, type BodyKind } from "../validate.js";
import { diffConfigs, mergeConfig } from "../diff.js";
import { versionView } from "../views.js";
import { type Ctx, type HandlerResult, changed, intQuery, loadAgent, objectBody, ok, versionIdParam } from "../context.js";
import { USER_NAME, userIdFor } from "../identity.js";

export function findDraft(agent: AgentRec, draftId: string | undefined, openOnly: boolean): DraftRec {
  const draft = draftId ? agent.drafts[draftId] : undefined;
  if (!draft || draft.status === "archived" || (openOnly && draft.status !== "open")) throw notFound("Draft");
  return draft;
}

export function latestRec(agent: AgentRec, draft: DraftRec): VersionRec {
  return agent.versions[draft.revisions[draft.revisions.length - 1]!]!;
}

/** A published version (v1) or committed/scanning revision (v2) by id. */
export function findVersion(agent: AgentRec, id: string): VersionRec {
  const rec = agent.versions[id];
  if (!rec || !agent.versionOrder.includes(id)) throw notFound("Version");
  return rec;
}

function checkDraftName(value: unknown, errors: string[]): string | undefined {
  return check({ t: "string", min: 1, max: 100 }, value, "draftName", errors) as string | undefined;
}

/** `POST /agent/{id}/drafts` (§5.3). */
export function forkDraftRoute(ctx: Ctx): HandlerResult {
  const agent = loadAgent(ctx);
  const body = objectBody(ctx);
  const { sourceVersionId, sourceDraftId } = body;
  if (sourceVersionId === undefined && sourceDraftId === undefined)
    throw badRequest("Either sourceVersionId or sourceDraftId is required");
  const errors: string[] = [];
  const draftName = body.draftName === undefined ? undefined : checkDraftName(body.draftName, errors);
  if (sourceVersionId !== undefined && !isObjectId(sourceVersionId)) errors.push("sourceVersionId: Invalid version id");
  if (sourceDraftId !== undefined && typeof sourceDraftId !== "string") errors.push("sourceDraftId: Expected string");
  if (errors.length > 0) throw badRequest(...errors);
  let config: JsonRecord;
  let blocks: VersionRec["doc"]["blocks"];
  let source: string;
  if (typeof sourceDraftId === "string") {
    const src = agent.drafts[sourceDraftId];
    if (!src || src.status !== "open") throw new ApiError(404, ["Source version not found"]);
    const rec = src.revisions.length > 0 ? latestRec(agent, src) : undefined;
    config = draftConfig(agent, src);
    blocks = rec ? rec.doc.blocks : src.baseBlocks;
    source = src.sourceVersionId ?? agent.activeVersionId;
  } else {
    const rec = agent.versions[sourceVersionId as string];
    if (!rec || !agent.versionOrder.includes(sourceVersionId as string)) throw new ApiError(404, ["Source version not found"]);
    config = rec.config;
    blocks = rec.doc.blocks;
    source = sourceVersionId as string;
  }
  const user = userIdFor(ctx.org);
  const draftId = newObjectId(ctx.now);
  const doc = baseDoc(agent, ctx.now, {
    draftId,
    draftName: draftName ?? `Draft #${nextVersionNumber(agent)}-${draftId.slice(-4)}`,
    draftRevision: 1,
    sourceVersionId: source,
    parentVersion: source,
    blocks: { ...blocks },
    createdBy: user,
  });
  agent.versions[doc._id] = { doc, config, scanDueAt: null, scanFailReason: null };
  agent.drafts[draftId] = {
    draftId,
    status: "open",
    draftName: doc.draftName!,
    sourceVersionId: source,
    revisions: [doc._id],
    baseConfig: config,
    baseBlocks: { ...blocks },
    editHistory: [],
    createdBy: user,
    createdAt: doc.createdAt,
    branch: null,
    failedScan: null,
    scanningRevisionId: null,
  };
  return changed(versionView(agent, agent.versions[doc._id]!), 201);
}

/** `GET /agent/{id}/drafts`: the latest revision of each open draft. */
export function listDraftsRoute(ctx: Ctx): HandlerResult {
  const agent = loadAgent(ctx);
  const out = Object.values(agent.drafts)
    .filter((d) => d.status === "open" && d.branch === null && d.revisions.length > 0)
    .map((d) => ({ ...versionView(agent, latestRec(agent, d)), lastEditorName: d.editHistory.length > 0 ? USER_NAME : null }));
  return ok(out);
}

/** `GET /agent/{id}/drafts/{draftId}`: block ids and edit history, never values (§9.6). */
export function getDraftRoute(ctx: Ctx): HandlerResult {
  const agent = loadAgent(ctx);
  const draft = findDraft(agent, ctx.params.draftId, false);
  const limit = intQuery(ctx, "limit", 100, 1, 100);
  if (draft.revisions.length === 0) throw notFound("Draft");
  return ok({
    latest: versionView(agent, latestRec(agent, draft)),
    editHistory: draft.editHistory.slice(0, limit).map(({ docId: _docId, ...entry }) => entry),
    editCount: draft.editHistory.length,
  });
}

/** `PATCH /agent/{id}/drafts/{draftId}`: rename. */
export function renameDraftRoute(ctx: Ctx): HandlerResult {
  const agent = loadAgent(ctx);
  const draft = findDraft(agent, ctx.params.draftId, true);
  const body = objectBody(ctx);
  const errors: string[] = [];
  if (body.draftName === undefined) errors.push("draftName: Required");
  const name = checkDraftName(body.draftName, errors);
  if (errors.length > 0 || name === undefined) throw badRequest(...errors);
  draft.draftName = name;
  for (const id of draft.revisions) agent.versions[id]!.doc.draftName = name;
  return changed({ draftName: name });
}

/** `DELETE /agent/{id}/drafts/{draftId}`: discard. */
export function discardDraftRoute(ctx: Ctx): HandlerResult {
  const agent = loadAgent(ctx);
  const draft = findDraft(agent, ctx.params.draftId, true);
  draft.status = "archived";
  const latest = latestRec(agent, draft).doc;
  latest.status = "archived";
  latest.updatedAt = iso(ctx.now);
  return changed(null);
}

/**
 * Validates a draft edit and returns the merged config. Shared by v1 `PATCH .../config` and v2 `PUT .../draft`.
 * Throws the contract's 400s.
 */
export function applyDraftEdit(
  body: JsonRecord,
  current: JsonRecord,
  workflowType: string,
  kind: BodyKind,
  /** The body as sent, when a fault knob dropped fields from `body`: an edit left with nothing is accepted unchanged. */
  sent: JsonRecord = body,
): { config: JsonRecord; patch: JsonRecord } {
  if (sent !== body && !Object.keys(body).some(isConfigField) && Object.keys(sent).some(isConfigField)) return { config: current, patch: {} };
  if (!Object.keys(body).some(isConfigField))
    throw badRequest(kind === "v2-draft" ? "No recognized config fields in request body" : "No recognized config fields");
  const result = validateConfigBody(body, kind);
  if (!result.ok) throw badRequest(...result.errors);
  const config = mergeConfig(current, result.patch);
  const cross = crossFieldErrors(config, workflowType);
  if (cross.length > 0) throw badRequest(...cross);
  return { config, patch: result.patch };
}

/** Writes a new draft revision document (new `_id`, same `draftId`, `draftRevision + 1`). */
export function writeDraftRevision(agent: AgentRec, draft: DraftRec, config: JsonRecord, ctx: Ctx): VersionRec {
  const prev = draft.revisions.length > 0 ? latestRec(agent, draft) : null;
  const prevConfig = prev ? prev.config : draft.baseConfig;
  const prevBlocks = prev ? prev.doc.blocks : draft.baseBlocks;
  const revision = draft.revisions.length + 1;
  const doc = baseDoc(agent, ctx.now, {
    draftId: draft.draftId,
    draftName: draft.draftName,
    draftRevision: revision,
    sourceVersionId: draft.sourceVersionId,
    parentVersion: draft.sourceVersionId,
    blocks: rotateBlocks({ config: prevConfig, blocks: prevBlocks }, config, ctx.now),
    createdBy: userIdFor(ctx.org),
    branch: draft.branch,
    createdAt: prev?.doc.createdAt ?? iso(ctx.now),
  });
  const rec: VersionRec = { doc, config, scanDueAt: null, scanFailReason: null };
  agent.versions[doc._id] = rec;
  draft.revisions.push(doc._id);
  draft.editHistory.unshift({
    revision,
    changedSections: changedSections(prevConfig, config),
    editorName: null,
    editorId: null,
    timestamp: iso(ctx.now),
    docId: doc._id,
  });
  agent.updatedAt = iso(ctx.now);
  return rec;
}

/** `PATCH /agent/{id}/drafts/{draftId}/config` (§5.3): answers the revision document, never the values. */
export function editDraftRoute(ctx: Ctx): HandlerResult {
  const agent = loadAgent(ctx);
  const draft = findDraft(agent, ctx.params.draftId, true);
  const { config } = applyDraftEdit(withoutDroppedFields(ctx.data, objectBody(ctx)), draftConfig(agent, draft), agent.workflowType, "v1-draft", objectBody(ctx));
  const rec = writeDraftRevision(agent, draft, config, ctx);
  return changed(versionView(agent, rec));
}

function resolveDiffTarget(agent: AgentRec, id: string): JsonRecord {
  const draft = agent.drafts[id];
  if (draft && draft.status !== "archived") return draftConfig(agent, draft);
  versionIdParam(id);
  const rec = agent.versions[id];
  if (!rec) throw notFound("Version");
  return rec.config;
}

/** `GET /agent/{id}/drafts/{draftId}/diff` (§5.3). */
export function draftDiffRoute(ctx: Ctx): HandlerResult {
  const agent = loadAgent(ctx);
  const draft = findDraft(agent, ctx.params.draftId, false);
  const against = ctx.query.get("versionId") ?? ctx.query.get("compareTo") ?? draft.sourceVersionId;
  const base = findVersion(agent, versionIdParam(against)).config;
  return ok(diffConfigs(base, draftConfig(agent, draft)));
}

/** `GET /agent/{id}/versions/diff` (§5.3); accepts `baseId`/`compareId` and `versionA`/`versionB`. */
export function versionsDiffRoute(ctx: Ctx): HandlerResult {
  const agent = loadAgent(ctx);
  const a = ctx.query.get("baseId") ?? ctx.query.get("versionA");
  const b = ctx.query.get("compareId") ?? ctx.query.get("versionB");
  const errors: string[] = [];
  if (!a) errors.push("baseId: Required");
  if (!b) errors.push("compareId: Required");
  if (errors.length > 0) throw badRequest(...errors);
  const diff = diffConfigs(resolveDiffTarget(agent, a!), resolveDiffTarget(agent, b!));
  return ok(diff);
}

/** `POST /agent/{id}/drafts/{draftId}/publish` (§5.3): never activates; starts the security check. */
export function publishDraftRoute(ctx: Ctx, securityCheckMs: number): HandlerResult {
  const agent = loadAgent(ctx);
  const draft = findDraft(agent, ctx.params.draftId, true);
  const body = objectBody(ctx);
  const errors: string[] = [];
  const label = body.label == null ? null : (check({ t: "string", max: 200 }, body.label, "label", errors) as string);
  const description =
    body.description == null ? null : (check({ t: "string", max: 2000 }, body.description, "description", errors) as string);
  if (body.activate !== undefined) check({ t: "boolean" }, body.activate, "activate", errors);
  if (errors.length > 0) throw badRequest(...errors);
  const latest = latestRec(agent, draft);
  const user = userIdFor(ctx.org);
  const t = iso(ctx.now);
  const doc = baseDoc(agent, ctx.now, {
    status: "published",
    versionNumber: nextVersionNumber(agent),
    label,
    description,
    publishedBy: user,
    publishedAt: t,
    publishedByName: USER_NAME,
    draftId: draft.draftId,
    draftName: draft.draftName,
    draftRevision: latest.doc.draftRevision,
    sourceVersionId: draft.sourceVersionId,
    parentVersion: draft.sourceVersionId,
    blocks: { ...latest.doc.blocks },
    createdBy: user,
    securityCheck: { status: "queued", reason: null, triggeredAt: t, completedAt: null },
  });
  const rec: VersionRec = {
    doc,
    config: latest.config,
    scanDueAt: ctx.now + securityCheckMs,
    scanFailReason: takeScanFailure(ctx.data, ctx.org),
  };
  agent.versions[doc._id] = rec;
  agent.versionOrder.push(doc._id);
  draft.status = "published";
  agent.updatedAt = t;
  return changed(versionView(agent, rec), 201);
}

/** `GET /agent/{id}/versions` (§5.3): newest first. */
export function listVersionsRoute(ctx: Ctx): HandlerResult {
  const agent = loadAgent(ctx);
  const limit = intQuery(ctx, "limit", 20, 1, 100);
  const skip = intQuery(ctx, "skip", 0, 0, Number.MAX_SAFE_INTEGER);
  const pinned = ctx.query.get("isPinned");
  const all = agent.versionOrder.map((id) => agent.versions[id]!).filter((r) => r.doc.status === "published");
  const filtered = pinned === null ? all : all.filter((r) => r.doc.isPinned === (pinned === "true"));
  const page = filtered
    .slice()
    .reverse()
    .slice(skip, skip + limit)
    .map((r) => ({
      ...versionView(agent, r),
      publishedByName: r.doc.publishedByName ?? USER_NAME,
      activatedByName: r.doc.activatedBy ? USER_NAME : null,
    }));
  return ok({ versions: page, total: all.length });
}

/** `GET /agent/{id}/versions/{versionId}`: the document plus the section-keyed resolved config. */
export function getVersionRoute(ctx: Ctx): HandlerResult {
  const agent = loadAgent(ctx);
  const rec = findVersion(agent, versionIdParam(ctx.params.versionId));
  return ok({ version: versionView(agent, rec), resolvedConfig: sectionKeyed(rec.config) });
}

/** `PATCH /agent/{id}/versions/{versionId}`: label, description, pin only. */
export function patchVersionRoute(ctx: Ctx): HandlerResult {
  const agent = loadAgent(ctx);
  const rec = findVersion(agent, versionIdParam(ctx.params.versionId));
  const body = objectBody(ctx);
  const errors: string[] = [];
  const fields = ["label", "description", "isPinned"].filter((k) => body[k] !== undefined);
  if (fields.length === 0) throw badRequest("At least one of label, description or isPinned is required");
  if (body.label !== undefined && body.label !== null) check({ t: "string", max: 200 }, body.label, "label", errors);
  if (body.description !== undefined && body.description !== null)
    check({ t: "string", max: 2000 }, body.description, "description", errors);
  if (body.isPinned !== undefined) check({ t: "boolean" }, body.isPinned, "isPinned", errors);
  if (errors.length > 0) throw badRequest(...errors);
  if (body.label !== undefined) rec.doc.label = body.label as string | null;
  if (body.description !== undefined) rec.doc.description = body.description as string | null;
  if (body.isPinned !== undefined) rec.doc.isPinned = body.isPinned as boolean;
  rec.doc.updatedAt = iso(ctx.now);
  return changed(versionView(agent, rec));
}

/** Why a version cannot serve yet, or null when its check passed (null checks on old versions count as passed). */
export function scanBlocker(rec: VersionRec): string | null {
  const check = rec.doc.securityCheck;
  if (!check || check.status === "passed") return null;
  if (check.status === "queued") return "Security check pending";
  return `Security check failed: ${check.reason ?? "unknown"}`;
}

/** `PATCH /agent/{id}/versions/{versionId}/activate` (§5.3, §9.2). */
export function activateVersionRoute(ctx: Ctx): HandlerResult {
  const agent = loadAgent(ctx);
  const rec = findVersion(agent, versionIdParam(ctx.params.versionId));
  if (agent.activeVersionId === rec.doc._id) return ok(versionView(agent, rec));
  const blocked = scanBlocker(rec);
  if (blocked) throw badRequest(blocked);
  const t = iso(ctx.now);
  agent.activeVersionId = rec.doc._id;
  rec.doc.activatedBy = userIdFor(ctx.org);
  rec.doc.activatedAt = t;
  rec.doc.updatedAt = t;
  agent.updatedAt = t;
  return changed(versionView(agent, rec));
}

/** Synthetic test-call ids; no call is placed. */
export function testCallResult(ctx: Ctx): HandlerResult {
  const body = objectBody(ctx);
  const errors: string[] = [];
  const mode = body.mode === undefined ? "webcall" : check({ t: "string", enum: ["webcall", "chat", "telephony"] }, body.mode, "mode", errors);
  if (mode === "telephony") {
    if (body.toPhone === undefined) errors.push("toPhone: Required");
    else check({ t: "string", pattern: /^\+[1-9]\d{1,14}$/ }, body.toPhone, "toPhone", errors);
  }
  if (errors.length > 0) throw badRequest(...errors);
  const data: JsonRecord = { conversationId: newObjectId(ctx.now), callId: `CALL-${newObjectId(ctx.now)}` };
  if (mode !== "telephony") {
    data.token = `emulator-token-${newObjectId(ctx.now)}`;
    data.roomName = `room-${newObjectId(ctx.now)}`;
    data.host = "wss://emulator.invalid";
  }
  return ok(data);
}

export function draftTestCallRoute(ctx: Ctx): HandlerResult {
  const agent = loadAgent(ctx);
  findDraft(agent, ctx.params.draftId, true);
  return testCallResult(ctx);
}

export function versionTestCallRoute(ctx: Ctx): HandlerResult {
  const agent = loadAgent(ctx);
  findVersion(agent, versionIdParam(ctx.params.versionId));
  return testCallResult(ctx);
}
