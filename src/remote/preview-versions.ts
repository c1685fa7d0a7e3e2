// Previews on v1 drafts/versions (docs/atoms-api.md §5.3): publishing never activates, so a version can be stored, diffed and
// security-checked while the active one keeps serving; `PATCH …/activate` later serves exactly that version.
import type { VersionInfo } from "../model/observed.js";
import { previewDraftName, previewLabel, type PreviewCloseResult, type PreviewPort, type PreviewRecord, type PreviewSlot, type ServerDiffSection } from "../model/preview.js";
import type { DraftHandle, PublishedHandle } from "../model/versioning.js";
import { NotFoundError } from "../errors.js";
import { agentPath } from "./agents-api.js";
import { toServerDiff } from "./preview-diff.js";
import type { Transport } from "./transport.js";
import { VersionsAdapter } from "./versions-adapter.js";

/** Earlier previews of the same pull request are among the newest versions; older ones are not worth a page. */
const REUSE_WINDOW = 20;

export class VersionsPreview implements PreviewPort {
  readonly model = "versions" as const;
  readonly drafts: VersionsAdapter;

  constructor(private readonly http: Transport) {
    this.drafts = new VersionsAdapter(http);
  }

  async prepare(agentId: string, name: string, liveVersionId: string): Promise<PreviewSlot> {
    const notes: string[] = [];
    const left = await this.discardDrafts(agentId, name);
    if (left.length > 0) notes.push(`discarded ${left.length} draft(s) an earlier preview left`);
    const label = previewLabel(name, liveVersionId);
    const previous = (await this.drafts.listVersions(agentId, { newest: REUSE_WINDOW })).find(
      (v) => v.label === label && v.securityCheck?.status !== "failed",
    );
    return { agentId, name, liveVersionId, draftBaseVersionId: liveVersionId, ...(previous ? { previous: { versionId: previous.id } } : {}), notes };
  }

  private async discardDrafts(agentId: string, name: string): Promise<string[]> {
    const mine = (await this.drafts.listDrafts(agentId)).filter((d) => d.name === previewDraftName(name));
    for (const d of mine) await this.drafts.discard({ agentId, draftId: d.draftId, baseVersionId: d.baseVersionId ?? "" });
    return mine.map((d) => d.draftId);
  }

  async abandon(slot: PreviewSlot): Promise<void> {
    await this.discardDrafts(slot.agentId, slot.name);
  }

  openDraft(slot: PreviewSlot): Promise<DraftHandle> {
    return this.drafts.openDraft(slot.agentId, slot.liveVersionId, previewDraftName(slot.name));
  }

  async serverDiff(slot: PreviewSlot, draft: DraftHandle): Promise<ServerDiffSection[]> {
    const res = await this.http.request("GET", agentPath(slot.agentId, `/drafts/${encodeURIComponent(draft.draftId)}/diff`), {
      query: { versionId: slot.liveVersionId },
    });
    return toServerDiff(res.data);
  }

  publish(_slot: PreviewSlot, draft: DraftHandle, label: string, description: string): Promise<PublishedHandle> {
    return this.drafts.publish(draft, { label, description });
  }

  getVersion(published: PublishedHandle): Promise<VersionInfo> {
    return this.drafts.getVersion(published);
  }

  async promotable(agentId: string, record: PreviewRecord): Promise<string | null> {
    try {
      const v = await this.drafts.getVersion({ agentId, versionId: record.versionId });
      const check = v.securityCheck?.status ?? "passed";
      return check === "passed" ? null : `previewed version ${record.versionId} has security check "${check}"`;
    } catch (err) {
      if (err instanceof NotFoundError) return `previewed version ${record.versionId} is gone`;
      throw err;
    }
  }

  async promote(agentId: string, record: PreviewRecord): Promise<{ previousLiveBranchId?: string }> {
    await this.drafts.activate({ agentId, versionId: record.versionId });
    return {};
  }

  async close(agentId: string, name: string): Promise<PreviewCloseResult> {
    return { archivedBranches: [], discardedDrafts: await this.discardDrafts(agentId, name) };
  }
}
