/** docs/atoms-api.md §11.1–§11.6 and the KB quirks of §11.11, under both versioning models. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { editDraft, expectError, expectHtml404, expectOk, forkDraft, getAgent, OBJECT_ID, publishDraft, shipRevision, liveBranch, UNKNOWN_ID } from "./flows.js";
import { BOUNDARY, formBody, pdfBytes, pdfPart, resourceClient, Resources, upload, uploadAndFind } from "./kb-flows.js";
import type { RawClient } from "./raw.js";
import { LIVE, modelRuns, OTHER_KEY, openTarget, pollUntil } from "./target.js";
import type { ApiModel, ContractTarget } from "./target.js";

const MODELS = (["versions", "branches"] as const).filter(modelRuns);
/** Small, so the suite can watch every state go by; the emulator's clock is jumped rather than waited on. */
const KB_MS = 200;
const IN_USE = "This knowledge base is connected to an agent. Please detach it from the agent before deleting.";
const kbTool = (knowledgeBaseId: string) => ({ type: "knowledge_base_search", name: "search_docs", description: "Search the manuals", knowledgeBaseId });
const PROMPT = "You are a contract test agent.";

describe.each(MODELS)("knowledge bases (%s model)", (model: ApiModel) => {
  let t: ContractTarget;
  let api: RawClient;
  let res: Resources;
  beforeAll(async () => {
    t = await openTarget(model, { kbProcessingMs: KB_MS });
    api = resourceClient(t);
    res = new Resources(api);
  });
  afterAll(async () => {
    await res?.cleanup();
    await t?.close();
  });

  describe("§11.1 the knowledge base itself", () => {
    it("creates with 201 and the bare id, trims the name, defaults the description, lists oldest first", async () => {
      const first = await res.kb({ name: "  contract-test-trimmed  " });
      const second = await res.kb({ description: "Router docs" });
      expect(first).toMatch(OBJECT_ID);
      const doc = expectOk(await api.get(`/knowledgebase/${first}`));
      expect(Object.keys(doc).sort()).toEqual(["_id", "createdAt", "createdBy", "description", "name", "organization", "processingStatus", "updatedAt"]);
      expect(doc).toMatchObject({ _id: first, name: "contract-test-trimmed", description: "", processingStatus: "completed" });
      const ids = (expectOk(await api.get("/knowledgebase")) as Array<{ _id: string }>).map((k) => k._id);
      expect(ids.indexOf(first)).toBeLessThan(ids.indexOf(second));
    });

    it("§11.11 quirk 2: names are not unique — a second KB with the same name is simply created", async () => {
      const name = "contract-test-same-name";
      const a = await res.kb({ name });
      const b = await res.kb({ name });
      expect(a).not.toBe(b);
      const named = (expectOk(await api.get("/knowledgebase")) as Array<{ _id: string; name: string }>).filter((k) => k.name === name);
      expect(named.map((k) => k._id)).toEqual(expect.arrayContaining([a, b]));
    });

    it("validates name and description, listing every problem", async () => {
      expectError(await api.post("/knowledgebase", { description: "x" }, { deliberatelyInvalid: { reason: "no name", specRejects: true } }), 400, ["name: Required"]);
      expectError(await api.post("/knowledgebase", { name: "x".repeat(41) }, { deliberatelyInvalid: { reason: "41 characters", specRejects: true } }), 400, [
        "name: String must contain at most 40 character(s)",
      ]);
      expectError(await api.post("/knowledgebase", { name: "   " }, { deliberatelyInvalid: { reason: "blank after trimming", specRejects: false } }), 400, [
        "name: String must contain at least 1 character(s)",
      ]);
      expectError(await api.post("/knowledgebase", { name: 5, description: 3 }, { deliberatelyInvalid: { reason: "wrong types", specRejects: true } }), 400, [
        "name: Expected string, received number",
        "description: Expected string, received number",
      ]);
    });

    it("§11.11 quirk 1: updates with POST (data null, no echo), keeps an omitted description; PATCH is an HTML 404", async () => {
      const id = await res.kb({ description: "before" });
      expect(expectOk(await api.post(`/knowledgebase/${id}`, { name: "contract-test-renamed" }))).toBeNull();
      expect(expectOk(await api.get(`/knowledgebase/${id}`))).toMatchObject({ name: "contract-test-renamed", description: "before" });
      expectOk(await api.post(`/knowledgebase/${id}`, { name: "contract-test-renamed", description: "" }));
      expect(expectOk(await api.get(`/knowledgebase/${id}`)).description).toBe("");
      expectError(await api.post(`/knowledgebase/${id}`, { description: "no name" }, { deliberatelyInvalid: { reason: "name required", specRejects: true } }), 400, ["name: Required"]);
      const patched = await api.patch(`/knowledgebase/${id}`, { name: "x" });
      expectHtml404(patched, "PATCH", `${new URL(api.baseUrl).pathname}/knowledgebase/${id}`);
    });

    it("answers 400 for a malformed id and 404 for an unknown one, on every path naming a KB; another key's KB is unknown", async () => {
      const mine = await res.kb();
      const calls: Array<[string, string, unknown?]> = [
        ["GET", ""],
        ["POST", "", { name: "x" }],
        ["DELETE", ""],
        ["GET", "/items"],
        ["GET", "/scraped-urls"],
        ["POST", "/scrape-urls", { urls: ["https://example.com/"] }],
      ];
      for (const [method, suffix, body] of calls) {
        expectError(await api.request(method, `/knowledgebase/not-an-id${suffix}`, { body }), 400, ["Invalid knowledge base id"]);
        expectError(await api.request(method, `/knowledgebase/${UNKNOWN_ID}${suffix}`, { body }), 404, ["Knowledge base not found"]);
      }
      expectError(await upload(api, UNKNOWN_ID, formBody([pdfPart()])), 404, ["Knowledge base not found"]);
      if (t.kind === "emulator") {
        const other = t.client(OTHER_KEY, { specModel: "branches" });
        expectError(await other.get(`/knowledgebase/${mine}`), 404, ["Knowledge base not found"]);
        expect((expectOk(await other.get("/knowledgebase")) as unknown[]).length).toBe(0);
      }
    });

    it("deletes an unused KB with its items and URLs (data null)", async () => {
      const id = await res.kb();
      await uploadAndFind(api, id);
      expectOk(await api.post(`/knowledgebase/${id}/scrape-urls`, { urls: ["https://example.com/delete-me"] }));
      expect(expectOk(await api.delete(`/knowledgebase/${id}`))).toBeNull();
      expectError(await api.get(`/knowledgebase/${id}`), 404, ["Knowledge base not found"]);
      expectError(await api.get(`/knowledgebase/${id}/items`), 404, ["Knowledge base not found"]);
    });
  });

  describe("§11.3 upload-media", () => {
    it("§11.11 quirk 3: answers 201 with no id; the new item is found by listing, pending, with no content hash", async () => {
      const id = await res.kb();
      const bytes = pdfBytes("the handbook");
      const item = await uploadAndFind(api, id, "handbook.pdf", bytes);
      expect(item).toMatchObject({
        knowledgeBaseId: id,
        itemType: "file",
        fileName: "handbook.pdf",
        title: "handbook",
        contentType: "application/pdf",
        size: bytes.length,
      });
      expect(item._id).toMatch(OBJECT_ID);
      expect(["pending", "processing", "completed"]).toContain(item.processingStatus);
      for (const key of ["sha256", "etag", "checksum", "content", "metadata"]) expect(item).not.toHaveProperty(key);
    });

    it("§11.11 quirk 4: file names are not unique and items have no update — two uploads of one name are two items", async () => {
      const id = await res.kb();
      const a = await uploadAndFind(api, id, "same.pdf");
      const b = await uploadAndFind(api, id, "same.pdf");
      expect(a._id).not.toBe(b._id);
      expectHtml404(await api.get(`/knowledgebase/${id}/items/${a._id}`), "GET", `${new URL(api.baseUrl).pathname}/knowledgebase/${id}/items/${a._id}`);
      expectHtml404(await api.patch(`/knowledgebase/${id}/items/${a._id}`, { fileName: "x.pdf" }), "PATCH", `${new URL(api.baseUrl).pathname}/knowledgebase/${id}/items/${a._id}`);
      expectHtml404(await api.put(`/knowledgebase/${id}/items/${a._id}`, { fileName: "x.pdf" }), "PUT", `${new URL(api.baseUrl).pathname}/knowledgebase/${id}/items/${a._id}`);
    });

    it("§11.11 quirk 5: text items cannot be created — upload-text is an HTML 404", async () => {
      const id = await res.kb();
      const r = await api.post(`/knowledgebase/${id}/items/upload-text`, { title: "t", content: "some text" });
      expectHtml404(r, "POST", `${new URL(api.baseUrl).pathname}/knowledgebase/${id}/items/upload-text`);
    });

    it("§11.11 quirk 6: runs the checks in order and stops at the first failure", async () => {
      const id = await res.kb();
      const multipart = `multipart/form-data; boundary=${BOUNDARY}`;
      const cases: Array<[string, Uint8Array<ArrayBuffer> | string, string, string]> = [
        ["a JSON body", JSON.stringify({ media: "x" }), "application/json", "Content-Type must be multipart/form-data"],
        ["a raw PDF", new Uint8Array(pdfBytes()), "application/pdf", "Content-Type must be multipart/form-data"],
        ["no boundary", formBody([pdfPart()]), "multipart/form-data", "Content-Type must be multipart/form-data"],
        ["no closing delimiter", formBody([pdfPart()]).slice(0, -(BOUNDARY.length + 6)), multipart, "Malformed multipart/form-data body"],
        ["LF line breaks", Buffer.from(formBody([pdfPart()])).toString("latin1").replace(/\r\n/g, "\n"), multipart, "Malformed multipart/form-data body"],
        ["no media part", formBody([{ name: "file", fileName: "a.pdf", contentType: "application/pdf", content: pdfBytes() }]), multipart, "media: Required"],
        ["media as a plain field", formBody([{ name: "media", content: pdfBytes() }]), multipart, "media: Required"],
        ["an empty file input", formBody([{ name: "media", fileName: "", contentType: "application/octet-stream", content: "" }]), multipart, "media: Required"],
        ["two files", formBody([pdfPart("a.pdf"), pdfPart("b.pdf")]), multipart, "media: Only one file may be uploaded per request"],
        ["a .txt name", formBody([pdfPart("notes.txt")]), multipart, "Only PDF files are allowed"],
        ["a text/plain part", formBody([{ ...pdfPart(), contentType: "text/plain" }]), multipart, "Only PDF files are allowed"],
        ["no part type", formBody([{ name: "media", fileName: "a.pdf", content: pdfBytes() }]), multipart, "Only PDF files are allowed"],
        ["text named .pdf", formBody([pdfPart("fake.pdf", "just text")]), multipart, "File content is not a valid PDF"],
        ["a wrong type and wrong bytes", formBody([{ ...pdfPart("a.pdf", "text"), contentType: "text/plain" }]), multipart, "Only PDF files are allowed"],
      ];
      for (const [what, body, type, message] of cases) {
        const r = await upload(api, id, body, type);
        expect(r.json?.errors, what).toEqual([message]);
        expectError(r, 400, [message]);
      }
      expect(expectOk(await api.get(`/knowledgebase/${id}/items`))).toEqual([]);
    });

    it("accepts any case of the extension and type, a quoted boundary, filename*, directories and extra parts", async () => {
      const id = await res.kb();
      const body = formBody([{ name: "note", content: "ignored" }, { name: "media", fileName: "C:\\docs\\GUIDE.PDF", contentType: "Application/PDF; x=y", content: pdfBytes() }]);
      expectOk(await upload(api, id, body, `multipart/form-data; boundary="${BOUNDARY}"`), 201);
      const items = expectOk(await api.get(`/knowledgebase/${id}/items`));
      expect(items.map((i: { fileName: string }) => i.fileName)).toEqual(["GUIDE.PDF"]);
    });

    it("deletes an item (data null); malformed id 400, unknown or another KB's item 404", async () => {
      const id = await res.kb();
      const other = await res.kb();
      const item = await uploadAndFind(api, id);
      expectError(await api.delete(`/knowledgebase/${id}/items/bad`), 400, ["Invalid knowledge base item id"]);
      expectError(await api.delete(`/knowledgebase/${other}/items/${item._id}`), 404, ["Knowledge base item not found"]);
      expect(expectOk(await api.delete(`/knowledgebase/${id}/items/${item._id}`))).toBeNull();
      expectError(await api.delete(`/knowledgebase/${id}/items/${item._id}`), 404, ["Knowledge base item not found"]);
      expect(expectOk(await api.get(`/knowledgebase/${id}/items`))).toEqual([]);
    });

    it("serves no presigned upload or sitemap helper (HTML 404 in the emulator)", async () => {
      if (LIVE) return;
      const base = new URL(api.baseUrl).pathname;
      for (const path of ["/knowledgebase/get-presigned-url", "/knowledgebase/compelete-file-upload", "/knowledgebase/get-sitemap-urls"])
        expectHtml404(await api.post(path, {}, { deliberatelyInvalid: { reason: "the route is not served", specRejects: true } }), "POST", `${base}${path}`);
    });
  });

  describe("§11.4 processing", () => {
    const statesOf = async (id: string) => [
      expectOk(await api.get(`/knowledgebase/${id}/items`))[0].processingStatus,
      expectOk(await api.get(`/knowledgebase/${id}/scraped-urls`))[0].status,
      expectOk(await api.get(`/knowledgebase/${id}`)).processingStatus,
    ];

    it("§11.11 quirk 7: items go pending → processing → completed, URLs pending → scraping → indexed, and the KB follows", async () => {
      if (t.kind !== "emulator") return;
      // A delay no loaded machine reaches by itself, so each state is seen by jumping the clock, never by racing it.
      const slow = 60_000;
      t.control.setKbProcessingMs(slow);
      try {
        const id = await res.kb();
        const item = await uploadAndFind(api, id);
        expectOk(await api.post(`/knowledgebase/${id}/scrape-urls`, { urls: ["https://example.com/pricing"] }));
        expect(item.processingStatus).toBe("pending");
        expect(await statesOf(id)).toEqual(["pending", "pending", "processing"]);
        await t.advance(slow / 2);
        expect(await statesOf(id)).toEqual(["processing", "scraping", "processing"]);
        await t.advance(slow / 2);
        expect(await statesOf(id)).toEqual(["completed", "indexed", "completed"]);
      } finally {
        t.control.setKbProcessingMs(KB_MS);
      }
    });

    it("finishes after the configured delay, without a hand on the clock", async () => {
      const id = await res.kb();
      await uploadAndFind(api, id);
      expectOk(await api.post(`/knowledgebase/${id}/scrape-urls`, { urls: ["https://example.com/faq"] }));
      // Three reads, three instants: wait until each is final, or an item read just before it finished races the KB.
      const final = await pollUntil(() => statesOf(id), (s) => ["completed", "failed"].includes(s[0]!) && ["indexed", "failed"].includes(s[1]!) && s[2] !== "processing", { what: "KB processing" });
      expect(final).toEqual(["completed", "indexed", "completed"]);
      if (t.kind === "emulator") {
        // The final state is stamped at arrival + delay, however late the poll that saw it.
        const [item] = expectOk(await api.get(`/knowledgebase/${id}/items`));
        const [row] = expectOk(await api.get(`/knowledgebase/${id}/scraped-urls`));
        for (const doc of [item, row]) expect(Date.parse(doc.updatedAt) - Date.parse(doc.createdAt)).toBe(KB_MS);
      }
    });

    it("ends in failed when forced, and the KB reports failed", async () => {
      if (t.kind !== "emulator") return;
      const id = await res.kb();
      t.control.failNextKbProcessing("items", 1);
      await uploadAndFind(api, id, "broken.pdf");
      await uploadAndFind(api, id, "fine.pdf");
      await t.advance(KB_MS);
      const items = expectOk(await api.get(`/knowledgebase/${id}/items`));
      expect(items.map((i: { fileName: string; processingStatus: string }) => [i.fileName, i.processingStatus])).toEqual([
        ["broken.pdf", "failed"],
        ["fine.pdf", "completed"],
      ]);
      expect(expectOk(await api.get(`/knowledgebase/${id}`)).processingStatus).toBe("failed");
      // Deleting the failed item clears the KB's status: it is derived, not stored.
      expectOk(await api.delete(`/knowledgebase/${id}/items/${items[0]._id}`));
      expect(expectOk(await api.get(`/knowledgebase/${id}`)).processingStatus).toBe("completed");
    });

    it("leaves updatedAt of the KB alone when content changes", async () => {
      const id = await res.kb();
      const before = expectOk(await api.get(`/knowledgebase/${id}`)).updatedAt;
      await t.advance(5);
      await uploadAndFind(api, id);
      expect(expectOk(await api.get(`/knowledgebase/${id}`)).updatedAt).toBe(before);
    });
  });

  describe("§11.1 scraped URLs", () => {
    it("queues new URLs, counts duplicates once and skips a URL the KB already holds, its row untouched", async () => {
      const id = await res.kb();
      const first = expectOk(await api.post(`/knowledgebase/${id}/scrape-urls`, { urls: ["https://example.com/a", "https://example.com/a", "https://example.com/b"] }));
      expect(first).toEqual({ queued: ["https://example.com/a", "https://example.com/b"], skipped: [] });
      const rows = expectOk(await api.get(`/knowledgebase/${id}/scraped-urls`));
      expect(rows.map((r: { url: string }) => r.url)).toEqual(["https://example.com/a", "https://example.com/b"]);
      expect(rows[0]).toMatchObject({ knowledgeBaseId: id });
      const again = expectOk(await api.post(`/knowledgebase/${id}/scrape-urls`, { urls: ["https://example.com/a", "https://example.com/c"] }));
      expect(again).toEqual({ queued: ["https://example.com/c"], skipped: ["https://example.com/a"] });
      const after = expectOk(await api.get(`/knowledgebase/${id}/scraped-urls`));
      expect(after[0]._id).toBe(rows[0]._id);
      expect(after).toHaveLength(3);
    });

    it("validates the list", async () => {
      const id = await res.kb();
      const path = `/knowledgebase/${id}/scrape-urls`;
      expectError(await api.post(path, {}, { deliberatelyInvalid: { reason: "no urls", specRejects: true } }), 400, ["urls: Required"]);
      expectError(await api.post(path, { urls: "https://example.com" }, { deliberatelyInvalid: { reason: "a string", specRejects: true } }), 400, ["urls: Expected array, received string"]);
      expectError(await api.post(path, { urls: [] }, { deliberatelyInvalid: { reason: "empty", specRejects: true } }), 400, ["urls: Array must contain at least 1 element(s)"]);
      expectError(await api.post(path, { urls: ["https://ok.example.com", "not a url", "ftp://example.com/x"] }, { deliberatelyInvalid: { reason: "bad urls", specRejects: true } }), 400, [
        "urls.1: Invalid url",
        "urls.2: Invalid url",
      ]);
      expect(expectOk(await api.get(`/knowledgebase/${id}/scraped-urls`))).toEqual([]);
    });

    it("deletes a row for good; malformed id 400, unknown or another KB's row 404", async () => {
      const id = await res.kb();
      const other = await res.kb();
      expectOk(await api.post(`/knowledgebase/${id}/scrape-urls`, { urls: ["https://example.com/gone"] }));
      const [row] = expectOk(await api.get(`/knowledgebase/${id}/scraped-urls`));
      expectError(await api.delete(`/knowledgebase/${id}/scraped-urls/nope`), 400, ["Invalid scraped URL id"]);
      expectError(await api.delete(`/knowledgebase/${other}/scraped-urls/${row._id}`), 404, ["Scraped URL not found"]);
      expect(expectOk(await api.delete(`/knowledgebase/${id}/scraped-urls/${row._id}`))).toBeNull();
      expect(expectOk(await api.get(`/knowledgebase/${id}/scraped-urls`))).toEqual([]);
      // Re-adding is the way to re-scrape: a fresh row.
      expect(expectOk(await api.post(`/knowledgebase/${id}/scrape-urls`, { urls: ["https://example.com/gone"] })).queued).toEqual(["https://example.com/gone"]);
    });
  });

  describe("§11.2 the delete guard (§11.11 quirk 8)", () => {
    const refused = async (kb: string) => expectError(await api.delete(`/knowledgebase/${kb}`), 400, [IN_USE]);

    it("refuses while the active config references the KB, through globalKnowledgeBaseId or a tool, enabled or not", async () => {
      const viaGlobal = await res.kb();
      await t.createAgent({ globalKnowledgeBaseId: viaGlobal });
      await refused(viaGlobal);
      const viaTool = await res.kb();
      await t.createAgent({ singlePromptConfig: { prompt: PROMPT, tools: [{ ...kbTool(viaTool), enabled: false }] } });
      await refused(viaTool);
    });

    it("does not block through an archived agent", async () => {
      const kb = await res.kb();
      const agent = await t.createAgent({ globalKnowledgeBaseId: kb });
      await refused(kb);
      expectOk(await t.api.delete(`/agent/${agent}/archive`));
      expectOk(await api.delete(`/knowledgebase/${kb}`));
    });

    it("stores a reference to a KB that does not exist, as sent", async () => {
      const agent = await t.createAgent({ globalKnowledgeBaseId: UNKNOWN_ID });
      expect((await getAgent(t, agent))._resolvedConfig.globalKnowledgeBaseId).toBe(UNKNOWN_ID);
    });

    if (model === "versions") {
      it("v1: an open draft blocks; once it is published but not activated, nothing does", async () => {
        const kb = await res.kb();
        const agent = await t.createAgent();
        const draft = await forkDraft(t, agent);
        await editDraft(t, agent, draft.draftId, { singlePromptConfig: { prompt: PROMPT, tools: [kbTool(kb)] } });
        await refused(kb);
        await publishDraft(t, agent, draft.draftId, { label: "inactive" });
        expectOk(await api.delete(`/knowledgebase/${kb}`));
      });

      it("v1: discarding the draft lifts the block", async () => {
        const kb = await res.kb();
        const agent = await t.createAgent();
        const draft = await forkDraft(t, agent);
        await editDraft(t, agent, draft.draftId, { globalKnowledgeBaseId: kb });
        await refused(kb);
        expectOk(await t.api.delete(`/agent/${agent}/drafts/${draft.draftId}`));
        expectOk(await api.delete(`/knowledgebase/${kb}`));
      });
    } else {
      it("v2: an open branch draft blocks; discarding it lifts the block", async () => {
        const kb = await res.kb();
        const agent = await t.createAgent();
        const main = await liveBranch(t, agent);
        expectOk(await t.api.put(`/agent/${agent}/branches/${main.branch._id}/draft`, { globalKnowledgeBaseId: kb }));
        await refused(kb);
        expectOk(await t.api.delete(`/agent/${agent}/branches/${main.branch._id}/draft`));
        expectOk(await api.delete(`/knowledgebase/${kb}`));
      });

      it("v2: the head of a branch that is not live blocks until the branch is archived", async () => {
        const kb = await res.kb();
        const agent = await t.createAgent();
        const main = await liveBranch(t, agent);
        const branch = expectOk(await t.api.post(`/agent/${agent}/branches`, { sourceBranchId: main.branch._id, name: "kb-preview" }), 201);
        await shipRevision(t, agent, branch._id, { globalKnowledgeBaseId: kb });
        await refused(kb);
        expectOk(await t.api.post(`/agent/${agent}/branches/${branch._id}/archive`));
        expectOk(await api.delete(`/knowledgebase/${kb}`));
      });

      it("v2: an older revision does not block once the live head dropped the reference", async () => {
        const kb = await res.kb();
        const agent = await t.createAgent();
        const main = await liveBranch(t, agent);
        await shipRevision(t, agent, main.branch._id, { singlePromptConfig: { prompt: PROMPT, tools: [kbTool(kb)] } });
        await refused(kb);
        await shipRevision(t, agent, main.branch._id, { singlePromptConfig: { prompt: PROMPT, tools: [] } });
        expectOk(await api.delete(`/knowledgebase/${kb}`));
      });
    }
  });
});
