import { describe, expect, it } from "vitest";
import { AtomsApiError, NotFoundError } from "../../../src/errors.js";
import { catchErr, fakeApi, makeClient, ok } from "./helpers.js";

function agents(from: number, count: number) {
  return Array.from({ length: count }, (_, i) => ({ _id: `agent-${from + i}`, name: `Agent ${from + i}`, archived: false, activeVersionId: `v-${from + i}` }));
}

describe("GET /agent paging", () => {
  it("pages with offset=100 (page size) and page=1,2,3 until hasMore is false", async () => {
    const api = fakeApi([["GET", "/agent", (r) => {
      const page = Number(new URL(`http://x${r.path}`).searchParams.get("page"));
      const items = page < 3 ? agents((page - 1) * 100, 100) : agents(200, 37);
      return ok({ agents: items, total: 237, totalCount: 237, totalPages: 3, hasMore: page < 3, isSearchResults: false });
    }]]);
    const { client } = makeClient(api.fetch);
    const list = await client.listAgents();
    expect(list).toHaveLength(237);
    expect(list[236]).toEqual({ id: "agent-236", name: "Agent 236", archived: false, activeVersionId: "v-236" });
    expect(api.calls()).toEqual(["GET /agent?page=1&offset=100", "GET /agent?page=2&offset=100", "GET /agent?page=3&offset=100"]);
  });

  it("falls back to page < totalPages when hasMore is absent, and lists archived agents with archived=true", async () => {
    const api = fakeApi([["GET", "/agent", (r) => {
      const page = Number(new URL(`http://x${r.path}`).searchParams.get("page"));
      return ok({ agents: agents(page * 10, 2).map((a) => ({ ...a, archived: true })), totalPages: 2 });
    }]]);
    const { client } = makeClient(api.fetch);
    const list = await client.listAgents({ archived: true });
    expect(list.map((a) => a.id)).toEqual(["agent-10", "agent-11", "agent-20", "agent-21"]);
    expect(api.calls()).toEqual(["GET /agent?page=1&offset=100&archived=true", "GET /agent?page=2&offset=100&archived=true"]);
  });

  it("a list whose data has no agents array is a clear shape error", async () => {
    const api = fakeApi([["GET", "/agent", () => ok({ items: [] })]]);
    const { client } = makeClient(api.fetch);
    const err = await catchErr(client.listAgents());
    expect(err).toBeInstanceOf(AtomsApiError);
    expect(err.message).toContain("unexpected response shape from GET /agent?page=1&offset=100");
    expect(err.message).toContain("data.agents");
  });
});

describe("tolerant reader of GET /agent/{id}", () => {
  const ID = "66a1f0c2e4b0a1b2c3d4e5f6";

  it("keeps unknown enum values, ignores unknown keys and mirrors, tolerates a missing phoneNumber", async () => {
    const api = fakeApi([["GET", `/agent/${ID}`, () => ok({
      _id: ID,
      name: "Support",
      description: "desc",
      activeVersionId: "v9",
      archived: false,
      allowInboundCall: "yes", // wrong type: dropped, not a crash
      brandNewServerField: { nested: [1, 2] },
      synthesizer: { voiceConfig: { model: "mirror-must-be-ignored" } },
      _resolvedConfig: {
        prompt: "Hi",
        modelName: "electron-ultra-2030",
        synthesizer: { voiceConfig: { model: "waves_lightning_v2", voiceId: "nyah" }, speed: 1.2 },
        timezone: "Asia/Kolkata",
        callDispositionConfig: { some: "object" },
        futureKey: true,
      },
    })]]);
    const { client } = makeClient(api.fetch);
    const a = await client.getAgent(ID);
    expect(a).toEqual({
      id: ID,
      name: "Support",
      description: "desc",
      archived: false,
      activeVersionId: "v9",
      phoneNumbers: [],
      resolved: {
        prompt: "Hi",
        modelName: "electron-ultra-2030",
        synthesizer: { voiceConfig: { model: "waves_lightning_v2", voiceId: "nyah" }, speed: 1.2 },
        timezone: "Asia/Kolkata",
        callDispositionConfig: { some: "object" },
        futureKey: true,
      },
    });
  });

  it("passes draftId / versionId as query and reads phone numbers", async () => {
    const api = fakeApi([["GET", `/agent/${ID}`, () => ok({ _id: ID, name: "n", versionId: "v2", phoneNumber: ["+14155550123"], _resolvedConfig: { firstMessage: "x" }, _configSource: "draft" })]]);
    const { client } = makeClient(api.fetch);
    const a = await client.getAgent(ID, { draftId: "d1" });
    expect(a.phoneNumbers).toEqual(["+14155550123"]);
    expect(a.activeVersionId).toBe("v2");
    expect(api.log[0]!.path).toBe(`/agent/${ID}?draftId=d1`);
  });

  it.each([
    ["data is a string", "not-an-object", /expected the agent to be an object/],
    ["data is an array", [1, 2], /expected the agent to be an object/],
    ["_resolvedConfig is a string", { _id: ID, name: "n", _resolvedConfig: "oops" }, /expected _resolvedConfig to be an object/],
    ["_resolvedConfig is an array", { _id: ID, name: "n", _resolvedConfig: [] }, /expected _resolvedConfig to be an object/],
  ])("garbage shape (%s) is a clear AtomsApiError, never a TypeError", async (_label, data, msg) => {
    const api = fakeApi([["GET", `/agent/${ID}`, () => ok(data)]]);
    const { client } = makeClient(api.fetch);
    const err = await catchErr(client.getAgent(ID));
    expect(err).toBeInstanceOf(AtomsApiError);
    expect(err).not.toBeInstanceOf(TypeError);
    expect(err.message).toMatch(/unexpected response shape from GET \/agent\//);
    expect(err.message).toMatch(msg);
  });

  it("an unknown agent (400 No agent found) is NotFoundError", async () => {
    const api = fakeApi([["GET", `/agent/${ID}`, () => new Response(JSON.stringify({ status: false, errors: ["No agent found"] }), { status: 400 })]]);
    const { client } = makeClient(api.fetch);
    await expect(client.getAgent(ID)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("phone-number products: odd items are skipped, not fatal", async () => {
    const api = fakeApi([["GET", "/product/phone-numbers", () => ok([
      { _id: "p1", isActive: true, agentId: "a1", attributes: { phoneNumber: "+14155550123", provider: "plivo", countryCode: "US" }, extra: 1 },
      { _id: "p2" },
      "junk",
    ])]]);
    const { client } = makeClient(api.fetch);
    expect(await client.listPhoneNumbers()).toEqual([{ id: "p1", phoneNumber: "+14155550123", provider: "plivo", isActive: true, agentId: "a1" }]);
  });
});
