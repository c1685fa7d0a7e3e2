import type { ObservedAgent } from "../model/observed.js";
import type { AgentDefinition } from "../model/definition.js";
import type { AgentPlan } from "../model/plan.js";
import type { AgentsApi, VersioningAdapter } from "../model/versioning.js";
import type { PreviewPort } from "../model/preview.js";
import type { ResourceResult } from "./resource-flow.js";

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
  | "cancel-publish"
  | "discard-draft"
  | "label-version"
  | "promote"
  | "archive-branch";

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
  /** What the recovery pre-pass did for this agent before the flow ran (e.g. activated an earlier run's version). */
  recovered?: string;
}

/** One thing the recovery pre-pass found (and did) about an earlier run's leftovers. */
export interface RecoveryAction {
  agent: string;
  agentId: string;
  /**
   * discarded-draft: a leftover draft of ours was discarded; activated: an earlier run's published version matched
   * the definition and was activated (instead of publishing a duplicate); awaited: an earlier publish was still in
   * its security check and was waited for; went-live: a revision an earlier, unfinished run published went live
   * when its check passed after that run stopped (v2); left-version / left-draft: found but not ours to use (reported only);
   * failed: recovery of this agent failed (the flow still runs and decides); checked: an agent an earlier journal
   * named was looked at and is clean (journal only: it retires that earlier record).
   */
  kind: "checked" | "discarded-draft" | "activated" | "awaited" | "went-live" | "left-version" | "left-draft" | "failed";
  draftId?: string;
  versionId?: string;
  detail: string;
}

export interface ApplyHooks {
  onAgentStart?(agent: AgentPlan): void;
  onStep?(event: StepEvent): void;
  onAgentDone?(result: AgentResult): void;
}

export interface ApplyTarget {
  plan: AgentPlan;
  /** The saved plan's digest key (memory only, never written): its secret digests are compared keyed. */
  digestKey?: Uint8Array;
  /** The definition with real (unmasked) values; absent only for archive actions. */
  definition?: AgentDefinition;
  /**
   * Version ids that existed when this run started (from the recovery pre-pass). Before publishing, a version not in
   * this set means another run published meanwhile: this agent then fails as a concurrent change instead of adding a
   * second version. Absent = that check is skipped.
   */
  knownVersionIds?: string[];
  /** Set by the recovery pre-pass: reported in the agent's result. */
  recovered?: string;
  /**
   * The agent as this run read it moments ago (the plan made in this run, or a saved plan's freshness check): the
   * engine then skips its own first read. The draft's verification read re-checks the active version before publish.
   */
  observed?: ObservedAgent;
}

/** Every duration in milliseconds, whatever unit a flag takes. */
export interface ApplyLimits {
  /** Agents in flight at once (security-check waits do not count). Default 8. */
  concurrency?: number;
  /** Per agent, from publish to a passed security check. Default 120 000. */
  securityCheckTimeoutMs?: number;
  /** Per knowledge base: how long uploads and URLs may take to be processed. */
  kbProcessingTimeoutMs?: number;
}

/** Injected time, so tests run the waits and the abandoned-draft ages without waiting. Default the system clock. */
export interface ApplyClock {
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  now?: () => number;
}

/**
 * How a run applies, whatever it applies: built once by the caller (the CLI, `applyWorkspace`) and passed down whole,
 * to the engine, each agent's step machine and the recovery pre-pass, so no layer re-declares a setting.
 */
export interface RunSettings {
  /** Version label of everything this run publishes, e.g. `atoms-gitops 1a2b3c4`. */
  label: string;
  /** Version description; default: the list of changed fields. */
  message?: string;
  limits?: ApplyLimits;
  hooks?: ApplyHooks;
  /** Soft stop: no new agent starts; an agent not yet published discards its draft and is skipped. */
  stopSignal?: AbortSignal;
  clock?: ApplyClock;
}

export interface ApplyEngineOptions {
  api: AgentsApi;
  versioning: VersioningAdapter;
  targets: ApplyTarget[];
  /** Agents whose plan records a preview are promoted through this (no draft, no publish, no check wait). */
  previews?: PreviewPort;
  settings: RunSettings;
  /** E.164 -> phone-number product id, for `metadata.phoneNumbers`. */
  phoneNumberIds?: Record<string, string>;
  /** Name prefix of the drafts this run opens (so a later run can recognise leftovers). */
  draftName?: string;
  /** Identifies this run in draft names and journals (so concurrent runs tell their drafts apart). */
  runId?: string;
  /** Runs of this repository still alive (from the journal): their drafts are rivals, not leftovers. */
  liveRunIds?: ReadonlySet<string>;
}

export interface ApplyResult {
  agents: AgentResult[];
  summary: Record<AgentStatus, number>;
  /** True when every agent applied or was unchanged. */
  ok: boolean;
  /** The stop signal fired during the run (interrupt): some agents were skipped on purpose. */
  cancelled: boolean;
  durationMs: number;
  /** What the recovery pre-pass found and did (applyWorkspace only). */
  recovery?: RecoveryAction[];
  /** The run's journal file, when journaling to disk. */
  journalFile?: string;
  runId?: string;
  /** Knowledge bases, webhooks and subscriptions this run applied (immediate: not versioned). */
  resources?: ResourceResult[];
}
