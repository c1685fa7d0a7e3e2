import type { JsonObject } from "./json.js";
import type { AgentSummary, ObservedAgent, PhoneNumberProduct, VersionInfo } from "./observed.js";

/** Which versioning API a workspace speaks: v1 drafts/versions or v2 branches/revisions. */
export type ApiModelName = "versions" | "branches";

/** An open draft the tool owns. Opaque outside the adapter beyond these fields. */
export interface DraftHandle {
  agentId: string;
  /** v1: the draft's `draftId` (never its `_id`); v2: the branch draft's `draftId`. */
  draftId: string;
  /** The active version / head revision the draft was forked from. */
  baseVersionId: string;
  /** v2 only. */
  branchId?: string;
  /** v2 only: `draftRevision` after our last write, for `expectedRevision`. */
  draftRevision?: number;
}

export interface PublishedHandle {
  agentId: string;
  /** v1 versionId / v2 revision id. */
  versionId: string;
  branchId?: string;
}

export interface PublishOptions {
  label: string;
  description: string;
}

/**
 * What a versioning model means for the engine's guards and for recovery, so neither has to know model names.
 * v1 (drafts/versions): `{ forkPerRun: true, publishServes: false }`; v2 (branches/revisions): the opposite.
 */
export interface VersioningTraits {
  /**
   * Every run forks its own draft, named by the tool, from the active version, and nothing on the platform serializes
   * those forks: two runs could both publish. The engine then looks for a rival run's draft (and a version published
   * since the run started) right before publishing, and discards abandoned drafts of ours there; recovery tells our
   * leftovers by their name. False where the platform serializes writers (one unnamed draft per branch,
   * `expectedRevision`), and only a journal proves a draft was ours.
   */
  readonly forkPerRun: boolean;
  /**
   * A publish serves by itself once its security check passes. Then a check this run stops waiting for must be
   * cancelled, and recovery reports a publish of an earlier run that went live. False where only a separate
   * activation serves: a published version then waits, inactive, and another writer can activate a version of their
   * own between our publish and our activation (the engine's poll watches which version is active, and recovery
   * activates an earlier run's matching version instead of publishing a duplicate).
   */
  readonly publishServes: boolean;
}

export const DRAFTS_VERSIONS_TRAITS: VersioningTraits = { forkPerRun: true, publishServes: false };
export const BRANCHES_TRAITS: VersioningTraits = { forkPerRun: false, publishServes: true };

/**
 * The port the apply engine uses for versioned config. Two implementations live in `remote/`:
 * drafts/versions (v1) and branches/revisions (v2). Every method throws `AtomsApiError` (or a subclass) on failure.
 */
export interface VersioningAdapter {
  /** For reports only: behaviour follows `traits`. */
  readonly model: ApiModelName;
  readonly traits: VersioningTraits;
  /** False while a detecting adapter has made no call that tells the model (`model` is then a guess). */
  readonly known?: boolean;
  /** Fork a draft from `baseVersionId` (v1) / open the live branch's draft (v2). `name` marks it as ours. */
  openDraft(agentId: string, baseVersionId: string, name: string): Promise<DraftHandle>;
  /** Write the changed fields (draft-body shape). v2: with `expectedRevision`; a conflict throws `ConflictError`. */
  patchDraft(draft: DraftHandle, body: JsonObject): Promise<DraftHandle>;
  /** The draft's flat resolved config (`GET /agent/{id}?draftId=`). */
  readDraft(draft: DraftHandle): Promise<JsonObject>;
  publish(draft: DraftHandle, options: PublishOptions): Promise<PublishedHandle>;
  /** One poll of the security check. */
  getVersion(published: PublishedHandle): Promise<VersionInfo>;
  /** v1: activate the version; v2: make the branch live if it is not (publishing on the live branch serves). */
  activate(published: PublishedHandle): Promise<void>;
  /** Best effort; a draft that is already gone is not an error. */
  discard(draft: DraftHandle): Promise<void>;
  /**
   * v2: withdraw a publish whose security check is still running (a cancelled scan never commits). True when it was
   * cancelled, false when there was nothing to cancel: the scan had already ended (committed or failed). Absent on
   * v1, where publishing never makes anything live (activation does).
   */
  cancelPublish?(published: PublishedHandle): Promise<boolean>;
  /** Newest first. `newest: N` reads just the newest N (one request), e.g. to poll a fresh publish. */
  listVersions(agentId: string, options?: { newest?: number }): Promise<VersionInfo[]>;
  /** Activate an existing earlier version (rollback); v2: restore that revision as the new head. */
  restore(agentId: string, versionId: string): Promise<PublishedHandle>;
  /**
   * Relabel a published version (its config stays immutable). Absent where the API cannot (v2 revisions): the caller
   * then does without. Used to mark the first version of an agent this tool created as the tool's.
   */
  labelVersion?(agentId: string, versionId: string, label: string): Promise<void>;
  /** Open drafts on the agent, to find leftovers the tool named (see `DRAFT_NAME_PREFIX`). */
  listDrafts(agentId: string): Promise<DraftSummary[]>;
}

export interface ListAgentsOptions {
  archived?: boolean;
  onPage?: (agents: AgentSummary[]) => void;
}

/** Non-versioned agent operations and reads, shared by both models. */
export interface AgentsApi {
  /** `onPage` hears each page's agents as the page arrives (pages may arrive out of order). */
  listAgents(options?: ListAgentsOptions): Promise<AgentSummary[]>;
  /** Throws `NotFoundError` when the agent does not exist (400 "No agent found", 404, or 400 "Invalid agent id"). */
  getAgent(id: string, options?: { draftId?: string; versionId?: string }): Promise<ObservedAgent>;
  /** `POST /agent`; returns the new id. Never retried automatically. */
  createAgent(body: JsonObject): Promise<string>;
  /** `PATCH /agent/{id}` with metadata / `telephonyProductId` only. */
  updateAgentMetadata(id: string, body: JsonObject): Promise<void>;
  archiveAgent(id: string, archived: boolean): Promise<void>;
  listPhoneNumbers(): Promise<PhoneNumberProduct[]>;
}

/** Drafts the tool opens are named with this prefix so a later run can recognise (and clean) its own leftovers. */
export const DRAFT_NAME_PREFIX = "atoms-gitops:";
export interface DraftSummary {
  draftId: string;
  name: string | null;
  baseVersionId: string | null;
  branchId?: string;
  /** When the draft was last written (ISO), if the API says: how a leftover is told from a run still at work. */
  updatedAt?: string | null;
}

/**
 * A draft of this tool that nobody has written for this long is abandoned: another run still at work writes, verifies
 * and publishes its draft within seconds to minutes, so only a draft this old may be discarded without proof (a
 * journal entry) that its run is gone.
 */
export const ABANDONED_DRAFT_MS = 15 * 60 * 1000;

export function isAbandonedDraft(d: DraftSummary, now: number): boolean {
  const at = d.updatedAt ? Date.parse(d.updatedAt) : Number.NaN;
  return Number.isFinite(at) && now - at >= ABANDONED_DRAFT_MS;
}

/** Versions the tool publishes get labels starting with this, so `drift`/`prune` can tell ours from foreign ones. */
export const LABEL_PREFIX = "atoms-gitops";
/** Appended to the labels of versions published for a `metadata.protect: true` definition: prune never archives it. */
export const PROTECT_MARKER = "[protect]";
