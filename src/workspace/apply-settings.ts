import type { RunSettings } from "../apply/index.js";
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

/**
 * How a run applies, whatever plan it applies: built once by the caller and passed down whole. The engine's own
 * settings (`RunSettings`: label, message, limits, hooks, stop signal, clock) plus what only a workspace run has.
 */
export interface ApplySettings extends Omit<RunSettings, "label"> {
  client: ApplyClient;
  /** Version label of everything this run publishes; default the CLI's, `defaultLabel` of the plan's git sha. */
  label?: string;
  journal?: ApplyJournalSettings;
}

/** `atoms-gitops <git short sha>`, or the time outside git, so a version names the commit it came from. */
export function defaultLabel(gitSha: string | undefined, now: Date = new Date()): string {
  return `atoms-gitops ${gitSha ?? now.toISOString().slice(0, 19)}`;
}
