import { DEFAULT_ORG } from "./defaults.js";
import { userIdFor } from "./identity.js";
import { isObjectId, newObjectId } from "./ids.js";
import { finishKb, newItem, newScrapedUrl } from "./knowledge.js";
import { EVENT_TYPES, headerErrors, newSecret } from "./routes/webhooks.js";
import {
  type EventType,
  iso,
  type ItemStatus,
  type KnowledgeBaseRec,
  orgOf,
  type ProcessingClock,
  type ScrapeStatus,
  type StoreData,
  type WebhookRec,
} from "./store.js";

/** A knowledge base planted as given (docs/atoms-api.md §11.12): no PDF checks, content `completed` unless a status says otherwise. */
export interface SeedKnowledgeBase {
  name: string;
  description?: string;
  /** Default org_local. */
  organization?: string;
  id?: string;
  items?: Array<{ fileName: string; /** The file's bytes. */ contentBase64: string; status?: ItemStatus; id?: string }>;
  urls?: Array<string | { url: string; status?: ScrapeStatus; id?: string }>;
}

export interface SeedWebhook {
  /** The endpoint URL (the document's `url`). */
  url: string;
  description?: string;
  organization?: string;
  id?: string;
  headers?: Record<string, string>;
  /** Default: 64 random hex characters. */
  secret?: string;
  status?: "enabled" | "disabled";
  subscriptions?: Array<{ agentId: string; eventType: EventType }>;
}

const ITEM_STATUSES: readonly ItemStatus[] = ["pending", "processing", "completed", "failed"];
const URL_STATUSES: readonly ScrapeStatus[] = ["pending", "scraping", "indexed", "failed"];

/** A seeded status is final at once, or frozen where it was planted until processing is finished by hand. */
function plantedClock(status: string, finals: readonly string[], failed: string, now: number): ProcessingClock {
  if (!finals.includes(status)) return { startedAt: now, delayMs: 0, outcome: "ok", frozen: true };
  return { startedAt: now, delayMs: 0, outcome: status === failed ? "failed" : "ok" };
}

function checkSeedId(id: string | undefined, what: string): void {
  if (id !== undefined && !isObjectId(id)) throw new Error(`Seed ${what} id must be a 24-hex ObjectId: ${id}`);
}

export function seedKnowledgeBase(data: StoreData, seed: SeedKnowledgeBase, now: number): string {
  if (typeof seed.name !== "string" || seed.name.trim() === "") throw new Error("name: Required");
  checkSeedId(seed.id, "knowledge base");
  const org = orgOf(data, seed.organization ?? DEFAULT_ORG);
  if (seed.id && Object.values(data.orgs).some((o) => o.knowledgeBases?.[seed.id!])) throw new Error(`Knowledge base ${seed.id} already exists`);
  const t = iso(now);
  const kb: KnowledgeBaseRec = {
    _id: seed.id ?? newObjectId(now),
    name: seed.name.trim(),
    description: seed.description ?? "",
    organization: seed.organization ?? DEFAULT_ORG,
    createdBy: userIdFor(seed.organization ?? DEFAULT_ORG),
    createdAt: t,
    updatedAt: t,
    items: [],
    urls: [],
  };
  for (const [i, item] of (seed.items ?? []).entries()) {
    if (typeof item.fileName !== "string" || typeof item.contentBase64 !== "string")
      throw new Error(`items.${i}: fileName and contentBase64 are required`);
    checkSeedId(item.id, "item");
    const status = item.status ?? "completed";
    if (!ITEM_STATUSES.includes(status)) throw new Error(`items.${i}.status: one of ${ITEM_STATUSES.join(", ")}`);
    const rec = newItem(kb, { fileName: item.fileName, bytes: Buffer.from(item.contentBase64, "base64") }, plantedClock(status, ["completed", "failed"], "failed", now), now);
    if (item.id) {
      rec.doc._id = item.id;
      rec.doc.key = `knowledgebase/${kb._id}/${item.id}.pdf`;
    }
    rec.doc.processingStatus = status;
    kb.items.push(rec);
  }
  for (const [i, entry] of (seed.urls ?? []).entries()) {
    const { url, status = "indexed", id } = typeof entry === "string" ? { url: entry } : entry;
    if (typeof url !== "string") throw new Error(`urls.${i}: url is required`);
    checkSeedId(id, "scraped URL");
    if (!URL_STATUSES.includes(status)) throw new Error(`urls.${i}.status: one of ${URL_STATUSES.join(", ")}`);
    const row = newScrapedUrl(kb, url, plantedClock(status, ["indexed", "failed"], "failed", now), now);
    if (id) row.doc._id = id;
    row.doc.status = status;
    kb.urls.push(row);
  }
  org.knowledgeBases[kb._id] = kb;
  return kb._id;
}

export function seedWebhook(data: StoreData, seed: SeedWebhook, now: number): string {
  if (typeof seed.url !== "string" || seed.url.trim() === "") throw new Error("url: Required");
  checkSeedId(seed.id, "webhook");
  const orgName = seed.organization ?? DEFAULT_ORG;
  const org = orgOf(data, orgName);
  const url = seed.url.trim();
  if (Object.values(org.webhooks).some((h) => h.url === url)) throw new Error(`A webhook with the URL ${url} is already seeded`);
  if (seed.id && Object.values(data.orgs).some((o) => o.webhooks?.[seed.id!])) throw new Error(`Webhook ${seed.id} already exists`);
  const headerProblems = seed.headers === undefined ? [] : headerErrors(seed.headers);
  if (headerProblems.length > 0) throw new Error(headerProblems.join("; "));
  if (seed.status !== undefined && seed.status !== "enabled" && seed.status !== "disabled") throw new Error("status: enabled or disabled");
  const t = iso(now);
  const hook: WebhookRec = {
    _id: seed.id ?? newObjectId(now),
    url,
    description: seed.description ?? "",
    status: seed.status ?? "enabled",
    organizationId: orgName,
    createdBy: userIdFor(orgName),
    secret: seed.secret ?? newSecret(),
    headers: { ...(seed.headers ?? {}) },
    createdAt: t,
    updatedAt: t,
  };
  for (const [i, s] of (seed.subscriptions ?? []).entries()) {
    if (!EVENT_TYPES.includes(s.eventType)) throw new Error(`subscriptions.${i}.eventType: one of ${EVENT_TYPES.join(", ")}`);
    if (!isObjectId(s.agentId)) throw new Error(`subscriptions.${i}.agentId must be a 24-hex ObjectId`);
  }
  org.webhooks[hook._id] = hook;
  for (const s of seed.subscriptions ?? []) {
    if (org.subscriptions.some((x) => x.webhookId === hook._id && x.agentId === s.agentId && x.eventType === s.eventType)) continue;
    org.subscriptions.push({ _id: newObjectId(now), webhookId: hook._id, agentId: s.agentId, eventType: s.eventType, createdAt: t, updatedAt: t });
  }
  return hook._id;
}

/** Every KB item and scraped URL of every organization reaches its final state now. */
export function finishAllKbProcessing(data: StoreData, now: number): void {
  for (const org of Object.values(data.orgs)) for (const kb of Object.values(org.knowledgeBases ?? {})) finishKb(kb, now);
}

export function failNextKbProcessing(data: StoreData, kind: "items" | "urls", count: number): void {
  if (!Number.isInteger(count) || count < 0) throw new Error("count must be a non-negative integer");
  const failures = (data.kbFailures ??= { items: 0, urls: 0 });
  failures[kind] += count;
}
