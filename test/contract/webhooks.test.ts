/** docs/atoms-api.md §11.7–§11.10 and the webhook quirks of §11.11, under both versioning models. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectError, expectHtml404, expectOk, liveBranch, OBJECT_ID, shipRevision, shipVersion, UNKNOWN_ID } from "./flows.js";
import { resourceClient, Resources, uniqueUrl } from "./kb-flows.js";
import type { RawClient } from "./raw.js";
import { modelRuns, openTarget } from "./target.js";
import type { ApiModel, ContractTarget } from "./target.js";

const MODELS = (["versions", "branches"] as const).filter(modelRuns);
const INVALID_ID = "The provided Webhook ID is invalid.";
const TAKEN = "A webhook with this URL has already been registered";
const ASSIGNED = "Cannot delete webhook: It is currently assigned to one or more agents. Please remove all agent assignments first.";
const ENUM = "Invalid enum value. Expected 'pre-conversation' | 'post-conversation' | 'analytics-completed'";
const HEADER_SECRET = "hdr-value-must-never-be-echoed";

describe.each(MODELS)("webhooks (%s model)", (model: ApiModel) => {
  let t: ContractTarget;
  let api: RawClient;
  let res: Resources;
  const agents: string[] = [];
  const agent = async (body?: Record<string, unknown>) => {
    const id = await t.createAgent(body);
    agents.push(id);
    return id;
  };
  const getHook = async (id: string) => expectOk(await api.get("/webhook", { query: { webhookId: id } }));
  const subsOf = async (agentId: string) => expectOk(await api.get(`/agent/${agentId}/webhook-subscriptions`)) as any[];
  const pairs = (subs: any[]) => subs.map((s) => [s.webhookId, s.eventType]);

  beforeAll(async () => {
    t = await openTarget(model);
    api = resourceClient(t);
    res = new Resources(api);
  });
  afterAll(async () => {
    await res?.cleanup(agents);
    await t?.close();
  });

  describe("§11.7 create and read", () => {
    it("§11.11 quirk 9: creates with 201 and the bare id from `endpoint`; the document says url, is enabled, carries a 64-hex secret and no headers", async () => {
      const endpoint = uniqueUrl();
      const id = await res.webhook({ endpoint: `  ${endpoint}  `, description: "" });
      expect(id).toMatch(OBJECT_ID);
      const doc = await getHook(id);
      expect(doc).toMatchObject({ _id: id, url: endpoint, description: "", status: "enabled", subscriptions: [] });
      expect(doc).not.toHaveProperty("endpoint");
      expect(doc).not.toHaveProperty("headers");
      expect(doc.decryptedSecretKey).toMatch(/^[0-9a-f]{64}$/);
      expect((await getHook(id)).decryptedSecretKey).toBe(doc.decryptedSecretKey);
    });

    it("§11.11 quirk 13: GET /webhook is an array, ?webhookId= one object, GET /webhook/{id} an HTML 404", async () => {
      const a = await res.webhook();
      const b = await res.webhook();
      const list = expectOk(await api.get("/webhook")) as any[];
      expect(Array.isArray(list)).toBe(true);
      const ids = list.map((h) => h._id);
      expect(ids.indexOf(a)).toBeLessThan(ids.indexOf(b));
      expect(list.find((h) => h._id === a).decryptedSecretKey).toMatch(/^[0-9a-f]{64}$/);
      expect(Array.isArray(await getHook(a))).toBe(false);
      expectHtml404(await api.get(`/webhook/${a}`), "GET", `${new URL(api.baseUrl).pathname}/webhook/${a}`);
      expectError(await api.get("/webhook", { query: { webhookId: "nope" } }), 400, [INVALID_ID]);
      expectError(await api.get("/webhook", { query: { webhookId: UNKNOWN_ID } }), 404, ["Webhook not found"]);
    });

    it("validates endpoint, description and events, listing every problem", async () => {
      expectError(await api.post("/webhook", {}, { deliberatelyInvalid: { reason: "nothing", specRejects: true } }), 400, [
        "endpoint: Required",
        "description: Required",
        "events: Required",
      ]);
      for (const endpoint of ["not a url", "ftp://files.example.com/x", "mailto:ops@example.com"]) {
        expectError(await api.post("/webhook", { endpoint, description: "", events: [] }, { deliberatelyInvalid: { reason: "not http(s)", specRejects: false } }), 400, ["endpoint: Invalid url"]);
      }
      const a = await agent();
      expectError(
        await api.post(
          "/webhook",
          { endpoint: uniqueUrl(), description: "", events: [{ agentId: UNKNOWN_ID, eventType: "post-conversation" }, { agentId: a, eventType: "mid-call" }] },
          { deliberatelyInvalid: { reason: "bad event", specRejects: true } },
        ),
        400,
        [`events.0.agentId: Agent ${UNKNOWN_ID} not found`, `events.1.eventType: ${ENUM}, received 'mid-call'`],
      );
    });

    it("§11.11 quirk 10: endpoints are unique per account, compared after trimming", async () => {
      const endpoint = uniqueUrl();
      await res.webhook({ endpoint });
      expectError(await api.post("/webhook", { endpoint, description: "again", events: [] }), 400, [TAKEN]);
      expectError(await api.post("/webhook", { endpoint: ` ${endpoint}\t`, description: "again", events: [] }), 400, [TAKEN]);
    });

    it("events on create add subscriptions without replacing the agent's others; a duplicate pair counts once", async () => {
      const a = await agent();
      const first = await res.webhook();
      expectOk(await api.post(`/agent/${a}/webhook-subscriptions`, { webhookId: first, eventTypes: ["pre-conversation"] }), 201);
      const second = await res.webhook({
        events: [
          { agentId: a, eventType: "post-conversation" },
          { agentId: a, eventType: "post-conversation" },
        ],
      });
      expect(pairs(await subsOf(a))).toEqual([
        [first, "pre-conversation"],
        [second, "post-conversation"],
      ]);
    });

    it("ignores headers on create (only PATCH sets them)", async () => {
      if (t.kind !== "emulator") return;
      const id = await res.webhook({ headers: { "X-Api-Key": HEADER_SECRET } });
      expect(t.emulator.state.webhooks().find((h) => h._id === id)!.headers).toEqual({});
    });
  });

  describe("§11.7 PATCH", () => {
    it("changes endpoint and description (answering the id); its own URL is no conflict, another's is", async () => {
      const other = uniqueUrl();
      await res.webhook({ endpoint: other });
      const id = await res.webhook();
      const own = (await getHook(id)).url;
      expect(expectOk(await api.patch(`/webhook/${id}`, { endpoint: own, description: "renamed" }))).toBe(id);
      expect(await getHook(id)).toMatchObject({ url: own, description: "renamed" });
      expectError(await api.patch(`/webhook/${id}`, { endpoint: other }), 400, [TAKEN]);
      const moved = uniqueUrl();
      expectOk(await api.patch(`/webhook/${id}`, { endpoint: moved }));
      expect((await getHook(id)).url).toBe(moved);
      expectError(await api.patch(`/webhook/${id}`, { endpoint: "nope" }, { deliberatelyInvalid: { reason: "bad url", specRejects: true } }), 400, ["endpoint: Invalid url"]);
    });

    it("needs at least one of endpoint, description or headers; events are ignored, never a subscription change", async () => {
      const a = await agent();
      const id = await res.webhook({ events: [{ agentId: a, eventType: "pre-conversation" }] });
      const nothing = ["At least one of endpoint, description or headers is required"];
      expectError(await api.patch(`/webhook/${id}`, {}, { deliberatelyInvalid: { reason: "empty", specRejects: true } }), 400, nothing);
      expectError(await api.patch(`/webhook/${id}`, { events: [] }, { deliberatelyInvalid: { reason: "events only", specRejects: false } }), 400, nothing);
      expectOk(await api.patch(`/webhook/${id}`, { description: "x", events: [] }));
      expect(pairs(await subsOf(a))).toEqual([[id, "pre-conversation"]]);
    });

    it("§11.11 quirk 11: headers are write-only and replace-all; {} clears; an omitted set is kept", async () => {
      const id = await res.webhook();
      expectOk(await api.patch(`/webhook/${id}`, { headers: { "X-Api-Key": HEADER_SECRET, "X-Tenant": "t1" } }));
      const stored = () => t.emulator.state.webhooks().find((h) => h._id === id)!.headers;
      for (const body of [await api.get("/webhook"), await api.get("/webhook", { query: { webhookId: id } })]) expect(body.text).not.toContain(HEADER_SECRET);
      if (t.kind !== "emulator") return;
      expect(stored()).toEqual({ "X-Api-Key": HEADER_SECRET, "X-Tenant": "t1" });
      expectOk(await api.patch(`/webhook/${id}`, { headers: { "x-other": "2" } }));
      expect(stored()).toEqual({ "x-other": "2" });
      expectOk(await api.patch(`/webhook/${id}`, { description: "kept" }));
      expect(stored()).toEqual({ "x-other": "2" });
      expectOk(await api.patch(`/webhook/${id}`, { headers: {} }));
      expect(stored()).toEqual({});
      expect(JSON.stringify(t.emulator.requests)).not.toContain(HEADER_SECRET);
    });

    it("applies the header rules: 10 at most, token names, reserved names, duplicates by case, 1024-character values", async () => {
      const id = await res.webhook();
      const patch = (headers: Record<string, unknown>, specRejects = false) =>
        api.patch(`/webhook/${id}`, { headers }, { deliberatelyInvalid: { reason: "header rules", specRejects } });
      const eleven = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`X-H${i}`, "v"]));
      expectError(await patch(eleven), 400, ["headers: At most 10 custom headers are allowed"]);
      expectError(await patch({ "Bad Name": "v", "x(y)": "v" }), 400, ["headers.Bad Name: Invalid header name", "headers.x(y): Invalid header name"]);
      expectError(await patch({ "X-Signature": "v", host: "v", "Content-Type": "v", "content-md5": "v", Connection: "v", "Transfer-Encoding": "v" }), 400, [
        "headers.X-Signature: Reserved header name",
        "headers.host: Reserved header name",
        "headers.Content-Type: Reserved header name",
        "headers.content-md5: Reserved header name",
        "headers.Connection: Reserved header name",
        "headers.Transfer-Encoding: Reserved header name",
      ]);
      expectError(await patch({ "X-Key": "a", "x-key": "b" }), 400, ["headers.x-key: Duplicate header name"]);
      expectError(await patch({ "X-Long": "v".repeat(1025) }), 400, ["headers.X-Long: String must contain at most 1024 character(s)"]);
      expectError(await patch({ "X-Num": 5 }, true), 400, ["headers.X-Num: Expected string, received number"]);
      expectError(await patch({ "X-Split": "a\r\nInjected: yes" }), 400, ["headers.X-Split: Invalid header value"]);
      const ten = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`X-H${i}`, "v".repeat(1024)]));
      expectOk(await api.patch(`/webhook/${id}`, { headers: ten }));
    });

    it("answers 400 for a malformed id and 404 for an unknown one", async () => {
      expectError(await api.patch("/webhook/nope", { description: "x" }), 400, [INVALID_ID]);
      expectError(await api.patch(`/webhook/${UNKNOWN_ID}`, { description: "x" }), 404, ["Webhook not found"]);
    });
  });

  describe("§11.8 subscriptions", () => {
    it("§11.11 quirks 14 and 17: POST replaces all of the agent's subscriptions, on every webhook; DELETE removes all; agentId has two shapes", async () => {
      const a = await agent();
      const b = await agent();
      const one = await res.webhook();
      const two = await res.webhook({ events: [{ agentId: a, eventType: "analytics-completed" }, { agentId: b, eventType: "pre-conversation" }] });
      expect(
        expectOk(await api.post(`/agent/${a}/webhook-subscriptions`, { webhookId: one, eventTypes: ["pre-conversation", "post-conversation", "pre-conversation"] }), 201),
      ).toBe("Subscriptions created successfully");
      const subs = await subsOf(a);
      expect(pairs(subs)).toEqual([
        [one, "pre-conversation"],
        [one, "post-conversation"],
      ]);
      // §11.11 quirk 17: a plain id string here, the populated agent inside the webhook.
      expect(subs[0].agentId).toBe(a);
      const hookDoc = await getHook(one);
      expect(hookDoc.subscriptions.map((s: any) => [s.agentId._id, s.eventType])).toEqual([
        [a, "pre-conversation"],
        [a, "post-conversation"],
      ]);
      expect(Object.keys(hookDoc.subscriptions[0].agentId).sort()).toEqual(["_id", "description", "name"]);
      expect((await getHook(two)).subscriptions.map((s: any) => s.agentId._id)).toEqual([b]);
      expect(pairs(await subsOf(b))).toEqual([[two, "pre-conversation"]]);
      expect(expectOk(await api.delete(`/agent/${a}/webhook-subscriptions`))).toBe("Subscriptions deleted successfully");
      expect(await subsOf(a)).toEqual([]);
      expect(expectOk(await api.delete(`/agent/${a}/webhook-subscriptions`))).toBe("Subscriptions deleted successfully");
      expect(pairs(await subsOf(b))).toEqual([[two, "pre-conversation"]]);
    });

    it("gives a rewritten pair a new id", async () => {
      const a = await agent();
      const hook = await res.webhook();
      const body = { webhookId: hook, eventTypes: ["post-conversation"] };
      expectOk(await api.post(`/agent/${a}/webhook-subscriptions`, body), 201);
      const before = (await subsOf(a))[0]._id;
      expectOk(await api.post(`/agent/${a}/webhook-subscriptions`, body), 201);
      expect((await subsOf(a))[0]._id).not.toBe(before);
    });

    it("validates the body, then the webhook id, and checks the agent first", async () => {
      const a = await agent();
      const hook = await res.webhook();
      const path = `/agent/${a}/webhook-subscriptions`;
      expectError(await api.post(path, {}, { deliberatelyInvalid: { reason: "empty", specRejects: true } }), 400, ["webhookId: Required", "eventTypes: Required"]);
      expectError(await api.post(path, { webhookId: hook, eventTypes: [] }, { deliberatelyInvalid: { reason: "use DELETE", specRejects: false } }), 400, [
        "eventTypes: Array must contain at least 1 element(s)",
      ]);
      expectError(await api.post(path, { webhookId: hook, eventTypes: ["call-started"] }, { deliberatelyInvalid: { reason: "enum", specRejects: true } }), 400, [
        `eventTypes.0: ${ENUM}, received 'call-started'`,
      ]);
      expectError(await api.post(path, { webhookId: "nope", eventTypes: ["pre-conversation"] }), 400, [INVALID_ID]);
      expectError(await api.post(path, { webhookId: UNKNOWN_ID, eventTypes: ["pre-conversation"] }), 404, ["Webhook not found"]);
      for (const method of ["GET", "POST", "DELETE"]) {
        const body = method === "POST" ? { webhookId: hook, eventTypes: ["pre-conversation"] } : undefined;
        expectError(await api.request(method, "/agent/bad/webhook-subscriptions", { body }), 400, ["Invalid agent id"]);
        expectError(await api.request(method, `/agent/${UNKNOWN_ID}/webhook-subscriptions`, { body }), 404, ["Agent not found"]);
      }
      expect(await subsOf(a)).toEqual([]);
    });

    it("§11.11 quirk 16: subscriptions sit outside versioning — publishing and activating leave them alone", async () => {
      const a = await agent();
      const hook = await res.webhook();
      expectOk(await api.post(`/agent/${a}/webhook-subscriptions`, { webhookId: hook, eventTypes: ["post-conversation"] }), 201);
      const before = await subsOf(a);
      if (model === "versions") await shipVersion(t, a, { firstMessage: "changed" });
      else await shipRevision(t, a, (await liveBranch(t, a)).branch._id, { firstMessage: "changed" });
      expect(await subsOf(a)).toEqual(before);
    });
  });

  describe("§11.7 DELETE", () => {
    it("§11.11 quirk 15: refuses while any subscription names the webhook, an archived agent's included", async () => {
      const a = await agent();
      const hook = await res.webhook({ events: [{ agentId: a, eventType: "post-conversation" }] });
      expectError(await api.delete(`/webhook/${hook}`), 400, [ASSIGNED]);
      expectOk(await t.api.delete(`/agent/${a}/archive`));
      expectError(await api.delete(`/webhook/${hook}`), 400, [ASSIGNED]);
      // Archived agents keep their subscriptions and can still be given new ones.
      expectOk(await api.post(`/agent/${a}/webhook-subscriptions`, { webhookId: hook, eventTypes: ["pre-conversation"] }), 201);
      expectOk(await api.delete(`/agent/${a}/webhook-subscriptions`));
      expect(expectOk(await api.delete(`/webhook/${hook}`))).toBe("Webhook deleted successfully");
      expectError(await api.get("/webhook", { query: { webhookId: hook } }), 404, ["Webhook not found"]);
    });

    it("answers 400 for a malformed id and 404 for an unknown one", async () => {
      expectError(await api.delete("/webhook/nope"), 400, [INVALID_ID]);
      expectError(await api.delete(`/webhook/${UNKNOWN_ID}`), 404, ["Webhook not found"]);
    });
  });

  describe("secrets", () => {
    it("§11.11 quirk 12: the secret is in every GET, and never in the emulator's request log", async () => {
      if (t.kind !== "emulator") return;
      const id = await res.webhook();
      const secret = (await getHook(id)).decryptedSecretKey as string;
      expect(JSON.stringify(t.emulator.requests)).not.toContain(secret);
      expect(t.emulator.state.webhooks().find((h) => h._id === id)!.secret).toBe(secret);
    });
  });
});
