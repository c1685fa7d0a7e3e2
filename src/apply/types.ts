import type { AgentDefinition } from "../model/definition.js";
import type { AgentPlan } from "../model/plan.js";
import type { AgentsApi, VersioningAdapter } from "../model/versioning.js";

/** The steps of one agent's flow, in order. Each is observable through hooks (and journaled by the CLI). */
export type StepName =
  | "read-active"
  | "create"
  | "open-draft"
  | "patch-draft"
  | "verify-draft"
  | "recheck-base"
  | "publish"
  | "await-check"
  | "activate"
  | "verify-live"
  | "update-metadata"
  | "verify-metadata"
  | "archive"
  | "discard-draft";

export type AgentStatus = "applied" | "failed" | "skipped" | "unchanged";

export interface StepEvent {
  agent: string;
  step: StepName;
  phase: "start" | "done" | "failed";
  /** Ids produced or used by the step (agent id, draft id, version id): what a resume needs. Never secrets. */
  ids?: { agentId?: string; draftId?: string; versionId?: string; branchId?: string };
  detail?: string;
  durationMs?: number;
}

export interface AgentResult {
  name: string;
  id: string | null;
  action: AgentPlan["action"];
  status: AgentStatus;
  /** The version now active because of this run (config changes only). */
  versionId?: string;
  /** Where and why it failed or was skipped. */
  error?: { step: StepName | "precondition"; message: string; code?: string };
  /** Fields changed (JSON Pointers) — what a reviewer saw in the plan. */
  changedPaths: string[];
  durationMs: number;
  /** Number of security-check polls this agent needed. */
  polls: number;
}

export interface ApplyHooks {
  onAgentStart?(agent: AgentPlan): void;
  onStep?(event: StepEvent): void;
  onAgentDone?(result: AgentResult): void;
}

export interface ApplyTarget {
  plan: AgentPlan;
  /** The definition with real (unmasked) values; absent only for archive actions. */
  definition?: AgentDefinition;
}

export interface ApplyEngineOptions {
  api: AgentsApi;
  versioning: VersioningAdapter;
  targets: ApplyTarget[];
  /** Max agents in their request phases at once (polling does not hold a slot). */
  concurrency?: number;
  /** Version label, e.g. `atoms-gitops 1a2b3c4`. */
  label: string;
  /** Version description; default: the list of changed fields. */
  message?: string;
  /** Per-agent limit for the security check, from publish to pass. */
  securityCheckTimeoutMs?: number;
  /** E.164 -> phone-number product id, for `metadata.phoneNumbers`. */
  phoneNumberIds?: Record<string, string>;
  /** Name prefix of the drafts this run opens (so a later run can recognise leftovers). */
  draftName?: string;
  hooks?: ApplyHooks;
  /** Soft stop: no new agent starts; an agent not yet published discards its draft and is skipped. */
  stopSignal?: AbortSignal;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  now?: () => number;
}

export interface ApplyResult {
  agents: AgentResult[];
  summary: Record<AgentStatus, number>;
  /** True when every agent applied or was unchanged. */
  ok: boolean;
  durationMs: number;
}
