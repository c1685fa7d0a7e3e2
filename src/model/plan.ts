import type { Diagnostic } from "./diagnostic.js";
import type { JsonValue } from "./json.js";
import type { PreviewRecord } from "./preview.js";
import type { ApiModelName } from "./versioning.js";

export const PLAN_FORMAT_VERSION = "1.0";

export type AgentAction = "create" | "update" | "noop" | "archive" | "unmanaged";

/** A value that must not be shown or stored: only its digest travels (so apply can check it is unchanged). */
export interface SensitiveValue {
  sensitive: true;
  /**
   * In memory: `sha256:<hex>` of the canonical JSON of the value. In a saved plan: `hmac-sha256:<hex>`, the HMAC of
   * that digest under a per-plan key kept outside the file (see `Plan.secretDigests`).
   */
  digest: string;
}

export type PlanValue = JsonValue | SensitiveValue;

export interface FieldChange {
  /** JSON Pointer into the definition: `/spec/synthesizer/speed`, `/metadata/description`, `/spec/tools`. */
  path: string;
  /** Absent when the field is not set remotely. */
  before?: PlanValue;
  after?: PlanValue;
  /** `config` goes through a draft; `metadata` through `PATCH /agent/{id}`. */
  kind: "config" | "metadata";
  /**
   * The file the desired value comes from when it is not the agent's own file (a base, a shared tool file, a prompt
   * fragment; several joined by ", "): a change there reaches every agent that uses it.
   */
  source?: string;
}

export interface AgentPlan {
  name: string;
  /** Remote id; null for `create`. */
  id: string | null;
  /** Definition file (display path); absent for unmanaged/archive. */
  file?: string;
  action: AgentAction;
  /** Precondition: the active version (v1) / live head revision (v2) the plan was computed from. */
  baseVersionId: string | null;
  /** Precondition for metadata: digest of the remote metadata the plan was computed from. */
  baseMetadataDigest?: string;
  changes: FieldChange[];
  /** Managed fields that already match (for "(N unchanged fields hidden)"). */
  unchangedCount: number;
  /** For `archive`/`unmanaged`: why it is (not) archivable, e.g. `protected`, `foreign`. */
  blockedReason?: string;
  warnings?: string[];
  /** Set by `preview --out` when the platform confirmed this agent's change: apply promotes exactly that revision. */
  preview?: PreviewRecord;
}

/**
 * Knowledge bases, webhooks and agent subscriptions: account-level and immediate. A change is live when its call
 * returns; no version records it and no platform rollback undoes it.
 */
export type ResourceKind = "knowledgeBase" | "webhook" | "subscriptions";
export type ResourceAction = "create" | "adopt" | "update" | "noop" | "delete" | "unmanaged";

export type ResourceChangeOp =
  | "set-description"
  | "add-file"
  | "replace-file"
  | "remove-file"
  | "add-url"
  | "remove-url"
  | "set-endpoint"
  | "send-headers"
  | "set-subscriptions"
  | "delete-subscriptions";

export interface ResourceChange {
  op: ResourceChangeOp;
  /** What it is about, for people: a file path, a URL, an agent name. Never a header value. */
  target?: string;
  before?: string;
  after?: string;
  /** The platform item / scraped row the change removes or replaces. */
  itemId?: string;
  /** The file name an upload stores (`<stem>.<digest>.pdf`). */
  uploadName?: string;
  events?: string[];
  /** `send-headers`: how many headers the new set holds (names and values are never in a plan). */
  headerCount?: number;
}

export interface ResourcePlan {
  kind: ResourceKind;
  /** `metadata.name` of the definition; for `subscriptions`, the agent's name. */
  name: string;
  /** Platform id; null when created by this plan (known after apply). */
  id: string | null;
  file?: string;
  action: ResourceAction;
  changes: ResourceChange[];
  /** Every agent the change reaches (a knowledge base is shared: an edit reaches them all at once). */
  agents: string[];
  /** Platform content this tool does not manage and leaves as it is (text items, files without a digest name). */
  leftAlone?: string[];
  /** For `unmanaged`: why it is not deleted (`foreign`, `in-use`, no `--prune`). */
  blockedReason?: string;
  warnings?: string[];
}

export interface PlanSummary {
  create: number;
  update: number;
  noop: number;
  archive: number;
  unmanaged: number;
}

export interface Plan {
  formatVersion: string;
  createdAt: string;
  tool: { name: string; version: string };
  source: { gitSha?: string; dir: string; configDigest: string };
  target: { environment?: string; baseUrl: string; apiModel: ApiModelName };
  summary: PlanSummary;
  agents: AgentPlan[];
  /** Knowledge bases, webhooks, subscriptions: absent when the definitions have none and the plan touches none. */
  resources?: ResourcePlan[];
  diagnostics: Diagnostic[];
  /** Present in a saved plan whose secret digests are keyed; `keyCheck` lets apply refuse a wrong key by name. */
  secretDigests?: { algorithm: "hmac-sha256"; keyCheck: string; nonce?: string };
}
