// Previews on v2 branches/revisions (docs/atoms-api.md §6.2): a non-live branch forked from the live head holds the change;
// publishing there runs the security check and serves nothing; `POST …/live` later serves exactly that revision.
import { ConflictError, NotFoundError } from "../errors.js";
import type { VersionInfo } from "../model/observed.js";
import { PREVIEW_LABEL_PREFIX, type PreviewCloseResult, type PreviewPort, type PreviewRecord, type PreviewSlot, type ServerDiffSection } from "../model/preview.js";
import type { DraftHandle, PublishedHandle } from "../model/versioning.js";
import { agentPath } from "./agents-api.js";
import { BranchesAdapter, branchPath, type BranchState } from "./branches-adapter.js";
import { toServerDiff } from "./preview-diff.js";
import { isRecord, requireArray, requireObject, requireString, str } from "./reader.js";
import type { Transport } from "./transport.js";

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export class BranchesPreview implements PreviewPort {
  readonly model = "branches" as const;
  readonly drafts: BranchesAdapter;

  constructor(private readonly http: Transport) {
    this.drafts = new BranchesAdapter(http);
  }

  async prepare(agentId: string, name: string, liveVersionId: string): Promise<PreviewSlot> {
    const all = await this.drafts.branches(agentId);
    const live = all.find((b) => b.isLive);
    if (!live) throw new Error(`agent ${agentId} has no live branch`);
    if (live.headRevisionId !== liveVersionId) {
      throw new ConflictError(
        { status: 409, method: "GET", path: agentPath(agentId, "/branches"), errors: ["head_moved"], errorType: "head_moved" },
        `the live head moved while previewing (${liveVersionId} -> ${live.headRevisionId ?? "none"}); run preview again`,
      );
    }
    const notes: string[] = [];
    let branch = all.find((b) => !b.isDefault && sameName(b.name, name));
    if (branch?.isLive) {
      throw new ConflictError(
        { status: 409, method: "GET", path: agentPath(agentId, "/branches"), errors: ["preview_branch_live"], errorType: "preview_branch_live" },
        `branch "${branch.name}" is the live branch (promoted earlier); preview under another name`,
      );
    }
    if (branch) await this.discardLeftover(agentId, branch, notes);
    if (branch && branch.sourceRevisionId !== liveVersionId) {
      // Forked from an older live head: the preview would review a base that no longer serves. Fork anew.
      await this.http.request("POST", branchPath(agentId, branch.id, "/archive"));
      notes.push(`re-forked branch "${name}": the live head moved since the last preview`);
      branch = undefined;
    }
    if (!branch) {
      const res = await this.http.request("POST", agentPath(agentId, "/branches"), { body: { sourceBranchId: live.id, name } });
      const data = requireObject(res, res.data, "data");
      const id = requireString(res, data._id, "data._id");
      if (notes.length === 0) notes.push(`forked branch "${name}" from the live head`);
      return { agentId, name, liveVersionId, branchId: id, draftBaseVersionId: liveVersionId, notes };
    }
    const head = branch.headRevisionId;
    return {
      agentId,
      name,
      liveVersionId,
      branchId: branch.id,
      draftBaseVersionId: head ?? liveVersionId,
      ...(head ? { previous: { versionId: head } } : {}),
      notes,
    };
  }

  /** A draft left on the preview branch is an interrupted preview's (the branch is the preview's own): clear it. */
  private async discardLeftover(agentId: string, branch: BranchState, notes: string[]): Promise<void> {
    if (!branch.hasOpenDraft) return;
    // A scan still running would commit when it passes; withdraw it first (a draft whose publish scans cannot be deleted).
    await this.http.request("POST", branchPath(agentId, branch.id, "/draft/publish/cancel"), { idempotent: true });
    try {
      await this.http.request("DELETE", branchPath(agentId, branch.id, "/draft"));
      notes.push(`discarded a draft an earlier preview left on branch "${branch.name}"`);
    } catch (err) {
      if (!(err instanceof NotFoundError)) throw err;
    }
  }

  async abandon(slot: PreviewSlot): Promise<void> {
    const branch = (await this.drafts.branches(slot.agentId)).find((b) => b.id === slot.branchId);
    if (branch) await this.discardLeftover(slot.agentId, branch, []);
  }

  async openDraft(slot: PreviewSlot): Promise<DraftHandle> {
    return { agentId: slot.agentId, draftId: "", baseVersionId: slot.draftBaseVersionId, branchId: slot.branchId!, draftRevision: 0 };
  }

  async serverDiff(slot: PreviewSlot, draft: DraftHandle): Promise<ServerDiffSection[]> {
    const res = await this.http.request("GET", agentPath(slot.agentId, "/diff"), { query: { a: slot.liveVersionId, b: `${draft.branchId}:draft` } });
    return toServerDiff(res.data);
  }

  publish(_slot: PreviewSlot, draft: DraftHandle, label: string, description: string): Promise<PublishedHandle> {
    return this.drafts.publish(draft, { label, description });
  }

  getVersion(published: PublishedHandle): Promise<VersionInfo> {
    return this.drafts.getVersion(published);
  }

  async promotable(agentId: string, record: PreviewRecord): Promise<string | null> {
    if (!record.branchId) return "the plan records no preview branch";
    const branch = (await this.drafts.branches(agentId)).find((b) => b.id === record.branchId);
    if (!branch) return `preview branch "${record.name}" is gone (archived or closed)`;
    if (branch.headRevisionId !== record.versionId) {
      return `preview branch "${record.name}" moved on (head ${branch.headRevisionId ?? "none"}, previewed ${record.versionId})`;
    }
    return null;
  }

  async promote(agentId: string, record: PreviewRecord): Promise<{ previousLiveBranchId?: string }> {
    const live = (await this.drafts.branches(agentId)).find((b) => b.isLive);
    if (live?.id === record.branchId) return {};
    await this.http.request("POST", branchPath(agentId, record.branchId!, "/live"), { body: {}, idempotent: true });
    // Main stays whatever happens: only another branch that stopped serving is a candidate for retiring.
    return live && !live.isDefault ? { previousLiveBranchId: live.id } : {};
  }

  /** Only a branch a preview made (one of its revisions carries the preview label) is archived; never the default one. */
  async retire(agentId: string, branchId: string): Promise<boolean> {
    const branch = (await this.drafts.branches(agentId)).find((b) => b.id === branchId);
    if (!branch || branch.isDefault || branch.isLive) return false;
    const res = await this.http.request("GET", branchPath(agentId, branchId, "/revisions"), { query: { limit: 100 } });
    const revisions = requireArray(res, requireObject(res, res.data, "data").revisions, "data.revisions");
    const ours = revisions.some((r) => isRecord(r) && (str(r.label) ?? "").startsWith(PREVIEW_LABEL_PREFIX));
    if (!ours) return false;
    await this.http.request("POST", branchPath(agentId, branchId, "/archive"));
    return true;
  }

  async close(agentId: string, name: string): Promise<PreviewCloseResult> {
    const result: PreviewCloseResult = { archivedBranches: [], discardedDrafts: [] };
    for (const branch of await this.drafts.branches(agentId)) {
      if (branch.isDefault || branch.isLive || !sameName(branch.name, name)) continue;
      const notes: string[] = [];
      await this.discardLeftover(agentId, branch, notes);
      if (notes.length > 0) result.discardedDrafts.push(branch.id);
      await this.http.request("POST", branchPath(agentId, branch.id, "/archive"));
      result.archivedBranches.push(branch.id);
    }
    return result;
  }
}
