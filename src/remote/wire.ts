// Wire types of the Atoms REST API (contract: /work/shared/atoms-api.md). Types only: the emulator
// `import type`s them to produce responses; the client never trusts them when reading (see reader.ts).
import type { JsonObject, JsonValue } from "../model/json.js";

/** §1.3 success envelope. A few endpoints say `success` instead of `status`. */
export interface WireSuccess<T> {
  status?: true;
  success?: true;
  data: T;
}

/** §1.4 error envelope. `data` carries v2 conflict details. */
export interface WireError {
  status: false;
  errors: string[];
  error_type?: string;
  data?: JsonValue;
}

export type WireEnvelope<T> = WireSuccess<T> | WireError;

/** Known `error_type` discriminators. */
export type WireErrorType =
  | "versioning_v2_migration_required"
  | "branch_name_exists"
  | "source_has_no_commit"
  | "source_scanning"
  | "no_committed_revision"
  | "publish_in_progress"
  | "config_freeze_active"
  | (string & {});

/** §2.3 one item of `GET /agent`. */
export interface WireAgentListItem {
  _id: string;
  name: string;
  workflowType?: string;
  archived?: boolean;
  activeVersionId?: string | null;
  createdAt?: string;
  updatedAt?: string;
}

/** §2.3 `GET /agent` data. `total` (spec) and `totalCount` (live) both hold the match count. */
export interface WireAgentList {
  agents: WireAgentListItem[];
  total?: number;
  totalCount?: number;
  totalPages?: number;
  hasMore?: boolean;
  isSearchResults?: boolean;
}

/** §2.4 `GET /agent/{id}` data. */
export interface WireAgent {
  _id: string;
  name: string;
  description?: string;
  workflowId?: string;
  workflowType?: string;
  activeVersionId?: string | null;
  versionId?: string | null;
  phoneNumber?: string[];
  archived?: boolean;
  archivedAt?: string | null;
  allowInboundCall?: boolean;
  visibleToEveryone?: boolean;
  avatarUrl?: string;
  organization?: string;
  createdBy?: string;
  totalCalls?: number;
  createdAt?: string;
  updatedAt?: string;
  _resolvedConfig?: JsonObject;
  _configSource?: "draft" | "version";
}

/** §5.4 security check of a version / revision. `null` on very old versions (counts as passed). */
export interface WireSecurityCheck {
  status: "queued" | "passed" | "failed" | (string & {});
  reason: string | null;
  triggeredAt?: string | null;
  completedAt?: string | null;
}

/** §5.4 AgentVersion document (version or draft revision). */
export interface WireAgentVersion {
  _id: string;
  agent: string;
  status: "published" | "draft" | "archived" | (string & {});
  versionNumber: number | null;
  label?: string | null;
  description?: string | null;
  isPinned?: boolean;
  isActive?: boolean;
  publishedBy?: string | null;
  publishedAt?: string | null;
  activatedBy?: string | null;
  activatedAt?: string | null;
  draftId?: string | null;
  draftName?: string | null;
  draftRevision?: number | null;
  sourceVersionId?: string | null;
  parentVersion?: string | null;
  blocks?: Record<string, string>;
  workflowType?: string;
  securityCheck?: WireSecurityCheck | null;
  createdBy?: string | null;
  createdAt?: string;
  updatedAt?: string;
  publishedByName?: string | null;
  activatedByName?: string | null;
  lastEditorName?: string | null;
}

/** §5.3 `GET /agent/{id}/versions` data. */
export interface WireVersionList {
  versions: WireAgentVersion[];
  total: number;
}

/** §5.3 `GET /agent/{id}/versions/{versionId}` data; `resolvedConfig` is keyed by section. */
export interface WireVersionDetail {
  version: WireAgentVersion;
  resolvedConfig?: Record<string, JsonObject>;
}

/** §5.3 `POST /drafts` body. */
export interface WireCreateDraftBody {
  sourceVersionId?: string;
  sourceDraftId?: string;
  draftName?: string;
}

/** §5.3 `POST /drafts/{draftId}/publish` body. */
export interface WirePublishV1Body {
  label?: string;
  description?: string;
  activate?: boolean;
}

/** §6.4 Branch. */
export interface WireBranch {
  _id: string;
  agent: string;
  name: string;
  isDefault: boolean;
  sourceBranchId: string | null;
  sourceRevisionId: string | null;
  headRevisionId: string | null;
  openDraftId: string | null;
  status: "active" | "archived" | (string & {});
  createdBy?: string | null;
  updatedBy?: string | null;
  createdAt?: string;
  updatedAt?: string;
}

/** §6.4 BranchSummary: `isLive` sits on the wrapper, `_id`/`isDefault` on the inner branch. */
export interface WireBranchSummary {
  branch: WireBranch;
  isLive: boolean;
  hasOpenDraft: boolean;
  revisionsCount: number;
  headRevisionNumber: number | null;
  createdByName?: string | null;
  updatedByName?: string | null;
}

/** §6.4 Revision: an AgentVersion plus branch fields. */
export interface WireRevision extends WireAgentVersion {
  branch: string;
  revisionNumber: number | null;
  restoredFromLabel?: string | null;
  restoredFromRevisionId?: string | null;
  sourceDraftId?: string | null;
  pendingPublish?: { state: "active" | "cancelled"; startedBy?: string; startedAt?: string } | null;
  promptScore?: number | null;
  promptScoreStale?: boolean;
}

/** §6.2 `GET /branches/{b}/draft` data. */
export interface WireBranchDraft {
  latest: WireRevision;
  editCount: number;
  editHistory: Array<{ revision: WireRevision; changedSections: string[]; editorName: string | null }>;
}

/** §6.2 `PUT /branches/{b}/draft` body: a config partial plus `expectedRevision`. */
export type WirePutBranchDraftBody = JsonObject & { expectedRevision?: number };

/** §6.2 409 body data on a stale `expectedRevision`. */
export interface WireDraftConflict {
  conflict: {
    expectedRevision: number;
    latestRevision: number;
    diffs: Array<{ path: string; oldValue?: JsonValue; newValue?: JsonValue }>;
  };
}

/** §6.2 publish / restore data: 200 committed (with the revision) or 202 scanning (no id). */
export type WirePublishV2Result = { state: "committed"; revision: WireRevision } | { state: "scanning" };

/** §6.2 `GET /branches/{b}/revisions` data (newest first, scanning revisions included). */
export interface WireRevisionList {
  revisions: WireRevision[];
  total: number;
}

/** §6.2 `GET /branches/{b}/revisions/{rid}` data. */
export interface WireRevisionDetail {
  revision: WireRevision;
  resolvedConfig?: Record<string, JsonObject>;
}

/** §7 one phone-number product. */
export interface WirePhoneNumber {
  _id: string;
  productType?: string;
  isActive: boolean;
  agentId: string | null;
  attributes: { phoneNumber: string; provider: string; countryCode?: string };
  createdAt?: string;
  updatedAt?: string;
}
