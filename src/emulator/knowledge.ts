import { createHash } from "node:crypto";
import { newObjectId } from "./ids.js";
import { isPlainObject, type JsonRecord } from "./json.js";
import {
  type AgentRec,
  DEFAULT_KB_PROCESSING_MS,
  draftConfig,
  iso,
  type ItemStatus,
  type KbItemRec,
  type KnowledgeBaseRec,
  type ProcessingClock,
  type ScrapedUrlRec,
  type ScrapeStatus,
  type StoreData,
} from "./store.js";

export function kbProcessingMs(data: StoreData): number {
  return data.kbProcessingMs ?? DEFAULT_KB_PROCESSING_MS;
}

/** A fresh clock for content arriving now; a queued forced failure is consumed here (§11.4). */
export function startClock(data: StoreData, kind: "items" | "urls", now: number): ProcessingClock {
  const failures = (data.kbFailures ??= { items: 0, urls: 0 });
  const fail = failures[kind] > 0;
  if (fail) failures[kind] -= 1;
  return { startedAt: now, delayMs: kbProcessingMs(data), outcome: fail ? "failed" : "ok" };
}

type Phase = "start" | "middle" | "final";

function phaseAt(clock: ProcessingClock, now: number): { phase: Phase; at: number } {
  if (clock.frozen) return { phase: "start", at: clock.startedAt };
  const final = clock.startedAt + clock.delayMs;
  if (clock.delayMs <= 0 || now >= final) return { phase: "final", at: final };
  const middle = clock.startedAt + clock.delayMs / 2;
  if (now >= middle) return { phase: "middle", at: middle };
  return { phase: "start", at: clock.startedAt };
}

const ITEM_PHASES: Record<Phase, (ok: boolean) => ItemStatus> = {
  start: () => "pending",
  middle: () => "processing",
  final: (ok) => (ok ? "completed" : "failed"),
};
const URL_PHASES: Record<Phase, (ok: boolean) => ScrapeStatus> = {
  start: () => "pending",
  middle: () => "scraping",
  final: (ok) => (ok ? "indexed" : "failed"),
};

function settleItem(item: KbItemRec, now: number): void {
  if (item.clock.frozen) return;
  const { phase, at } = phaseAt(item.clock, now);
  const status = ITEM_PHASES[phase](item.clock.outcome === "ok");
  if (status !== item.doc.processingStatus) {
    item.doc.processingStatus = status;
    item.doc.updatedAt = iso(at);
  }
}

function settleUrl(row: ScrapedUrlRec, now: number): void {
  if (row.clock.frozen) return;
  const { phase, at } = phaseAt(row.clock, now);
  const status = URL_PHASES[phase](row.clock.outcome === "ok");
  if (status !== row.doc.status) {
    row.doc.status = status;
    row.doc.updatedAt = iso(at);
  }
}

/** Brings every status up to the clock. Lazy, like the security checks: no timer keeps the process alive. */
export function settleKb(kb: KnowledgeBaseRec, now: number): void {
  for (const item of kb.items) settleItem(item, now);
  for (const row of kb.urls) settleUrl(row, now);
}

/** "Finish processing now": every pending item and URL reaches its final state at `now`. */
export function finishKb(kb: KnowledgeBaseRec, now: number): void {
  for (const rec of [...kb.items, ...kb.urls]) {
    const final = rec.clock.startedAt + rec.clock.delayMs;
    if (rec.clock.frozen || final > now) {
      delete rec.clock.frozen;
      rec.clock.delayMs = Math.max(0, now - rec.clock.startedAt);
    }
  }
  settleKb(kb, now);
}

/** The KB's own status, derived from its content (§11.4); never `pending`. */
export function kbStatus(kb: KnowledgeBaseRec): "processing" | "failed" | "completed" {
  const states: string[] = [...kb.items.map((i) => i.doc.processingStatus), ...kb.urls.map((u) => u.doc.status)];
  if (states.some((s) => s !== "completed" && s !== "indexed" && s !== "failed")) return "processing";
  if (states.includes("failed")) return "failed";
  return "completed";
}

export function kbView(kb: KnowledgeBaseRec): JsonRecord {
  return {
    _id: kb._id,
    name: kb.name,
    description: kb.description,
    organization: kb.organization,
    createdBy: kb.createdBy,
    processingStatus: kbStatus(kb),
    createdAt: kb.createdAt,
    updatedAt: kb.updatedAt,
  };
}

export function newItem(kb: KnowledgeBaseRec, file: { fileName: string; bytes: Buffer }, clock: ProcessingClock, now: number): KbItemRec {
  const id = newObjectId(now);
  const t = iso(now);
  const dot = file.fileName.lastIndexOf(".");
  return {
    doc: {
      _id: id,
      knowledgeBaseId: kb._id,
      itemType: "file",
      fileName: file.fileName,
      title: dot > 0 ? file.fileName.slice(0, dot) : file.fileName,
      contentType: "application/pdf",
      size: file.bytes.length,
      key: `knowledgebase/${kb._id}/${id}.pdf`,
      processingStatus: "pending",
      createdAt: t,
      updatedAt: t,
    },
    sha256: createHash("sha256").update(file.bytes).digest("hex"),
    clock,
  };
}

export function newScrapedUrl(kb: KnowledgeBaseRec, url: string, clock: ProcessingClock, now: number): ScrapedUrlRec {
  const t = iso(now);
  return { doc: { _id: newObjectId(now), knowledgeBaseId: kb._id, url, status: "pending", createdAt: t, updatedAt: t }, clock };
}

function configUses(config: JsonRecord | undefined, kbId: string): boolean {
  if (!config) return false;
  if (config.globalKnowledgeBaseId === kbId) return true;
  const tools = Array.isArray(config.tools) ? config.tools : [];
  return tools.some((t) => isPlainObject(t) && t.type === "knowledge_base_search" && t.knowledgeBaseId === kbId);
}

/**
 * The delete guard of §11.2: a non-archived agent blocks through its active config, the latest revision of an open
 * draft, or the head of a non-archived branch. Inactive versions and old revisions do not.
 */
export function agentsUsingKb(agents: Iterable<AgentRec>, kbId: string): AgentRec[] {
  const out: AgentRec[] = [];
  for (const agent of agents) {
    if (agent.archived) continue;
    const configs: Array<JsonRecord | undefined> = [agent.versions[agent.activeVersionId]?.config];
    for (const draft of Object.values(agent.drafts)) if (draft.status === "open") configs.push(draftConfig(agent, draft));
    for (const branch of agent.branches)
      if (branch.status === "active" && branch.headRevisionId) configs.push(agent.versions[branch.headRevisionId]?.config);
    if (configs.some((c) => configUses(c, kbId))) out.push(agent);
  }
  return out;
}
