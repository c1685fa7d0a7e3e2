import type { ApplyHooks } from "../apply/index.js";
import type { KnowledgeBasesApi, WebhooksApi } from "../model/knowledge.js";
import type { AgentsApi, VersioningAdapter } from "../model/versioning.js";
import type { JournalRecord } from "../recovery/journal.js";

/** The API an apply writes through: agents and their versioning, and the resources agents use. */
export interface ApplyClient extends AgentsApi {
  versioning(): VersioningAdapter;
  readonly knowledgeBases: KnowledgeBasesApi;
  readonly webhooks: WebhooksApi;
  readonly webhookHeaderKey: Uint8Array;
}

/** Every duration in milliseconds, whatever unit a flag takes. */
export interface ApplyLimits {
  /** Agents in flight at once (security-check waits do not count). */
  concurrency?: number;
  securityCheckTimeoutMs?: number;
  /** Per knowledge base: how long uploads and URLs may take to be processed. */
  kbProcessingTimeoutMs?: number;
}

/** Injected time, so tests run the waits and the abandoned-draft ages without waiting. */
export interface ApplyClock {
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  now?: () => number;
}

export interface ApplyJournalSettings {
  /**
   * Journal directory: every step is recorded there before and after it runs, and the journals of earlier runs that
   * never finished guide the recovery pre-pass. Default: the CLI's, `.atoms-gitops/journal` under the working
   * directory (`journalDirFor`), so a script and `atoms-gitops apply` run in one checkout recover each other's
   * leftovers. `false` = no files (recovery then recognises v1 leftovers by draft name only).
   */
  dir?: string | false;
  /** Every journal record as it is written (`--format json` prints them). */
  onRecord?: (record: JournalRecord) => void;
  runId?: string;
  /** Hides the run's secrets in every journal line. */
  redact?: (text: string) => string;
}

/** How a run applies, whatever plan it applies: built once by the caller and passed down whole. */
export interface ApplySettings {
  client: ApplyClient;
  /** Version label of everything this run publishes; default the CLI's, `defaultLabel` of the plan's git sha. */
  label?: string;
  /** Version description (default: the list of changed fields). */
  message?: string;
  limits?: ApplyLimits;
  hooks?: ApplyHooks;
  /** Soft stop: no new agent starts, in-flight agents stop at a safe point. */
  stopSignal?: AbortSignal;
  clock?: ApplyClock;
  journal?: ApplyJournalSettings;
}

/** `atoms-gitops <git short sha>`, or the time outside git, so a version names the commit it came from. */
export function defaultLabel(gitSha: string | undefined, now: Date = new Date()): string {
  return `atoms-gitops ${gitSha ?? now.toISOString().slice(0, 19)}`;
}
