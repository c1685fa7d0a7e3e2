// v1 drafts/versions (docs/atoms-api.md §5.2/5.3).
import type { JsonObject } from "../model/json.js";
import type { VersionInfo } from "../model/observed.js";
import { DRAFTS_VERSIONS_TRAITS, type DraftHandle, type DraftSummary, type PublishOptions, type PublishedHandle, type VersioningAdapter } from "../model/versioning.js";
import { NotFoundError } from "../errors.js";
import { agentPath } from "./agents-api.js";
import { unexpectedShape } from "./envelope.js";
import { num, requireArray, requireObject, requireString, str, toObservedAgent, toVersionInfo } from "./reader.js";
import type { Transport } from "./transport.js";

const VERSIONS_PAGE = 100;

/** Server limits (§5.3): names ≤ 100, labels ≤ 200, descriptions ≤ 2000 characters. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export async function readDraftConfig(http: Transport, agentId: string, draftId: string): Promise<JsonObject> {
  const res = await http.request("GET", agentPath(agentId), { query: { draftId } });
  return toObservedAgent(res, res.data, agentId).resolved;
}

export class VersionsAdapter implements VersioningAdapter {
  readonly model = "versions" as const;
  readonly traits = DRAFTS_VERSIONS_TRAITS;

  constructor(private readonly http: Transport) {}

  async openDraft(agentId: string, baseVersionId: string, name: string): Promise<DraftHandle> {
    const res = await this.http.request("POST", agentPath(agentId, "/drafts"), {
      body: { sourceVersionId: baseVersionId, draftName: clip(name, 100) },
    });
    const data = requireObject(res, res.data, "data");
    // The path id of a draft is `draftId`; `_id` changes with every edit (§9.5).
    const draftId = requireString(res, data.draftId, "data.draftId");
    const handle: DraftHandle = { agentId, draftId, baseVersionId };
    const rev = num(data.draftRevision);
    if (rev !== undefined) handle.draftRevision = rev;
    return handle;
  }

  async patchDraft(draft: DraftHandle, body: JsonObject): Promise<DraftHandle> {
    const res = await this.http.request("PATCH", agentPath(draft.agentId, `/drafts/${encodeURIComponent(draft.draftId)}/config`), { body });
    const data = requireObject(res, res.data, "data");
    const rev = num(data.draftRevision);
    return rev === undefined ? { ...draft } : { ...draft, draftRevision: rev };
  }

  readDraft(draft: DraftHandle): Promise<JsonObject> {
    return readDraftConfig(this.http, draft.agentId, draft.draftId);
  }

  async publish(draft: DraftHandle, options: PublishOptions): Promise<PublishedHandle> {
    const res = await this.http.request("POST", agentPath(draft.agentId, `/drafts/${encodeURIComponent(draft.draftId)}/publish`), {
      body: { label: clip(options.label, 200), description: clip(options.description, 2000) },
    });
    const data = requireObject(res, res.data, "data");
    return { agentId: draft.agentId, versionId: requireString(res, data._id, "data._id") };
  }

  async getVersion(published: PublishedHandle): Promise<VersionInfo> {
    const res = await this.http.request("GET", agentPath(published.agentId, `/versions/${encodeURIComponent(published.versionId)}`));
    const data = requireObject(res, res.data, "data");
    const info = toVersionInfo(requireObject(res, data.version, "data.version"));
    if (!info) throw unexpectedShape(res, "data.version has no _id");
    return info;
  }

  async activate(published: PublishedHandle): Promise<void> {
    await this.http.request("PATCH", agentPath(published.agentId, `/versions/${encodeURIComponent(published.versionId)}/activate`));
  }

  async discard(draft: DraftHandle): Promise<void> {
    try {
      await this.http.request("DELETE", agentPath(draft.agentId, `/drafts/${encodeURIComponent(draft.draftId)}`));
    } catch (err) {
      if (err instanceof NotFoundError) return;
      throw err;
    }
  }

  async listVersions(agentId: string, options: { newest?: number } = {}): Promise<VersionInfo[]> {
    const out: VersionInfo[] = [];
    const page = options.newest ? Math.min(Math.max(1, options.newest), VERSIONS_PAGE) : VERSIONS_PAGE;
    for (let skip = 0; ; skip += page) {
      const res = await this.http.request("GET", agentPath(agentId, "/versions"), { query: { limit: page, skip } });
      const data = requireObject(res, res.data, "data");
      const items = requireArray(res, data.versions, "data.versions");
      for (const item of items) {
        const v = toVersionInfo(item);
        if (v) out.push(v);
      }
      const total = num(data.total);
      if (options.newest || items.length < page || (total !== undefined && skip + items.length >= total)) break;
    }
    return out;
  }

  async labelVersion(agentId: string, versionId: string, label: string): Promise<void> {
    await this.http.request("PATCH", agentPath(agentId, `/versions/${encodeURIComponent(versionId)}`), {
      body: { label: clip(label, 200) },
      idempotent: true,
    });
  }

  async restore(agentId: string, versionId: string): Promise<PublishedHandle> {
    const published = { agentId, versionId };
    await this.activate(published);
    return published;
  }

  async listDrafts(agentId: string): Promise<DraftSummary[]> {
    const res = await this.http.request("GET", agentPath(agentId, "/drafts"));
    return requireArray(res, res.data, "data").flatMap((item) => {
      const d = item !== null && typeof item === "object" ? (item as Record<string, unknown>) : {};
      const draftId = str(d.draftId);
      if (!draftId) return [];
      return [{ draftId, name: str(d.draftName) ?? null, baseVersionId: str(d.sourceVersionId) ?? null, updatedAt: str(d.updatedAt) ?? null }];
    });
  }
}
