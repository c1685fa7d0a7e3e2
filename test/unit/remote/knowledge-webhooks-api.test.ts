import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "../../../src/remote/index.js";
import { KEY, fakeClock } from "./helpers.js";

const KB = "66d0000000000000000000b1";
const HOOK = "66e0000000000000000000f1";
const AGENT = "66a1f0c2e4b0a1b2c3d4e5f6";
const SECRET = "a".repeat(32) + "b".repeat(32);
// Bytes that a text round trip would mangle: the upload must reach the server byte for byte.
const PDF = Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.from([0x00, 0x80, 0xff, 0xfe, 0x0d, 0x0a]), Buffer.from("\n%%EOF\n")]);

interface Seen {
  method: string;
  url: string;
  contentType: string | undefined;
  body: Buffer;
}

let server: Server;
let base = "";
const seen: Seen[] = [];
let items: Array<Record<string, unknown>> = [];

function send(res: import("node:http").ServerResponse, status: number, data: unknown): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify({ status: true, data }));
}

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      const url = (req.url ?? "").replace(/^\/atoms\/v1/, "");
      seen.push({ method: req.method ?? "", url, contentType: req.headers["content-type"], body });
      const route = `${req.method} ${url}`;
      if (route === `GET /knowledgebase/${KB}/items`) return send(res, 200, items);
      if (route === `POST /knowledgebase/${KB}/items/upload-media`) {
        const name = /filename="([^"]+)"/.exec(body.toString("latin1"))?.[1] ?? "";
        items = [...items, { _id: `66d00000000000000000c${items.length}00`.slice(0, 24), knowledgeBaseId: KB, itemType: "file", fileName: name, processingStatus: "pending" }];
        return send(res, 201, null);
      }
      if (route === `POST /knowledgebase/${KB}`) return send(res, 200, null);
      if (route === "GET /webhook") {
        return send(res, 200, [
          {
            _id: HOOK,
            url: "https://hooks.example.com/atoms",
            description: "CRM sync [managed by atoms-gitops h=0123456789ab]",
            status: "enabled",
            subscriptions: [{ _id: "s1", webhookId: HOOK, agentId: { _id: AGENT, name: "Support", description: "" }, eventType: "post-conversation" }],
            decryptedSecretKey: SECRET,
          },
        ]);
      }
      if (route === `GET /agent/${AGENT}/webhook-subscriptions`) {
        return send(res, 200, [{ _id: "s1", webhookId: HOOK, agentId: AGENT, eventType: "pre-conversation" }]);
      }
      res.writeHead(404, { "content-type": "text/html" });
      res.end("<!DOCTYPE html><html></html>");
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/atoms/v1`;
});

afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
});

function client() {
  const clock = fakeClock();
  return createClient({ baseUrl: base, apiKey: KEY, sleep: clock.sleep, now: clock.now, random: () => 0.5, rps: 1000 });
}

describe("knowledge bases over Node's http client", () => {
  it("uploads one multipart part named media with the PDF bytes intact and finds the new item by listing", async () => {
    items = [{ _id: "66d0000000000000000000c0", knowledgeBaseId: KB, itemType: "file", fileName: "old.pdf", processingStatus: "completed" }];
    seen.length = 0;
    const item = await client().knowledgeBases.uploadKbFile(KB, { fileName: "handbook.3f2a9c1b7d4e.pdf", bytes: PDF });
    expect(item.fileName).toBe("handbook.3f2a9c1b7d4e.pdf");
    expect(item.id).not.toBe("66d0000000000000000000c0");
    expect(seen.map((s) => `${s.method} ${s.url}`)).toEqual([
      `GET /knowledgebase/${KB}/items`,
      `POST /knowledgebase/${KB}/items/upload-media`,
      `GET /knowledgebase/${KB}/items`,
    ]);
    const upload = seen[1]!;
    const boundary = /^multipart\/form-data; boundary=(.+)$/.exec(upload.contentType ?? "")?.[1];
    expect(boundary).toBeTruthy();
    const text = upload.body.toString("latin1");
    expect(text.startsWith(`--${boundary}\r\n`)).toBe(true);
    expect(text).toContain('Content-Disposition: form-data; name="media"; filename="handbook.3f2a9c1b7d4e.pdf"\r\nContent-Type: application/pdf\r\n\r\n');
    expect(text.endsWith(`\r\n--${boundary}--\r\n`)).toBe(true);
    expect(upload.body.includes(PDF)).toBe(true);
  });

  it("updates a knowledge base with POST, never PATCH", async () => {
    seen.length = 0;
    await client().knowledgeBases.updateKnowledgeBase(KB, { name: "Manuals", description: "d" });
    expect(seen.map((s) => `${s.method} ${s.url}`)).toEqual([`POST /knowledgebase/${KB}`]);
    expect(JSON.parse(seen[0]!.body.toString("utf8"))).toEqual({ name: "Manuals", description: "d" });
  });
});

describe("webhooks", () => {
  it("reads url as the endpoint, both agentId shapes, and keeps no trace of the signing secret", async () => {
    const c = client();
    const hooks = await c.webhooks.listWebhooks();
    expect(hooks).toHaveLength(1);
    expect(hooks[0]!.endpoint).toBe("https://hooks.example.com/atoms");
    expect(hooks[0]!.subscriptions).toEqual([{ id: "s1", webhookId: HOOK, agentId: AGENT, agentName: "Support", eventType: "post-conversation" }]);
    expect(JSON.stringify(hooks)).not.toContain(SECRET);
    const subs = await c.webhooks.listAgentSubscriptions(AGENT);
    expect(subs).toEqual([{ id: "s1", webhookId: HOOK, agentId: AGENT, eventType: "pre-conversation" }]);
  });
});
