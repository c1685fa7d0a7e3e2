import { describe, expect, it } from "vitest";
import { AtomsApiError, ConflictError, MigrationRequiredError, NotFoundError } from "../../../src/errors.js";
import { BASE, KEY, catchErr, expectNoKey, fail, fakeApi, json, makeClient, ok } from "./helpers.js";

const AGENT = "66a1f0c2e4b0a1b2c3d4e5f6";

describe("envelope parsing", () => {
  it("sends the bearer key, Accept and JSON content type, and unwraps status:true", async () => {
    const api = fakeApi([["POST", "/agent", () => ok(AGENT, 201)]]);
    const { client } = makeClient(api.fetch);
    await expect(client.createAgent({ name: "Support" })).resolves.toBe(AGENT);
    const req = api.log[0]!;
    expect(req.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(req.headers.accept).toBe("application/json");
    expect(req.headers["content-type"]).toBe("application/json");
    expect(req.body).toEqual({ name: "Support" });
  });

  it("treats success:true as a synonym of status:true", async () => {
    const api = fakeApi([["GET", "/product/phone-numbers", () => json(200, { success: true, data: [{ _id: "p1", isActive: true, agentId: null, attributes: { phoneNumber: "+14155550123", provider: "twilio" } }] })]]);
    const { client } = makeClient(api.fetch);
    expect(await client.listPhoneNumbers()).toEqual([{ id: "p1", phoneNumber: "+14155550123", provider: "twilio", isActive: true, agentId: null }]);
  });

  it("reports a 2xx status:false envelope as an error rather than data", async () => {
    const api = fakeApi([["PATCH", `/agent/${AGENT}`, () => json(200, { status: false, errors: ["weird"] })]]);
    const { client } = makeClient(api.fetch);
    const err = await catchErr(client.updateAgentMetadata(AGENT, { name: "x" }));
    expect(err).toBeInstanceOf(AtomsApiError);
    expect((err as AtomsApiError).errors).toEqual(["weird"]);
  });

  it("turns a non-JSON error body into a typed error with status, path, request id and a 500-char snippet", async () => {
    const body = "upstream connect error ".repeat(50);
    const api = fakeApi([["GET", "/agent", () => new Response(body, { status: 502, headers: { "x-request-id": "rid-502" } })]]);
    const { client } = makeClient(api.fetch, { maxRetries: 0 });
    const err = (await catchErr(client.listAgents())) as AtomsApiError;
    expect(err).toBeInstanceOf(AtomsApiError);
    expect(err.status).toBe(502);
    expect(err.method).toBe("GET");
    expect(err.path).toBe("/agent?page=1&offset=100");
    expect(err.requestId).toBe("rid-502");
    expect(err.bodySnippet).toHaveLength(500);
    expect(err.message).toContain("rid-502");
    expect(err.message).toContain("HTTP 502");
  });

  it("a 2xx body that is not JSON is an unexpected-shape error, not a crash", async () => {
    const api = fakeApi([["GET", `/agent/${AGENT}`, () => new Response("<html>maintenance</html>", { status: 200, headers: { "content-type": "text/html" } })]]);
    const { client } = makeClient(api.fetch);
    const err = await catchErr(client.getAgent(AGENT));
    expect(err).toBeInstanceOf(AtomsApiError);
    expect(err.message).toMatch(/unexpected response shape from GET \/agent\/66a1/);
  });
});

describe("error mapping", () => {
  it.each([
    [400, ["No agent found"]],
    [400, ["Invalid agent id"]],
    [400, ["Invalid version id"]],
    [404, ["Agent not found"]],
    [404, ["Draft not found"]],
    [404, ["No open draft"]],
  ])("HTTP %i %j → NotFoundError", async (status, errors) => {
    const api = fakeApi([["GET", `/agent/${AGENT}`, () => fail(status, errors)]]);
    const { client } = makeClient(api.fetch);
    const err = (await catchErr(client.getAgent(AGENT))) as NotFoundError;
    expect(err).toBeInstanceOf(NotFoundError);
    expect(err.errors).toEqual(errors);
    expect(err.requestId).toBe(`req-${status}`);
  });

  it("other 400s stay plain AtomsApiError with the validation messages", async () => {
    const api = fakeApi([["PATCH", `/agent/${AGENT}`, () => fail(400, ["synthesizer.speed: Number must be less than or equal to 2"])]]);
    const { client } = makeClient(api.fetch);
    const err = (await catchErr(client.updateAgentMetadata(AGENT, {}))) as AtomsApiError;
    expect(err).toBeInstanceOf(AtomsApiError);
    expect(err).not.toBeInstanceOf(NotFoundError);
    expect(err.message).toContain("synthesizer.speed: Number must be less than or equal to 2");
  });

  it("an HTML 404 means 'no such route', never NotFoundError", async () => {
    const api = fakeApi([]);
    const { client } = makeClient(api.fetch);
    const err = (await catchErr(client.getAgent(AGENT))) as AtomsApiError;
    expect(err).toBeInstanceOf(AtomsApiError);
    expect(err).not.toBeInstanceOf(NotFoundError);
    expect(err.status).toBe(404);
    expect(err.message).toContain("no such route (client bug or API change)");
    expect(err.bodySnippet).toContain("Cannot GET /atoms/v1/agent/");
    expect(err.requestId).toBe("req-html");
  });

  it("409 versioning_v2_migration_required → MigrationRequiredError; other 409 → ConflictError with fields", async () => {
    const api = fakeApi([
      ["POST", `/agent/${AGENT}/drafts`, () => fail(409, ["deprecated under the branch model"], { error_type: "versioning_v2_migration_required" }, { deprecation: "true" })],
      ["DELETE", `/agent/${AGENT}/archive`, () => fail(409, ["Something else conflicts"])],
    ]);
    const { client } = makeClient(api.fetch, { apiModel: "versions" });
    const m = (await catchErr(client.versioning().openDraft(AGENT, "v1", "n"))) as MigrationRequiredError;
    expect(m).toBeInstanceOf(MigrationRequiredError);
    expect(m.errorType).toBe("versioning_v2_migration_required");
    const c = (await catchErr(client.archiveAgent(AGENT, true))) as ConflictError;
    expect(c).toBeInstanceOf(ConflictError);
    expect(c).not.toBeInstanceOf(MigrationRequiredError);
    expect(c.conflictingFields).toEqual(["Something else conflicts"]);
  });

  it("archiving an already archived agent is success (the desired state holds)", async () => {
    const api = fakeApi([["DELETE", `/agent/${AGENT}/archive`, () => fail(409, ["Agent is already archived"])]]);
    const { client } = makeClient(api.fetch);
    await expect(client.archiveAgent(AGENT, true)).resolves.toBeUndefined();
    // ... but unarchiving an archived agent with a 409 "already archived" is still an error.
    await expect(client.archiveAgent(AGENT, false)).rejects.toBeInstanceOf(ConflictError);
    expect(api.log[1]!.path).toBe(`/agent/${AGENT}/archive?on=false`);
  });
});

describe("the API key never leaks", () => {
  it("scrubs the key from errors even when the body echoes it", async () => {
    const echo = `Unauthorized: User not found (Authorization: Bearer ${KEY})`;
    const api = fakeApi([
      ["GET", `/agent/${AGENT}`, () => json(401, { status: false, errors: [echo], data: { header: `Bearer ${KEY}` } })],
      ["GET", "/agent", () => new Response(`bad gateway, key=${KEY}`, { status: 400 })],
    ]);
    const { client, events } = makeClient(api.fetch);
    const e1 = (await catchErr(client.getAgent(AGENT))) as AtomsApiError;
    expect(e1.status).toBe(401);
    expect(e1.exitCode).toBe(3);
    expect(e1.errors[0]).toContain("[REDACTED]");
    expectNoKey(e1);
    const e2 = await catchErr(client.listAgents());
    expectNoKey(e2);
    expectNoKey(events);
  });

  it("scrubs the key from network errors", async () => {
    const { client, events } = makeClient(async () => {
      throw new TypeError(`fetch failed for ${KEY}`, { cause: { code: "ECONNREFUSED", message: `connect ECONNREFUSED (${KEY})` } });
    }, { maxRetries: 1 });
    const err = (await catchErr(client.listAgents())) as AtomsApiError;
    expect(err.status).toBe(0);
    expect(err.message).toContain("network error");
    expect(err.message).toContain("ECONNREFUSED");
    expectNoKey(err);
    expectNoKey(events);
  });
});

describe("response caps", () => {
  it("rejects JSON nested deeper than 200 levels with a clear error", async () => {
    const deep = "[".repeat(500) + "]".repeat(500);
    const api = fakeApi([["GET", `/agent/${AGENT}`, () => new Response(`{"status":true,"data":${deep}}`, { status: 200 })]]);
    const { client } = makeClient(api.fetch);
    const err = await catchErr(client.getAgent(AGENT));
    expect(err).toBeInstanceOf(AtomsApiError);
    expect(err.message).toContain("nested deeper than 200");
  });

  it("rejects a body larger than 20 MB without buffering it all", async () => {
    let pulled = 0;
    const chunk = new Uint8Array(1024 * 1024).fill(0x20);
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        if (pulled > 100) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const api = fakeApi([["GET", `/agent/${AGENT}`, () => new Response(stream, { status: 200 })]]);
    const { client } = makeClient(api.fetch);
    const err = await catchErr(client.getAgent(AGENT));
    expect(err.message).toContain("larger than 20 MB");
    expect(pulled).toBeLessThan(30);
  });
});

describe("base URL", () => {
  it("tolerates a trailing slash and keeps the path prefix", async () => {
    const api = fakeApi([["GET", "/product/phone-numbers", () => ok([])]]);
    const { client } = makeClient(api.fetch, { baseUrl: `${BASE}/` });
    await client.listPhoneNumbers();
    expect(client.baseUrl).toBe(BASE);
    expect(api.log[0]!.path).toBe("/product/phone-numbers");
  });
});
