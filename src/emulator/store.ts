import { DEFAULT_ORG, SECTIONS, type Section, sectionOf, serverDefaults } from "./defaults.js";
import { newObjectId } from "./ids.js";
import { deepEqual, deepMerge, type JsonRecord } from "./json.js";

export type ModelName = "versions" | "branches";

export interface SecurityCheck {
  status: "queued" | "passed" | "failed";
  reason: string | null;
  triggeredAt: string | null;
  completedAt: string | null;
}

/** The AgentVersion document as the API shows it (§5.4, §6.4 Revision). */
export interface VersionDoc {
  _id: string;
  agent: string;
  status: "published" | "draft" | "archived";
  versionNumber: number | null;
  label: string | null;
  description: string | null;
  isPinned: boolean;
  publishedBy: string | null;
  publishedAt: string | null;
  activatedBy: string | null;
  activatedAt: string | null;
  draftId: string | null;
  draftName: string | null;
  draftRevision: number | null;
  sourceVersionId: string | null;
  parentVersion: string | null;
  blocks: Record<Section, string>;
  workflowType: string;
  securityCheck: SecurityCheck | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  // Branch-model fields (null under the versions model).
  branch: string | null;
  revisionNumber: number | null;
  restoredFromLabel: string | null;
  restoredFromRevisionId: string | null;
  sourceDraftId: string | null;
  publishedByName: string | null;
  pendingPublish: { state: "active" | "cancelled"; startedBy: string; startedAt: string } | null;
  promptScore: null;
  promptScoreStale: boolean;
}

/** A stored version or draft revision: the public document plus its config (resolved keys) and scan bookkeeping. */
export interface VersionRec {
  doc: VersionDoc;
  config: JsonRecord;
  /** Epoch ms when the security check completes; null when it is not running. */
  scanDueAt: number | null;
  /** Set when the check is forced to fail. */
  scanFailReason: string | null;
}

export interface EditHistoryEntry {
  revision: number;
  changedSections: Section[];
  editorName: string | null;
  editorId: string | null;
  timestamp: string;
  /** The revision document written by this edit. */
  docId: string;
}

export interface DraftRec {
  draftId: string;
  status: "open" | "published" | "archived";
  draftName: string;
  sourceVersionId: string | null;
  /** Revision document ids; index i holds draftRevision i + 1. */
  revisions: string[];
  /** The config the draft started from (draftRevision 0, for `expectedRevision: 0`). */
  baseConfig: JsonRecord;
  baseBlocks: Record<Section, string>;
  editHistory: EditHistoryEntry[];
  createdBy: string;
  createdAt: string;
  branch: string | null;
  /** v2: the last scan of this draft failed at this draftRevision; re-publishing it unchanged is refused. */
  failedScan: { draftRevision: number; reason: string } | null;
  /** v2: a scan of this draft is running under this revision id. */
  scanningRevisionId: string | null;
}

export interface BranchRec {
  _id: string;
  agent: string;
  name: string;
  isDefault: boolean;
  sourceBranchId: string | null;
  sourceRevisionId: string | null;
  headRevisionId: string | null;
  openDraftId: string | null;
  status: "active" | "archived";
  createdBy: string;
  updatedBy: string;
  createdAt: string;
  updatedAt: string;
}

export interface AgentRec {
  _id: string;
  name: string;
  description?: string;
  workflowId: string;
  workflowType: string;
  organization: string;
  createdBy: string;
  allowInboundCall: boolean;
  visibleToEveryone: boolean;
  avatarUrl?: string;
  archived: boolean;
  archivedAt?: string;
  totalCalls: number;
  createdAt: string;
  updatedAt: string;
  activeVersionId: string;
  /** Every version and draft revision document, by `_id`. */
  versions: Record<string, VersionRec>;
  /** Published version / committed revision ids in publish order (oldest first), scanning ones included. */
  versionOrder: string[];
  drafts: Record<string, DraftRec>;
  branches: BranchRec[];
  liveBranchId: string | null;
}

export interface PhoneNumberRec {
  _id: string;
  productType: "telephony";
  isActive: boolean;
  agentId: string | null;
  attributes: { phoneNumber: string; provider: string; countryCode: string };
  createdAt: string;
  updatedAt: string;
}

export type ItemStatus = "pending" | "processing" | "completed" | "failed";
export type ScrapeStatus = "pending" | "scraping" | "indexed" | "failed";

/** When a piece of KB content reaches its middle and final state (docs/atoms-api.md §11.4), judged from the clock. */
export interface ProcessingClock {
  startedAt: number;
  /** The configured delay when the content arrived; later changes of the setting do not touch it. */
  delayMs: number;
  outcome: "ok" | "failed";
  /** Seeded with a non-final status: stays as planted until processing is finished by hand. */
  frozen?: boolean;
}

/** The KnowledgeBaseItem document (§11.5) plus its processing clock and a digest of the bytes (state dump only). */
export interface KbItemRec {
  doc: {
    _id: string;
    knowledgeBaseId: string;
    itemType: "file";
    fileName: string;
    title: string;
    contentType: string;
    size: number;
    key: string;
    processingStatus: ItemStatus;
    createdAt: string;
    updatedAt: string;
  };
  sha256: string;
  clock: ProcessingClock;
}

export interface ScrapedUrlRec {
  doc: { _id: string; knowledgeBaseId: string; url: string; status: ScrapeStatus; createdAt: string; updatedAt: string };
  clock: ProcessingClock;
}

export interface KnowledgeBaseRec {
  _id: string;
  name: string;
  description: string;
  organization: string;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  items: KbItemRec[];
  urls: ScrapedUrlRec[];
}

export type EventType = "pre-conversation" | "post-conversation" | "analytics-completed";

export interface WebhookRec {
  _id: string;
  url: string;
  description: string;
  status: "enabled" | "disabled";
  organizationId: string;
  createdBy: string;
  /** Returned in plain text by every GET as `decryptedSecretKey` (§11.9); never written to the request log. */
  secret: string;
  /** Write-only custom headers, names as sent (§11.7). */
  headers: Record<string, string>;
  createdAt: string;
  updatedAt: string;
}

export interface SubscriptionRec {
  _id: string;
  webhookId: string;
  agentId: string;
  eventType: EventType;
  createdAt: string;
  updatedAt: string;
}

export interface OrgState {
  agents: Record<string, AgentRec>;
  phoneNumbers: PhoneNumberRec[];
  /** Oldest first by insertion; absent in state files written before knowledge bases existed. */
  knowledgeBases: Record<string, KnowledgeBaseRec>;
  webhooks: Record<string, WebhookRec>;
  /** Every agent's subscriptions, oldest first. */
  subscriptions: SubscriptionRec[];
}

/** Everything the emulator knows; plain JSON so it can be persisted as is. */
export interface StoreData {
  formatVersion: 1;
  model: ModelName;
  securityCheckMs: number;
  orgs: Record<string, OrgState>;
  /** Forced security-check failures still to hand out, per organization. */
  pendingScanFailures: Record<string, string[]>;
  /**
   * Draft-body paths (dotted, e.g. `firstMessage`, `synthesizer.speed`) that every draft edit silently ignores, the way
   * the live API has dropped fields it did not know: a client must catch this by re-reading the draft.
   */
  droppedDraftFields?: string[];
  /** How long KB items and scraped URLs take to process (§11.4); absent in older state files = 500. */
  kbProcessingMs?: number;
  /** Forced processing failures still to hand out: the next N uploaded items / scraped URLs end "failed". */
  kbFailures?: { items: number; urls: number };
}

export const DEFAULT_KB_PROCESSING_MS = 500;

export const SYSTEM_USER = "000000000000000000000000";

export function emptyStore(model: ModelName, securityCheckMs: number): StoreData {
  return { formatVersion: 1, model, securityCheckMs, orgs: {}, pendingScanFailures: {} };
}

export function orgOf(data: StoreData, org: string): OrgState {
  let state = data.orgs[org];
  if (!state) {
    state = { agents: {}, phoneNumbers: [], knowledgeBases: {}, webhooks: {}, subscriptions: [] };
    data.orgs[org] = state;
  }
  // State files from before knowledge bases and webhooks lack these.
  state.knowledgeBases ??= {};
  state.webhooks ??= {};
  state.subscriptions ??= [];
  return state;
}

export function iso(ms: number): string {
  return new Date(ms).toISOString();
}

export function sectionContent(config: JsonRecord, section: Section): JsonRecord {
  const out: JsonRecord = {};
  for (const [k, v] of Object.entries(config)) if (sectionOf(k) === section && v !== undefined) out[k] = v;
  return out;
}

export function sectionKeyed(config: JsonRecord): Record<Section, JsonRecord> {
  const out = {} as Record<Section, JsonRecord>;
  for (const s of SECTIONS) out[s] = sectionContent(config, s);
  return out;
}

export function changedSections(before: JsonRecord, after: JsonRecord): Section[] {
  return SECTIONS.filter((s) => !deepEqual(sectionContent(before, s), sectionContent(after, s)));
}

/** Block ids rotate only for sections whose content changed (§4.6, §5.1). */
export function rotateBlocks(
  prev: { config: JsonRecord; blocks: Record<Section, string> } | null,
  config: JsonRecord,
  now: number,
): Record<Section, string> {
  const out = {} as Record<Section, string>;
  const changed = prev ? new Set(changedSections(prev.config, config)) : null;
  for (const s of SECTIONS) out[s] = prev && !changed!.has(s) ? prev.blocks[s] : newObjectId(now);
  return out;
}

export function baseDoc(agent: AgentRec, now: number, fields: Partial<VersionDoc>): VersionDoc {
  const t = iso(now);
  return {
    _id: newObjectId(now),
    agent: agent._id,
    status: "draft",
    versionNumber: null,
    label: null,
    description: null,
    isPinned: false,
    publishedBy: null,
    publishedAt: null,
    activatedBy: null,
    activatedAt: null,
    draftId: null,
    draftName: null,
    draftRevision: null,
    sourceVersionId: null,
    parentVersion: null,
    blocks: {} as Record<Section, string>,
    workflowType: agent.workflowType,
    securityCheck: null,
    createdBy: agent.createdBy,
    createdAt: t,
    updatedAt: t,
    branch: null,
    revisionNumber: null,
    restoredFromLabel: null,
    restoredFromRevisionId: null,
    sourceDraftId: null,
    publishedByName: null,
    pendingPublish: null,
    promptScore: null,
    promptScoreStale: false,
    ...fields,
  };
}

export function passedCheck(now: number): SecurityCheck {
  return { status: "passed", reason: null, triggeredAt: iso(now), completedAt: iso(now) };
}

export function nextVersionNumber(agent: AgentRec): number {
  let max = 0;
  for (const id of agent.versionOrder) max = Math.max(max, agent.versions[id]?.doc.versionNumber ?? 0);
  return max + 1;
}

export interface NewAgentInput {
  name: string;
  description?: string;
  organization?: string;
  workflowType?: string;
  allowInboundCall?: boolean;
  visibleToEveryone?: boolean;
  avatarUrl?: string;
  /** Resolved-key patch merged over the server defaults. */
  configPatch: JsonRecord;
  id?: string;
  createdBy?: string;
}

/** Creates an agent with V1 published, passed and active; under the branch model also `Main` with revision 1. */
export function createAgent(data: StoreData, input: NewAgentInput, now: number): AgentRec {
  const org = input.organization ?? DEFAULT_ORG;
  const t = iso(now);
  const agent: AgentRec = {
    _id: input.id ?? newObjectId(now),
    name: input.name,
    workflowId: newObjectId(now),
    workflowType: input.workflowType ?? "single_prompt",
    organization: org,
    createdBy: input.createdBy ?? SYSTEM_USER,
    allowInboundCall: input.allowInboundCall ?? true,
    visibleToEveryone: input.visibleToEveryone ?? false,
    archived: false,
    totalCalls: 0,
    createdAt: t,
    updatedAt: t,
    activeVersionId: "",
    versions: {},
    versionOrder: [],
    drafts: {},
    branches: [],
    liveBranchId: null,
  };
  if (input.description !== undefined) agent.description = input.description;
  if (input.avatarUrl !== undefined) agent.avatarUrl = input.avatarUrl;
  const config = deepMerge(serverDefaults(), input.configPatch);
  const v1 = baseDoc(agent, now, {
    status: "published",
    versionNumber: 1,
    label: "V1",
    publishedBy: agent.createdBy,
    publishedAt: t,
    activatedBy: agent.createdBy,
    activatedAt: t,
    blocks: rotateBlocks(null, config, now),
    securityCheck: passedCheck(now),
  });
  agent.versions[v1._id] = { doc: v1, config, scanDueAt: null, scanFailReason: null };
  agent.versionOrder.push(v1._id);
  agent.activeVersionId = v1._id;
  if (data.model === "branches") migrateAgentToBranches(agent, now);
  orgOf(data, org).agents[agent._id] = agent;
  return agent;
}

/** v1 → v2: existing versions become `Main` revisions with the same ids; the active version stays live. */
export function migrateAgentToBranches(agent: AgentRec, now: number): void {
  if (agent.branches.length > 0) return;
  const t = iso(now);
  const main: BranchRec = {
    _id: newObjectId(now),
    agent: agent._id,
    name: "Main",
    isDefault: true,
    sourceBranchId: null,
    sourceRevisionId: null,
    headRevisionId: agent.activeVersionId,
    openDraftId: null,
    status: "active",
    createdBy: agent.createdBy,
    updatedBy: agent.createdBy,
    createdAt: t,
    updatedAt: t,
  };
  for (const id of agent.versionOrder) {
    const rec = agent.versions[id]!;
    rec.doc.branch = main._id;
    rec.doc.revisionNumber = rec.doc.versionNumber;
  }
  agent.branches.push(main);
  agent.liveBranchId = main._id;
}

/** Mirrors the live branch's head into `activeVersionId` (v2 invariant: they are always equal). */
export function syncActiveFromLive(agent: AgentRec): void {
  const live = agent.branches.find((b) => b._id === agent.liveBranchId);
  if (live?.headRevisionId) agent.activeVersionId = live.headRevisionId;
}

/**
 * Completes every security check whose time has come. Checks are evaluated lazily from the clock so no timer
 * keeps the process alive and tests can drive a fake clock.
 */
export function settleScans(agent: AgentRec, now: number): void {
  for (const id of agent.versionOrder) {
    const rec = agent.versions[id]!;
    if (rec.scanDueAt === null || now < rec.scanDueAt) continue;
    const doc = rec.doc;
    rec.scanDueAt = null;
    if (doc.pendingPublish?.state === "cancelled") continue;
    const completedAt = iso(Math.max(now, 0));
    const failed = rec.scanFailReason !== null;
    doc.securityCheck = {
      status: failed ? "failed" : "passed",
      reason: failed ? rec.scanFailReason : null,
      triggeredAt: doc.securityCheck?.triggeredAt ?? null,
      completedAt,
    };
    doc.updatedAt = completedAt;
    if (doc.branch) completeBranchScan(agent, rec, failed, now);
  }
}

function completeBranchScan(agent: AgentRec, rec: VersionRec, failed: boolean, now: number): void {
  const doc = rec.doc;
  const branch = agent.branches.find((b) => b._id === doc.branch);
  const draft = doc.sourceDraftId ? agent.drafts[doc.sourceDraftId] : undefined;
  if (doc.pendingPublish) doc.pendingPublish = null;
  if (draft) draft.scanningRevisionId = null;
  if (failed) {
    if (draft) draft.failedScan = { draftRevision: draft.revisions.length, reason: rec.scanFailReason ?? "failed" };
    return;
  }
  doc.status = "published";
  doc.publishedAt = iso(now);
  if (branch) {
    branch.headRevisionId = doc._id;
    branch.updatedAt = iso(now);
    if (draft && branch.openDraftId === draft.draftId) {
      draft.status = "published";
      branch.openDraftId = null;
    }
  }
  syncActiveFromLive(agent);
}

export function takeScanFailure(data: StoreData, org: string): string | null {
  // Failures forced through the control surface apply to every organization ("*").
  for (const key of [org, "*"]) {
    const queue = data.pendingScanFailures[key];
    if (queue && queue.length > 0) return queue.shift() ?? null;
  }
  return null;
}

/** The edit body without the fields the emulator was told to ignore (a copy; the logged body stays as sent). */
export function withoutDroppedFields(data: StoreData, body: Record<string, unknown>): Record<string, unknown> {
  const dropped = data.droppedDraftFields ?? [];
  if (dropped.length === 0) return body;
  const out = JSON.parse(JSON.stringify(body)) as Record<string, unknown>;
  for (const path of dropped) {
    const keys = path.split(".");
    let node: unknown = out;
    for (const key of keys.slice(0, -1)) node = node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined;
    if (node && typeof node === "object") delete (node as Record<string, unknown>)[keys[keys.length - 1]!];
  }
  return out;
}

/** Latest config of a draft. */
export function draftConfig(agent: AgentRec, draft: DraftRec): JsonRecord {
  const last = draft.revisions[draft.revisions.length - 1];
  return last ? agent.versions[last]!.config : draft.baseConfig;
}
