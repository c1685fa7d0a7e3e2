import type { VersionInfo } from "./observed.js";
import type { ApiModelName, DraftHandle, PublishedHandle, VersioningAdapter } from "./versioning.js";

/**
 * What a saved plan records about an agent the platform previewed: the exact revision (v2) or version (v1) that was
 * stored, diffed and security-checked, and the live one it was made from. `apply` makes exactly that one live.
 */
export interface PreviewRecord {
  /** The preview's name (`pr-42`): the v2 branch name, part of the v1 version label. */
  name: string;
  /** v2 revision id / v1 version id, published and checked, not serving. */
  versionId: string;
  /** v2 only: the non-live branch that holds it. */
  branchId?: string;
  /** The live head revision (v2) / active version (v1) the preview was made from. */
  fromVersionId: string;
}

/** One section of a server-computed diff (`GET …/diff`), as display text: the API's own leaf paths. */
export interface ServerDiffSection {
  section: string;
  paths: string[];
}

/** Where one agent's preview lives, found or prepared by `PreviewPort.prepare`. */
export interface PreviewSlot {
  agentId: string;
  name: string;
  /** The live head / active version at preparation. */
  liveVersionId: string;
  /** v2: the preview branch (reused or forked for this run). */
  branchId?: string;
  /** The config a new draft starts from: the preview branch's head when it has one (v2), else the live version. */
  draftBaseVersionId: string;
  /** The newest earlier preview of this name made from the same live version, if any: a candidate for reuse. */
  previous?: { versionId: string };
  /** What preparing did, for the report (`forked branch`, `re-forked: live head moved`, `discarded a leftover draft`). */
  notes: string[];
}

/** What closing a preview did on one agent. */
export interface PreviewCloseResult {
  archivedBranches: string[];
  discardedDrafts: string[];
}

/**
 * The versioning calls a pull-request preview needs beyond the apply flow's, per model. Preview writes only what
 * serves no call: a non-live branch and its draft (v2), or a draft and an inactive version (v1).
 */
export interface PreviewPort {
  readonly model: ApiModelName;
  /** The model's own draft/publish/poll calls (v2 on the preview branch, v1 on the preview draft). */
  readonly drafts: VersioningAdapter;
  /** Finds or makes the preview's place; discards what an interrupted preview of the same name left open. */
  prepare(agentId: string, name: string, liveVersionId: string): Promise<PreviewSlot>;
  /** A draft for the preview (v1: forked from the live version and named for the preview; v2: the branch's slot). */
  openDraft(slot: PreviewSlot): Promise<DraftHandle>;
  /** The server's own diff of the draft against the live version. */
  serverDiff(slot: PreviewSlot, draft: DraftHandle): Promise<ServerDiffSection[]>;
  publish(slot: PreviewSlot, draft: DraftHandle, label: string, description: string): Promise<PublishedHandle>;
  getVersion(published: PublishedHandle): Promise<VersionInfo>;
  /** Best effort after a failure: withdraws a scan still running and discards any draft of this preview (ours or not yet known). */
  abandon(slot: PreviewSlot): Promise<void>;
  /** Why `record` can no longer be promoted as previewed (gone, not checked, branch moved on), or null when it can. */
  promotable(agentId: string, record: PreviewRecord): Promise<string | null>;
  /** Makes the previewed revision/version live; says which non-default branch stopped serving (v2), a candidate for `retire`. */
  promote(agentId: string, record: PreviewRecord): Promise<{ previousLiveBranchId?: string }>;
  /** v2: archives a branch that stopped being live when it was a preview branch (never the default one). */
  retire?(agentId: string, branchId: string): Promise<boolean>;
  /** Archives the non-live branches of that name (v2) and discards every draft a preview of that name left (both). */
  close(agentId: string, name: string): Promise<PreviewCloseResult>;
}

/** Labels of preview versions start with this; the live version they were made from follows (v1 reuse needs it). */
export const PREVIEW_LABEL_PREFIX = "atoms-gitops preview";

export function previewLabel(name: string, fromVersionId: string): string {
  return `${PREVIEW_LABEL_PREFIX} ${name} from ${fromVersionId}`;
}

/** v1 preview drafts. Not under `DRAFT_NAME_PREFIX`: apply's recovery must not take a preview's draft for its own. */
export function previewDraftName(name: string): string {
  return `${PREVIEW_LABEL_PREFIX}: ${name}`;
}

/** Preview names become branch names and labels: short, plain, never the reserved `main`. */
export function previewNameProblem(name: string): string | null {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/.test(name)) return `--name must be 1-63 letters, digits, ".", "_" or "-" (e.g. pr-42), got "${name}"`;
  if (name.toLowerCase() === "main") return `--name main is reserved for the live branch`;
  return null;
}
