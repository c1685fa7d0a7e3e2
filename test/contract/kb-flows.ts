/** Helpers of the knowledge-base and webhook suites (docs/atoms-api.md §11): multipart bodies, tracked cleanup. */
import { expect } from "vitest";
import { expectOk } from "./flows.js";
import type { RawClient, RawResponse } from "./raw.js";
import { EMULATOR_KEY, LIVE, uniqueName } from "./target.js";
import type { ContractTarget } from "./target.js";

/** A minimal document that starts with the PDF magic bytes, which is all the upload checks look at (§11.3). */
export function pdfBytes(text = "contract test"): Buffer {
  return Buffer.from(`%PDF-1.4\n% ${text}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`);
}

export const BOUNDARY = "----contractBoundaryq8Xk2";

export interface PartSpec {
  name: string;
  fileName?: string;
  contentType?: string;
  content: Buffer | string;
}

/** An RFC 7578 body, CRLF throughout, closing delimiter included. */
export function formBody(parts: PartSpec[], boundary = BOUNDARY): Uint8Array<ArrayBuffer> {
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const disposition = `Content-Disposition: form-data; name="${p.name}"${p.fileName === undefined ? "" : `; filename="${p.fileName}"`}`;
    const headers = [disposition, ...(p.contentType === undefined ? [] : [`Content-Type: ${p.contentType}`])];
    chunks.push(Buffer.from(`--${boundary}\r\n${headers.join("\r\n")}\r\n\r\n`), Buffer.from(p.content), Buffer.from("\r\n"));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return new Uint8Array(Buffer.concat(chunks));
}

export const pdfPart = (fileName = "handbook.pdf", content: Buffer | string = pdfBytes()): PartSpec => ({
  name: "media",
  fileName,
  contentType: "application/pdf",
  content,
});

export function upload(api: RawClient, kbId: string, body: Uint8Array<ArrayBuffer> | string, contentType = `multipart/form-data; boundary=${BOUNDARY}`): Promise<RawResponse> {
  return api.post(`/knowledgebase/${kbId}/items/upload-media`, undefined, { rawBody: body, headers: { "content-type": contentType } });
}

/**
 * KBs and webhooks carry no versioning model of their own, so both suites validate every answer against the 2026-08-21
 * spec (the one with the `Knowledge Base` and `Webhooks` tags), whichever agent model the target runs.
 */
export function resourceClient(t: ContractTarget): RawClient {
  return t.kind === "live" ? t.api : t.client(EMULATOR_KEY, { specModel: "branches" });
}

/** Creates KBs and webhooks named `contract-test-…` and removes them afterwards (best effort, guards permitting). */
export class Resources {
  private readonly kbs = new Set<string>();
  private readonly hooks = new Set<string>();
  constructor(private readonly api: RawClient) {}

  async kb(body: Record<string, unknown> = {}): Promise<string> {
    const id = expectOk(await this.api.post("/knowledgebase", { name: uniqueName("kb").slice(0, 40), ...body }), 201);
    expect(typeof id).toBe("string");
    this.kbs.add(id);
    return id;
  }

  trackKb(id: string): void {
    this.kbs.add(id);
  }

  async webhook(body: Record<string, unknown> = {}): Promise<string> {
    const id = expectOk(await this.api.post("/webhook", { endpoint: uniqueUrl(), description: "contract test", events: [], ...body }), 201);
    this.hooks.add(id);
    return id;
  }

  trackWebhook(id: string): void {
    this.hooks.add(id);
  }

  async cleanup(agentIds: Iterable<string> = []): Promise<void> {
    try {
      for (const a of agentIds) await this.api.delete(`/agent/${a}/webhook-subscriptions`);
      for (const id of this.hooks) await this.api.delete(`/webhook/${id}`);
      for (const id of this.kbs) await this.api.delete(`/knowledgebase/${id}`);
    } catch {
      // Cleanup must not hide the test result.
    }
  }
}

let urlCounter = 0;
/** Endpoints are unique per account (§11.7), so every test gets its own. */
export function uniqueUrl(): string {
  urlCounter += 1;
  return `https://hooks.example.com/${LIVE ? "contract-test" : "emulator"}/${Date.now().toString(36)}-${urlCounter}`;
}

/** Upload and find the new item by listing, as a client must (§11.3: the answer carries no id). */
export async function uploadAndFind(api: RawClient, kbId: string, fileName = "handbook.pdf", content: Buffer = pdfBytes()): Promise<any> {
  const before = new Set((expectOk(await api.get(`/knowledgebase/${kbId}/items`)) as Array<{ _id: string }>).map((i) => i._id));
  expect(expectOk(await upload(api, kbId, formBody([pdfPart(fileName, content)])), 201)).toBeNull();
  const after = expectOk(await api.get(`/knowledgebase/${kbId}/items`)) as Array<{ _id: string; fileName: string }>;
  const fresh = after.filter((i) => !before.has(i._id) && i.fileName === fileName);
  expect(fresh).toHaveLength(1);
  return fresh[0];
}
