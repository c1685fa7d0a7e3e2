import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formDataBoundary, parseFormData } from "../../src/emulator/multipart.js";
import { runCli } from "../helpers/cli.js";
import { KEY, setup } from "./helpers.js";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n");
const BOUNDARY = "----atomsBoundary7MA4YWxk";

function part(headers: string[], content: Buffer | string): Buffer {
  return Buffer.concat([Buffer.from(`--${BOUNDARY}\r\n${headers.join("\r\n")}\r\n\r\n`), Buffer.from(content), Buffer.from("\r\n")]);
}
function form(...parts: Buffer[]): Buffer {
  return Buffer.concat([...parts, Buffer.from(`--${BOUNDARY}--\r\n`)]);
}
const mediaPart = (fileName = "handbook.pdf", content: Buffer | string = PDF, type = "application/pdf") =>
  part([`Content-Disposition: form-data; name="media"; filename="${fileName}"`, `Content-Type: ${type}`], content);

function kbSetup(options: Parameters<typeof setup>[0] = {}) {
  const s = setup({ kbProcessingMs: 1000, ...options });
  async function upload(kbId: string, body: Buffer | string, contentType = `multipart/form-data; boundary=${BOUNDARY}`) {
    const res = await s.emu.fetch(
      new Request(`http://emulator.test/atoms/v1/knowledgebase/${kbId}/items/upload-media`, {
        method: "POST",
        headers: { authorization: `Bearer ${KEY}`, "content-type": contentType },
        body: typeof body === "string" ? body : new Uint8Array(body),
      }),
    );
    return { status: res.status, json: (await res.json()) as { status: boolean; errors?: string[]; data?: unknown } };
  }
  async function createKb(name = "Manuals"): Promise<string> {
    const r = await s.call("POST", "/knowledgebase", { name });
    expect(r.status).toBe(201);
    return r.json.data as string;
  }
  return { ...s, upload, createKb };
}

describe("multipart reader", () => {
  it("reads the parts of a well-formed body, preamble and epilogue ignored", () => {
    const body = Buffer.concat([Buffer.from("preamble\r\n"), form(part(['Content-Disposition: form-data; name="note"'], "hi"), mediaPart()), Buffer.from("epilogue")]);
    const parts = parseFormData(body, BOUNDARY)!;
    expect(parts.map((p) => [p.name, p.fileName, p.contentType, p.content.toString()])).toEqual([
      ["note", undefined, undefined, "hi"],
      ["media", "handbook.pdf", "application/pdf", PDF.toString()],
    ]);
  });

  it("prefers filename* and drops directories and decodes the browser escapes", () => {
    const body = form(
      part([`Content-Disposition: form-data; name="media"; filename="x.pdf"; filename*=UTF-8''caf%C3%A9.pdf`], PDF),
      part([`Content-Disposition: form-data; name="media"; filename="C:\\\\docs\\\\a%22b.pdf"`], PDF),
      part([`Content-Disposition: form-data; name="media"; filename="docs/c.pdf"`], PDF),
    );
    expect(parseFormData(body, BOUNDARY)!.map((p) => p.fileName)).toEqual(["café.pdf", 'a"b.pdf', "c.pdf"]);
  });

  it("refuses bare LF line breaks, a missing closing delimiter and a part without a name", () => {
    expect(parseFormData(Buffer.from(form(mediaPart()).toString("latin1").replace(/\r\n/g, "\n"), "latin1"), BOUNDARY)).toBeNull();
    expect(parseFormData(mediaPart(), BOUNDARY)).toBeNull();
    expect(parseFormData(form(part(["Content-Disposition: form-data"], "x")), BOUNDARY)).toBeNull();
    expect(parseFormData(form(part(['Content-Disposition: attachment; name="media"'], "x")), BOUNDARY)).toBeNull();
  });

  it("takes only multipart/form-data with a valid boundary", () => {
    expect(formDataBoundary(`multipart/form-data; boundary="${BOUNDARY}"`)).toBe(BOUNDARY);
    expect(formDataBoundary("multipart/form-data")).toBeNull();
    expect(formDataBoundary("multipart/mixed; boundary=abc")).toBeNull();
    expect(formDataBoundary(`multipart/form-data; boundary=${"x".repeat(71)}`)).toBeNull();
    expect(formDataBoundary("application/json")).toBeNull();
  });
});

describe("upload-media checks, in order", () => {
  it("answers each check's 400 and creates nothing", async () => {
    const { upload, createKb, call } = kbSetup();
    const kb = await createKb();
    const cases: Array<[Buffer | string, string | undefined, string]> = [
      [JSON.stringify({ media: "x" }), "application/json", "Content-Type must be multipart/form-data"],
      [PDF, "application/pdf", "Content-Type must be multipart/form-data"],
      [mediaPart(), undefined, "Malformed multipart/form-data body"],
      [form(part(['Content-Disposition: form-data; name="other"; filename="a.pdf"'], PDF)), undefined, "media: Required"],
      [form(part(['Content-Disposition: form-data; name="media"; filename=""'], "")), undefined, "media: Required"],
      [form(part(['Content-Disposition: form-data; name="media"'], PDF)), undefined, "media: Required"],
      [form(mediaPart("a.pdf"), mediaPart("b.pdf")), undefined, "media: Only one file may be uploaded per request"],
      [form(mediaPart("a.txt", PDF)), undefined, "Only PDF files are allowed"],
      [form(mediaPart("a.pdf", PDF, "text/plain")), undefined, "Only PDF files are allowed"],
      [form(part(['Content-Disposition: form-data; name="media"; filename="a.pdf"'], PDF)), undefined, "Only PDF files are allowed"],
      [form(mediaPart("a.pdf", "plain text")), undefined, "File content is not a valid PDF"],
      [form(mediaPart("a.pdf", Buffer.concat([Buffer.from(" "), PDF]))), undefined, "File content is not a valid PDF"],
    ];
    for (const [body, type, message] of cases) {
      const r = await upload(kb, body, type);
      expect([r.status, r.json.errors], message).toEqual([400, [message]]);
    }
    expect((await call("GET", `/knowledgebase/${kb}/items`)).json.data).toEqual([]);
  });

  it("accepts upper-case extensions and a content type with parameters, and ignores other parts", async () => {
    const { upload, createKb, call } = kbSetup();
    const kb = await createKb();
    const r = await upload(kb, form(part(['Content-Disposition: form-data; name="title"'], "x"), mediaPart("GUIDE.PDF", PDF, "Application/PDF; charset=binary")));
    expect(r).toEqual({ status: 201, json: { status: true, data: null } });
    const items = (await call("GET", `/knowledgebase/${kb}/items`)).json.data;
    expect(items).toMatchObject([{ fileName: "GUIDE.PDF", title: "GUIDE", contentType: "application/pdf", size: PDF.length, processingStatus: "pending" }]);
  });

  it("refuses a body over 25 MiB with 413", async () => {
    const { upload, createKb } = kbSetup();
    const kb = await createKb();
    const big = form(mediaPart("big.pdf", Buffer.concat([PDF, Buffer.alloc(25 * 1024 * 1024)])));
    const r = await upload(kb, big);
    expect([r.status, r.json.errors]).toEqual([413, ["Request entity too large"]]);
  });
});

describe("processing, controls, state and log", () => {
  it("moves items and URLs through their states on the clock and derives the KB status", async () => {
    const { upload, createKb, call, clock } = kbSetup();
    const kb = await createKb();
    await upload(kb, form(mediaPart()));
    expect((await call("POST", `/knowledgebase/${kb}/scrape-urls`, { urls: ["https://example.com/a"] })).json.data).toEqual({
      queued: ["https://example.com/a"],
      skipped: [],
    });
    const look = async () => [
      (await call("GET", `/knowledgebase/${kb}/items`)).json.data[0].processingStatus,
      (await call("GET", `/knowledgebase/${kb}/scraped-urls`)).json.data[0].status,
      (await call("GET", `/knowledgebase/${kb}`)).json.data.processingStatus,
    ];
    expect(await look()).toEqual(["pending", "pending", "processing"]);
    clock.t += 500;
    expect(await look()).toEqual(["processing", "scraping", "processing"]);
    clock.t += 500;
    expect(await look()).toEqual(["completed", "indexed", "completed"]);
  });

  it("forces the next items and URLs to fail, and finishes processing on demand", async () => {
    const { upload, createKb, call, emu } = kbSetup();
    const kb = await createKb();
    emu.control.failNextKbProcessing("items", 1);
    emu.control.failNextKbProcessing("urls", 1);
    await upload(kb, form(mediaPart("bad.pdf")));
    await upload(kb, form(mediaPart("good.pdf")));
    await call("POST", `/knowledgebase/${kb}/scrape-urls`, { urls: ["https://example.com/x", "https://example.com/y"] });
    emu.control.finishKbProcessing();
    const items = (await call("GET", `/knowledgebase/${kb}/items`)).json.data;
    expect(items.map((i: { fileName: string; processingStatus: string }) => [i.fileName, i.processingStatus])).toEqual([
      ["bad.pdf", "failed"],
      ["good.pdf", "completed"],
    ]);
    const urls = (await call("GET", `/knowledgebase/${kb}/scraped-urls`)).json.data;
    expect(urls.map((u: { status: string }) => u.status)).toEqual(["failed", "indexed"]);
    expect((await call("GET", `/knowledgebase/${kb}`)).json.data.processingStatus).toBe("failed");
  });

  it("makes new content final at once with a delay of 0, set at runtime", async () => {
    const { upload, createKb, call, emu } = kbSetup();
    emu.control.setKbProcessingMs(0);
    expect(emu.state.kbProcessingMs).toBe(0);
    const kb = await createKb();
    await upload(kb, form(mediaPart()));
    expect((await call("GET", `/knowledgebase/${kb}/items`)).json.data[0].processingStatus).toBe("completed");
  });

  it("seeds KBs with items and URLs, and webhooks with headers, secret, status and subscriptions", async () => {
    const { emu, call, createAgent } = kbSetup();
    const agentId = await createAgent();
    const kb = emu.control.seedKnowledgeBase({
      name: "Seeded",
      items: [
        { fileName: "a.pdf", contentBase64: PDF.toString("base64") },
        { fileName: "b.pdf", contentBase64: PDF.toString("base64"), status: "processing" },
      ],
      urls: ["https://example.com/one", { url: "https://example.com/two", status: "failed" }],
    });
    const items = (await call("GET", `/knowledgebase/${kb}/items`)).json.data;
    expect(items.map((i: { processingStatus: string }) => i.processingStatus)).toEqual(["completed", "processing"]);
    expect((await call("GET", `/knowledgebase/${kb}/scraped-urls`)).json.data.map((u: { status: string }) => u.status)).toEqual(["indexed", "failed"]);
    const sha = createHash("sha256").update(PDF).digest("hex");
    expect(emu.state.knowledgeBases()[0]!.items.map((i) => i.sha256)).toEqual([sha, sha]);
    emu.control.finishKbProcessing();
    expect((await call("GET", `/knowledgebase/${kb}/items`)).json.data[1].processingStatus).toBe("completed");

    const hook = emu.control.seedWebhook({
      url: "https://hooks.example.com/in",
      secret: "ab".repeat(32),
      status: "disabled",
      headers: { "X-Api-Key": "seeded-secret-value" },
      subscriptions: [{ agentId, eventType: "post-conversation" }],
    });
    const doc = (await call("GET", `/webhook?webhookId=${hook}`)).json.data;
    expect(doc).toMatchObject({ url: "https://hooks.example.com/in", status: "disabled", decryptedSecretKey: "ab".repeat(32) });
    expect(doc.subscriptions).toMatchObject([{ agentId: { _id: agentId, name: "Support" }, eventType: "post-conversation" }]);
    expect(JSON.stringify(doc)).not.toContain("seeded-secret-value");
    expect(emu.state.webhooks()[0]!.headers).toEqual({ "X-Api-Key": "seeded-secret-value" });
    expect(() => emu.control.seedWebhook({ url: "https://hooks.example.com/other", headers: { Host: "x" } })).toThrow("Reserved header name");
  });

  it("logs an upload as a summary of its parts and masks header values", async () => {
    const { upload, createKb, call, emu } = kbSetup();
    const kb = await createKb();
    await upload(kb, form(mediaPart()));
    const hook = (await call("POST", "/webhook", { endpoint: "https://hooks.example.com/a", description: "", events: [] })).json.data;
    await call("PATCH", `/webhook/${hook}`, { headers: { Authorization: "Bearer header-secret" } });
    const logged = emu.requests.find((r) => r.path.endsWith("/upload-media"))!;
    expect(logged.body).toEqual({
      parts: [{ name: "media", fileName: "handbook.pdf", contentType: "application/pdf", size: PDF.length, sha256: createHash("sha256").update(PDF).digest("hex") }],
    });
    const text = JSON.stringify(emu.requests);
    expect(text).not.toContain("header-secret");
    expect(text).not.toContain(emu.state.webhooks()[0]!.secret);
    expect(emu.requests.find((r) => r.method === "PATCH")!.body).toEqual({ headers: { Authorization: "***" } });
  });

  it("loads a state file written before knowledge bases existed", async () => {
    const dir = mkdtempSync(join(tmpdir(), "atoms-emu-kb-"));
    try {
      const statePath = join(dir, "state.json");
      writeFileSync(statePath, JSON.stringify({ formatVersion: 1, model: "versions", securityCheckMs: 0, orgs: { org_local: { agents: {}, phoneNumbers: [] } }, pendingScanFailures: {} }));
      const { call, emu } = setup({ statePath });
      expect((await call("GET", "/knowledgebase")).json.data).toEqual([]);
      expect((await call("GET", "/webhook")).json.data).toEqual([]);
      expect(emu.state.kbProcessingMs).toBe(500);
      await emu.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("atoms-gitops emulator --help", () => {
  it("documents --kb-processing-ms with its default", async () => {
    const run = await runCli(["emulator", "--help"], { cwd: process.cwd() });
    expect(run.code).toBe(0);
    const help = (run.stdout + run.stderr).replace(/\s+/g, " ");
    expect(help).toContain("--kb-processing-ms <ms> how long an uploaded knowledge-base file or scraped URL takes to process (half pending, half processing) (default: 500)");
  });
});

describe("control endpoint for knowledge bases and webhooks", () => {
  it("seeds, forces failures, finishes processing, sets the delay and dumps state over /__emulator", async () => {
    const { emu, call, createAgent } = setup({ controlEndpoint: true, kbProcessingMs: 1000 });
    const control = async (method: string, action: string, body?: unknown) => {
      const res = await emu.fetch(
        new Request(`http://emulator.test/__emulator${action}`, {
          method,
          headers: { "content-type": "application/json" },
          body: body === undefined ? undefined : JSON.stringify(body),
        }),
      );
      return { status: res.status, json: (await res.json()) as { status: boolean; data: any; errors?: string[] } };
    };
    const agentId = await createAgent();
    const kb = (await control("POST", "/seed-knowledge-base", { name: "Seeded", items: [{ fileName: "a.pdf", contentBase64: PDF.toString("base64"), status: "pending" }] })).json.data.id;
    const hook = (await control("POST", "/seed-webhook", { url: "https://hooks.example.com/x", secret: "cd".repeat(32), subscriptions: [{ agentId, eventType: "pre-conversation" }] })).json.data.id;
    expect((await call("GET", `/knowledgebase/${kb}`)).json.data.processingStatus).toBe("processing");
    expect((await control("POST", "/kb-finish")).status).toBe(200);
    expect((await call("GET", `/knowledgebase/${kb}`)).json.data.processingStatus).toBe("completed");

    expect((await control("POST", "/kb-failures", { kind: "urls", count: 1 })).json.data.queued).toEqual({ items: 0, urls: 1 });
    expect((await control("POST", "/kb-failures", { kind: "files", count: 1 })).status).toBe(400);
    expect((await control("POST", "/config", { kbProcessingMs: 0 })).json.data).toMatchObject({ kbProcessingMs: 0 });
    expect((await control("GET", "/config")).json.data.kbProcessingMs).toBe(0);
    await call("POST", `/knowledgebase/${kb}/scrape-urls`, { urls: ["https://example.com/z"] });
    expect((await call("GET", `/knowledgebase/${kb}/scraped-urls`)).json.data[0].status).toBe("failed");

    const dump = (await control("GET", "/state")).json.data;
    const org = dump.orgs.org_local;
    expect(org.knowledgeBases[kb].items[0].sha256).toBe(createHash("sha256").update(PDF).digest("hex"));
    expect(org.webhooks[hook]).toMatchObject({ secret: "cd".repeat(32), headers: {} });
    expect(org.subscriptions).toMatchObject([{ webhookId: hook, agentId, eventType: "pre-conversation" }]);
    expect((await control("POST", "/seed-webhook", { url: "https://hooks.example.com/x" })).status).toBe(400);
  });
});
