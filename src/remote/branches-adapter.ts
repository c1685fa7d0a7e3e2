// v2 branches/revisions (docs/atoms-api.md §6). The target is the live branch (normally `Main`).
//
// Draft handles: v2 has no "fork" call, a draft opens on the first `PUT …/branches/{b}/draft`. So
// `openDraft` returns a handle with `draftId: ""` and `draftRevision: 0` when no draft is open;
// `patchDraft` fills `draftId`/`draftRevision` from the returned Revision. An already open draft with
// no edits is adopted; one with edits is someone's work in progress and fails with ConflictError.
//
// Publish: v2 publish takes only a `label` (≤ 200); the description has no place and is dropped.
import type { JsonObject } from "../model/json.js";
import type { VersionInfo } from "../model/observed.js";
import { BRANCHES_TRAITS, type DraftHandle, type DraftSummary, type PublishOptions, type PublishedHandle, type VersioningAdapter } from "../model/versioning.js";
import { ConflictError, NotFoundError } from "../errors.js";
import { agentPath } from "./agents-api.js";
import { unexpectedShape } from "./envelope.js";
import type { Rec } from "./reader.js";
import { bool, isRecord, num, requireArray, requireObject, requireString, str, toRevisionInfo, toVersionInfo } from "./reader.js";
import type { HttpResult, Transport } from "./transport.js";
import { clip, readDraftConfig } from "./versions-adapter.js";

const REVISIONS_PAGE = 100;

export interface BranchState {
  id: string;
  name: string;
  isLive: boolean;
  isDefault: boolean;
  headRevisionId: string | null;
  /** The revision the branch was forked from (null for Main). */
  sourceRevisionId: string | null;
  hasOpenDraft: boolean;
}

export function branchPath(agentId: string, branchId: string, rest = ""): string {
  return agentPath(agentId, `/branches/${encodeURIComponent(branchId)}${rest}`);
}

function toBranchState(item: unknown): BranchState | null {
  if (!isRecord(item)) return null;
  // BranchSummary nests the branch; tolerate a bare Branch too.
  const b = isRecord(item.branch) ? item.branch : item;
  const id = str(b._id) ?? str(b.id);
  if (!id) return null;
  return {
    id,
    name: str(b.name) ?? "",
    isLive: bool(item.isLive) ?? bool(b.isLive) ?? false,
    isDefault: bool(b.isDefault) ?? bool(item.isDefault) ?? false,
    headRevisionId: str(b.headRevisionId) ?? null,
    sourceRevisionId: str(b.sourceRevisionId) ?? null,
    hasOpenDraft: bool(item.hasOpenDraft) ?? (str(b.openDraftId) !== undefined),
  };
}

function conflictFrom(res: HttpResult, errorType: string, message: string): ConflictError {
  return new ConflictError(
    { status: 409, method: res.method, path: res.path, requestId: res.requestId, errors: [message], errorType },
    `${message}${res.requestId ? ` (request id ${res.requestId})` : ""}`,
  );
}

export class BranchesAdapter implements VersioningAdapter {
  readonly model = "branches" as const;
  readonly traits = BRANCHES_TRAITS;

  constructor(private readonly http: Transport) {}

  async branches(agentId: string): Promise<BranchState[]> {
    const res = await this.http.request("GET", agentPath(agentId, "/branches"));
    const raw = Array.isArray(res.data) ? res.data : requireObject(res, res.data, "data").branches;
    return requireArray(res, raw, "data.branches").flatMap((x) => {
      const b = toBranchState(x);
      return b ? [b] : [];
    });
  }

  async liveBranch(agentId: string): Promise<BranchState> {
    const all = await this.branches(agentId);
    const live = all.find((b) => b.isLive) ?? all.find((b) => b.isDefault) ?? all.find((b) => b.name.toLowerCase() === "main");
    if (!live) throw new NotFoundError({ status: 404, method: "GET", path: agentPath(agentId, "/branches"), errors: ["No live branch"] }, `Agent ${agentId} has no live branch`);
    return live;
  }

  private async openDraftDoc(agentId: string, branchId: string): Promise<{ res: HttpResult; data: Rec; latest: Rec } | null> {
    try {
      const res = await this.http.request("GET", branchPath(agentId, branchId, "/draft"));
      const data = requireObject(res, res.data, "data");
      return { res, data, latest: requireObject(res, data.latest, "data.latest") };
    } catch (err) {
      if (err instanceof NotFoundError) return null;
      throw err;
    }
  }

  async openDraft(agentId: string, baseVersionId: string, _name: string): Promise<DraftHandle> {
    const branch = await this.liveBranch(agentId);
    const handle: DraftHandle = { agentId, draftId: "", baseVersionId, branchId: branch.id, draftRevision: 0 };
    const open = await this.openDraftDoc(agentId, branch.id);
    if (open) {
      const edits = num(open.data.editCount) ?? (Array.isArray(open.data.editHistory) ? open.data.editHistory.length : 0);
      if (edits > 0) {
        const editor = Array.isArray(open.data.editHistory) && isRecord(open.data.editHistory[0]) ? str(open.data.editHistory[0].editorName) : undefined;
        throw conflictFrom(
          open.res,
          "draft_in_progress",
          `Agent ${agentId}: branch "${branch.name}" already has an open draft with ${edits} edit(s)${editor ? ` (last by ${editor})` : ""}; not overwriting someone's work in progress. Publish or discard it, then re-plan.`,
        );
      }
      handle.draftId = str(open.latest.draftId) ?? "";
      handle.draftRevision = num(open.latest.draftRevision) ?? 0;
    }
    if (branch.headRevisionId && baseVersionId && branch.headRevisionId !== baseVersionId) {
      throw new ConflictError(
        { status: 409, method: "GET", path: agentPath(agentId, "/branches"), errors: ["head_moved"], errorType: "head_moved" },
        `Agent ${agentId}: the live branch "${branch.name}" is at revision ${branch.headRevisionId}, not ${baseVersionId} as planned; someone else changed the agent. Re-plan.`,
      );
    }
    return handle;
  }

  async patchDraft(draft: DraftHandle, body: JsonObject): Promise<DraftHandle> {
    const branchId = draft.branchId ?? (await this.liveBranch(draft.agentId)).id;
    const path = branchPath(draft.agentId, branchId, "/draft");
    try {
      // Not replayed on 5xx/timeouts: a replay of an applied edit with the old expectedRevision is a false conflict.
      const res = await this.http.request("PUT", path, { body: { ...body, expectedRevision: draft.draftRevision ?? 0 }, idempotent: false });
      const rev = isRecord(res.data) ? res.data : {};
      let draftId = str(rev.draftId) ?? draft.draftId;
      let draftRevision = num(rev.draftRevision);
      if (!draftId) {
        // The Revision should carry draftId; when it does not, ask the branch which draft is open (if any).
        const open = await this.openDraftDoc(draft.agentId, branchId);
        draftId = (open && str(open.latest.draftId)) || "";
        draftRevision ??= open ? num(open.latest.draftRevision) : undefined;
      }
      return { ...draft, branchId, draftId, draftRevision: draftRevision ?? (draft.draftRevision ?? 0) + 1 };
    } catch (err) {
      if (err instanceof ConflictError && err.errorType === "publish_in_progress") {
        // The branch's draft is in its security check: another run (or someone in the dashboard) is publishing it.
        throw new ConflictError(
          { status: err.status, method: err.method, path: err.path, requestId: err.requestId, errors: err.errors, errorType: err.errorType, data: err.data },
          `Agent ${draft.agentId}: a publish is in progress on this branch: someone else (another atoms-gitops run, or the dashboard) is publishing the agent; nothing was written. Run apply again once it has finished.${err.requestId ? ` (request id ${err.requestId})` : ""}`,
        );
      }
      if (err instanceof ConflictError && err.errorType !== "versioning_v2_migration_required") {
        const fields = err.conflictingFields;
        const detail = isRecord(err.data) && isRecord(err.data.conflict) ? err.data.conflict : undefined;
        const revs = detail ? ` (expected revision ${String(detail.expectedRevision)}, now ${String(detail.latestRevision)})` : "";
        throw new ConflictError(
          { status: err.status, method: err.method, path: err.path, requestId: err.requestId, errors: err.errors, errorType: err.errorType, data: err.data },
          `Agent ${draft.agentId}: draft conflict${revs}: another edit changed ${fields.join(", ") || "the same fields"}; nothing was overwritten. Re-plan.${err.requestId ? ` (request id ${err.requestId})` : ""}`,
        );
      }
      throw err;
    }
  }

  readDraft(draft: DraftHandle): Promise<JsonObject> {
    if (draft.draftId) return readDraftConfig(this.http, draft.agentId, draft.draftId);
    // Nothing written yet: the draft would be seeded from the head.
    return this.readVersionConfig(draft.agentId, draft.baseVersionId);
  }

  private async readVersionConfig(agentId: string, versionId: string): Promise<JsonObject> {
    const res = await this.http.request("GET", agentPath(agentId), { query: { versionId } });
    const data = requireObject(res, res.data, "data");
    return data._resolvedConfig === undefined ? {} : (requireObject(res, data._resolvedConfig, "_resolvedConfig") as JsonObject);
  }

  /** 200 committed carries the revision; 202 scanning does not, so the newest revision is the one (§9.27). */
  private async committedOrNewest(agentId: string, branchId: string, res: HttpResult): Promise<string> {
    const data = isRecord(res.data) ? res.data : {};
    if (res.status !== 202 && data.state !== "scanning" && isRecord(data.revision)) {
      return requireString(res, data.revision._id, "data.revision._id");
    }
    const list = await this.http.request("GET", branchPath(agentId, branchId, "/revisions"), { query: { limit: 1 } });
    const revisions = requireArray(list, requireObject(list, list.data, "data").revisions, "data.revisions");
    if (revisions.length === 0 || !isRecord(revisions[0])) throw unexpectedShape(list, "no revision listed after a scanning publish");
    return requireString(list, revisions[0]._id, "data.revisions[0]._id");
  }

  async publish(draft: DraftHandle, options: PublishOptions): Promise<PublishedHandle> {
    const branchId = draft.branchId ?? (await this.liveBranch(draft.agentId)).id;
    // Publish takes whatever the branch draft holds. If anyone edited it after our write, publishing would ship
    // their unreviewed edit (or ours over theirs): refuse instead, before anything is published.
    const open = await this.openDraftDoc(draft.agentId, branchId);
    const openId = open ? str(open.latest.draftId) : undefined;
    const openRevision = open ? num(open.latest.draftRevision) : undefined;
    if (!open || openId !== draft.draftId || (draft.draftRevision !== undefined && openRevision !== draft.draftRevision)) {
      const by = open && Array.isArray(open.data.editHistory) && isRecord(open.data.editHistory[0]) ? str(open.data.editHistory[0].editorName) : undefined;
      throw new ConflictError(
        { status: 409, method: "GET", path: branchPath(draft.agentId, branchId, "/draft"), errors: ["draft_changed"], errorType: "draft_changed" },
        open
          ? `Agent ${draft.agentId}: the branch draft was edited by someone else after our write (revision ${draft.draftRevision} -> ${openRevision}${by ? `, by ${by}` : ""}); nothing was published. Re-plan.`
          : `Agent ${draft.agentId}: the branch draft disappeared before publishing (published or discarded by someone else); nothing was published. Re-plan.`,
      );
    }
    const res = await this.http.request("POST", branchPath(draft.agentId, branchId, "/draft/publish"), {
      body: { label: clip(options.label, 200) },
    });
    const versionId = await this.committedOrNewest(draft.agentId, branchId, res);
    return { agentId: draft.agentId, versionId, branchId };
  }

  async getVersion(published: PublishedHandle): Promise<VersionInfo> {
    if (!published.branchId) {
      // The by-id v1 read keeps working under v2 and resolves across branches.
      const res = await this.http.request("GET", agentPath(published.agentId, `/versions/${encodeURIComponent(published.versionId)}`));
      const info = toRevisionInfo(requireObject(res, requireObject(res, res.data, "data").version, "data.version"));
      if (!info) throw unexpectedShape(res, "data.version has no _id");
      return info;
    }
    const res = await this.http.request("GET", branchPath(published.agentId, published.branchId, `/revisions/${encodeURIComponent(published.versionId)}`));
    const data = requireObject(res, res.data, "data");
    const info = toRevisionInfo(requireObject(res, data.revision, "data.revision"));
    if (!info) throw unexpectedShape(res, "data.revision has no _id");
    if (!info.branchId) info.branchId = published.branchId;
    return info;
  }

  async activate(published: PublishedHandle): Promise<void> {
    const all = await this.branches(published.agentId);
    const branchId = published.branchId ?? all.find((b) => b.isLive)?.id;
    const branch = all.find((b) => b.id === branchId);
    if (!branch) {
      throw new NotFoundError(
        { status: 404, method: "GET", path: agentPath(published.agentId, "/branches"), errors: ["Branch not found"] },
        `Agent ${published.agentId}: branch ${branchId ?? "(unknown)"} not found; cannot make it live`,
      );
    }
    // Publishing on the live branch already serves; only another branch needs switching.
    if (branch.isLive) return;
    await this.http.request("POST", branchPath(published.agentId, branch.id, "/live"), { body: {}, idempotent: true });
  }

  async cancelPublish(published: PublishedHandle): Promise<boolean> {
    const branchId = published.branchId ?? (await this.liveBranch(published.agentId)).id;
    const res = await this.http.request("POST", branchPath(published.agentId, branchId, "/draft/publish/cancel"), { idempotent: true });
    return isRecord(res.data) && res.data.cancelled === true;
  }

  async discard(draft: DraftHandle): Promise<void> {
    // Without a draftId we never wrote, so there is no draft of ours to discard.
    if (!draft.draftId || !draft.branchId) return;
    const open = await this.openDraftDoc(draft.agentId, draft.branchId);
    if (!open || str(open.latest.draftId) !== draft.draftId) return;
    // The branch has one shared draft slot: once someone else edited it after us, it holds their work too. Leave it
    // (and say so through the conflict the caller already reports) rather than delete their edit.
    const revision = num(open.latest.draftRevision);
    if (draft.draftRevision !== undefined && revision !== undefined && revision > draft.draftRevision) return;
    try {
      await this.http.request("DELETE", branchPath(draft.agentId, draft.branchId, "/draft"));
    } catch (err) {
      if (err instanceof NotFoundError) return;
      throw err;
    }
  }

  async listVersions(agentId: string, options: { newest?: number } = {}): Promise<VersionInfo[]> {
    const branch = await this.liveBranch(agentId);
    const out: VersionInfo[] = [];
    const page = options.newest ? Math.min(Math.max(1, options.newest), REVISIONS_PAGE) : REVISIONS_PAGE;
    for (let skip = 0; ; skip += page) {
      const res = await this.http.request("GET", branchPath(agentId, branch.id, "/revisions"), { query: { limit: page, skip } });
      const data = requireObject(res, res.data, "data");
      const items = requireArray(res, data.revisions, "data.revisions");
      for (const item of items) {
        const v = toVersionInfo(item);
        if (!v) continue;
        v.isActive = v.id === branch.headRevisionId;
        if (!v.branchId) v.branchId = branch.id;
        out.push(v);
      }
      const total = num(data.total);
      if (options.newest || items.length < page || (total !== undefined && skip + items.length >= total)) break;
    }
    return out;
  }

  async restore(agentId: string, versionId: string): Promise<PublishedHandle> {
    const branch = await this.liveBranch(agentId);
    const res = await this.http.request("POST", branchPath(agentId, branch.id, `/revisions/${encodeURIComponent(versionId)}/restore`));
    const newHead = await this.committedOrNewest(agentId, branch.id, res);
    return { agentId, versionId: newHead, branchId: branch.id };
  }

  async listDrafts(agentId: string): Promise<DraftSummary[]> {
    const out: Array<{ draftId: string; name: string | null; baseVersionId: string | null; branchId?: string }> = [];
    for (const b of await this.branches(agentId)) {
      if (!b.hasOpenDraft) continue;
      const open = await this.openDraftDoc(agentId, b.id);
      if (!open) continue;
      const draftId = str(open.latest.draftId);
      if (!draftId) continue;
      out.push({
        draftId,
        name: str(open.latest.draftName) ?? null,
        baseVersionId: str(open.latest.sourceVersionId) ?? b.headRevisionId,
        branchId: b.id,
      });
    }
    return out;
  }
}
