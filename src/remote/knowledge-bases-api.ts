// Knowledge bases, their file items and scraped URLs (docs/atoms-api.md §11): thin calls over the transport, plus the
// upload-then-list step the API forces on a client (an upload answers without an id).
import type { KbUpload, KnowledgeBasesApi, ObservedKbItem, ObservedKnowledgeBase, ObservedScrapedUrl } from "../model/knowledge.js";
import { unexpectedShape } from "./envelope.js";
import { fileFormData } from "./multipart.js";
import { isRecord, num, optionalFields, requireArray, requireObject, str } from "./reader.js";
import type { HttpResult, Transport } from "./transport.js";

export function kbPath(id: string, rest = ""): string {
  return `/knowledgebase/${encodeURIComponent(id)}${rest}`;
}

export class HttpKnowledgeBasesApi implements KnowledgeBasesApi {
  constructor(private readonly http: Transport) {}

  async listKnowledgeBases(): Promise<ObservedKnowledgeBase[]> {
    const res = await this.http.request("GET", "/knowledgebase");
    return requireArray(res, res.data, "data").flatMap((item) => toKnowledgeBase(item) ?? []);
  }

  async getKnowledgeBase(id: string): Promise<ObservedKnowledgeBase> {
    const res = await this.http.request("GET", kbPath(id));
    const kb = toKnowledgeBase(requireObject(res, res.data, "data"));
    if (!kb) throw unexpectedShape(res, "expected the knowledge base to have an _id");
    return kb;
  }

  async createKnowledgeBase(body: { name: string; description?: string }): Promise<string> {
    const res = await this.http.request("POST", "/knowledgebase", { body: { ...body } });
    return newId(res, "knowledge base");
  }

  async updateKnowledgeBase(id: string, body: { name: string; description?: string }): Promise<void> {
    // POST, not PATCH: PATCH is an unknown route on this resource.
    await this.http.request("POST", kbPath(id), { body: { ...body }, idempotent: true });
  }

  async deleteKnowledgeBase(id: string): Promise<void> {
    await this.http.request("DELETE", kbPath(id));
  }

  async listKbItems(kbId: string): Promise<ObservedKbItem[]> {
    const res = await this.http.request("GET", kbPath(kbId, "/items"));
    return requireArray(res, res.data, "data").flatMap((item) => toKbItem(item, kbId) ?? []);
  }

  async uploadKbMedia(kbId: string, file: KbUpload): Promise<void> {
    const raw = fileFormData("media", file.fileName, "application/pdf", file.bytes);
    // Not idempotent: a replay after a lost answer would store the file twice.
    await this.http.request("POST", kbPath(kbId, "/items/upload-media"), { raw });
  }

  async uploadKbFile(kbId: string, file: KbUpload): Promise<ObservedKbItem> {
    const before = new Set((await this.listKbItems(kbId)).map((i) => i.id));
    await this.uploadKbMedia(kbId, file);
    const after = await this.listKbItems(kbId);
    const fresh = after.filter((i) => !before.has(i.id) && i.fileName === file.fileName);
    // Someone uploading the same name at the same moment would make this ambiguous; the newest is ours at worst a twin.
    const item = fresh.at(-1);
    if (!item) {
      throw unexpectedShape(
        { status: 201, method: "POST", path: kbPath(kbId, "/items/upload-media") },
        `the upload of ${file.fileName} succeeded but no new item with that file name is listed`,
      );
    }
    return item;
  }

  async deleteKbItem(kbId: string, itemId: string): Promise<void> {
    await this.http.request("DELETE", kbPath(kbId, `/items/${encodeURIComponent(itemId)}`));
  }

  async listScrapedUrls(kbId: string): Promise<ObservedScrapedUrl[]> {
    const res = await this.http.request("GET", kbPath(kbId, "/scraped-urls"));
    return requireArray(res, res.data, "data").flatMap((item) => toScrapedUrl(item) ?? []);
  }

  async scrapeUrls(kbId: string, urls: string[]): Promise<{ queued: string[]; skipped: string[] }> {
    // A replay is harmless: a URL the KB already holds is skipped, not scraped twice.
    const res = await this.http.request("POST", kbPath(kbId, "/scrape-urls"), { body: { urls }, idempotent: true });
    const d = isRecord(res.data) ? res.data : {};
    const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);
    return { queued: strings(d.queued), skipped: strings(d.skipped) };
  }

  async deleteScrapedUrl(kbId: string, id: string): Promise<void> {
    await this.http.request("DELETE", kbPath(kbId, `/scraped-urls/${encodeURIComponent(id)}`));
  }
}

function newId(res: HttpResult, what: string): string {
  const d = res.data;
  const id = typeof d === "string" ? d : isRecord(d) ? (str(d._id) ?? str(d.id)) : undefined;
  if (!id) throw unexpectedShape(res, `expected data to be the new ${what} id`);
  return id;
}

export function toKnowledgeBase(v: unknown): ObservedKnowledgeBase | undefined {
  if (!isRecord(v)) return undefined;
  const id = str(v._id) ?? str(v.id);
  if (!id) return undefined;
  return {
    id,
    name: str(v.name) ?? "",
    description: str(v.description) ?? "",
    ...optionalFields(v, { processingStatus: str, createdAt: str, updatedAt: str }),
  };
}

export function toKbItem(v: unknown, kbId: string): ObservedKbItem | undefined {
  if (!isRecord(v)) return undefined;
  const id = str(v._id) ?? str(v.id);
  if (!id) return undefined;
  const item: ObservedKbItem = {
    id,
    knowledgeBaseId: str(v.knowledgeBaseId) ?? kbId,
    itemType: str(v.itemType) ?? "file",
    processingStatus: str(v.processingStatus) ?? "pending",
    ...optionalFields(v, { fileName: str, title: str, size: num, createdAt: str }),
  };
  return item;
}

export function toScrapedUrl(v: unknown): ObservedScrapedUrl | undefined {
  if (!isRecord(v)) return undefined;
  const id = str(v._id) ?? str(v.id);
  const url = str(v.url);
  if (!id || url === undefined) return undefined;
  const row: ObservedScrapedUrl = { id, url, status: str(v.status) ?? "pending" };
  const createdAt = str(v.createdAt);
  if (createdAt !== undefined) row.createdAt = createdAt;
  return row;
}
