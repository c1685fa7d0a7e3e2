/** docs/atoms-api.md §2 (agents) and §7 (phone numbers), walked under both versioning models. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectError, expectHtml404, expectOk, getAgent, OBJECT_ID, UNKNOWN_ID } from "./flows.js";
import { LIVE, modelRuns, openTarget, uniqueName } from "./target.js";
import type { ApiModel, ContractTarget } from "./target.js";

const MODELS = (["versions", "branches"] as const).filter(modelRuns);

describe.each(MODELS)("agents (%s model)", (model: ApiModel) => {
  let t: ContractTarget;
  beforeAll(async () => {
    t = await openTarget(model);
  });
  afterAll(async () => {
    await t?.close();
  });

  describe("POST /agent", () => {
    it("answers 201 with the bare agent id and creates an active first version with the body's config", async () => {
      const res = await t.api.post("/agent", {
        name: uniqueName("create"),
        description: "created by the contract suite",
        singlePromptConfig: { prompt: "Hello prompt" },
        firstMessage: "Hi there",
        slmModel: "gpt-4o",
        synthesizer: { speed: 1 },
      });
      const id = expectOk(res, 201);
      expect(id).toMatch(OBJECT_ID);
      t.track(id);
      const agent = await getAgent(t, id);
      expect(agent._id).toBe(id);
      expect(agent.activeVersionId).toMatch(OBJECT_ID);
      expect(agent.versionId).toBe(agent.activeVersionId);
      expect(agent.workflowType).toBe("single_prompt");
      expect(agent.archived).toBe(false);
      expect(agent._configSource).toBeUndefined();
      // Body values deep-merged over the §3 defaults: speed set, the rest of synthesizer defaulted.
      expect(agent._resolvedConfig).toMatchObject({
        prompt: "Hello prompt",
        firstMessage: "Hi there",
        modelName: "gpt-4o",
        synthesizer: { speed: 1, consistency: 0.5, voiceConfig: { model: "waves_lightning_v3_1", voiceId: "nyah" } },
      });
    });

    it("fills the §3 server defaults into _resolvedConfig (redaction on, denoising off)", async () => {
      const id = await t.createAgent();
      const rc = (await getAgent(t, id))._resolvedConfig;
      expect(rc).toMatchObject({
        tools: [],
        modelName: "electron",
        defaultLanguage: "en",
        supportedLanguages: ["en"],
        languageSwitching: { isEnabled: false, minWordsForDetection: 2, strongSignalThreshold: 0.7, weakSignalThreshold: 0.3, minConsecutiveForWeakThresholdSwitch: 2 },
        synthesizer: { voiceConfig: { model: "waves_lightning_v3_1", voiceId: "nyah", gender: "female" }, speed: 1.2, consistency: 0.5, similarity: 0, enhancement: 1, sampleRate: 16000 },
        postCallAnalyticsConfig: { dispositionMetrics: [], useInternalAnalyticsModel: true, useReasoningModel: false },
        denoisingConfig: { isEnabled: false },
        redactionConfig: { isEnabled: true },
        sessionTimeoutConfig: { timeoutTimeInSecs: 1800 },
        backgroundSound: "",
      });
    });

    it("accepts globalPrompt as the prompt when singlePromptConfig.prompt is absent", async () => {
      const id = await t.createAgent({ singlePromptConfig: undefined, globalPrompt: "Global prompt text" });
      expect((await getAgent(t, id))._resolvedConfig.prompt).toBe("Global prompt text");
    });

    it("rejects a body without name: 400 [\"name: Required\"]", async () => {
      const res = await t.api.post("/agent", { description: "no name" }, { deliberatelyInvalid: { reason: "name missing", specRejects: true } });
      expectError(res, 400, ["name: Required"]);
    });

    it("validates config values: 400 [\"<path>: <message>\"]", async () => {
      const res = await t.api.post(
        "/agent",
        { name: uniqueName("invalid"), synthesizer: { speed: 5 } },
        { deliberatelyInvalid: { reason: "speed above 2", specRejects: true } },
      );
      expectError(res, 400, /^synthesizer\.speed: /);
    });

    it.skipIf(LIVE)("creates the first version (v1) or the live Main branch (v2) with a passed check", async () => {
      const id = await t.createAgent();
      const agent = await getAgent(t, id);
      if (model === "versions") {
        const list = expectOk(await t.api.get(`/agent/${id}/versions`));
        expect(list.total).toBe(1);
        expect(list.versions[0]).toMatchObject({ _id: agent.activeVersionId, status: "published", versionNumber: 1, isActive: true });
        expect(list.versions[0].securityCheck.status).toBe("passed");
      } else {
        const branches = expectOk(await t.api.get(`/agent/${id}/branches`)).branches;
        expect(branches).toHaveLength(1);
        expect(branches[0]).toMatchObject({ isLive: true, hasOpenDraft: false, headRevisionNumber: 1 });
        expect(branches[0].branch).toMatchObject({ name: "Main", isDefault: true, headRevisionId: agent.activeVersionId, status: "active" });
      }
    });
  });

  describe("GET /agent (list)", () => {
    const token = `${Date.now().toString(36)}q`;
    const ids: string[] = [];
    beforeAll(async () => {
      for (const n of ["c", "a", "b"]) {
        ids.push(await t.createAgent({ name: uniqueName(`list-${token}-${n}`) }));
        await t.advance(5); // distinct createdAt, so the default order is defined
      }
    });

    it("pages with offset as the page size and 1-based page (quirk 17), reporting total/totalCount/hasMore", async () => {
      const p1 = expectOk(await t.api.get("/agent", { query: { search: token, offset: 2, page: 1 } }));
      expect(p1.agents).toHaveLength(2);
      expect(p1.total).toBe(3);
      expect(p1.totalCount).toBe(3);
      expect(p1.totalPages).toBe(2);
      expect(p1.hasMore).toBe(true);
      expect(p1.isSearchResults).toBe(true);
      const p2 = expectOk(await t.api.get("/agent", { query: { search: token, offset: 2, page: 2 } }));
      expect(p2.agents).toHaveLength(1);
      expect(p2.hasMore).toBe(false);
      const seen = [...p1.agents, ...p2.agents].map((a: any) => a._id).sort();
      expect(seen).toEqual([...ids].sort());
    });

    it("sorts newest first by default and honours sortField/sortOrder", async () => {
      const byDefault = expectOk(await t.api.get("/agent", { query: { search: token } }));
      expect(byDefault.agents.map((a: any) => a._id)).toEqual([...ids].reverse());
      const byName = expectOk(await t.api.get("/agent", { query: { search: token, sortField: "name", sortOrder: "asc" } }));
      const names = byName.agents.map((a: any) => a.name);
      expect(names).toEqual([...names].sort());
      expect(names[0]).toContain(`-${token}-a-`);
    });

    it("searches case-insensitively on name and marks isSearchResults only for searches", async () => {
      const upper = expectOk(await t.api.get("/agent", { query: { search: token.toUpperCase() } }));
      expect(upper.total).toBe(3);
      const plain = expectOk(await t.api.get("/agent", { query: { offset: 100 } }));
      expect(plain.isSearchResults).toBe(false);
      expect(plain.agents.length).toBeGreaterThanOrEqual(3);
    });

    it("filters by type", async () => {
      const graphs = expectOk(await t.api.get("/agent", { query: { search: token, type: "workflow_graph" } }));
      expect(graphs.agents).toEqual([]);
      expect(graphs.total).toBe(0);
      const prompts = expectOk(await t.api.get("/agent", { query: { search: token, type: "single_prompt" } }));
      expect(prompts.total).toBe(3);
    });

    it("list items carry no _resolvedConfig (quirk 18)", async () => {
      const list = expectOk(await t.api.get("/agent", { query: { search: token } }));
      for (const a of list.agents) {
        expect(a).not.toHaveProperty("_resolvedConfig");
        expect(a).toMatchObject({ workflowType: "single_prompt", archived: false });
        expect(a.activeVersionId).toMatch(OBJECT_ID);
      }
    });

    it("clamps offset to 100", async () => {
      const list = expectOk(await t.api.get("/agent", { query: { search: token, offset: 500 } }));
      expect(list.totalPages).toBe(1);
      expect(list.agents).toHaveLength(3);
    });

    it("hides archived agents unless archived=true, which lists only archived ones", async () => {
      const archivedId = await t.createAgent({ name: uniqueName(`list-${token}-z`) });
      expectOk(await t.api.delete(`/agent/${archivedId}/archive`));
      const active = expectOk(await t.api.get("/agent", { query: { search: token } }));
      expect(active.agents.map((a: any) => a._id)).not.toContain(archivedId);
      expect(active.total).toBe(3);
      const archived = expectOk(await t.api.get("/agent", { query: { search: token, archived: true } }));
      expect(archived.agents.map((a: any) => a._id)).toEqual([archivedId]);
      expect(archived.agents[0].archived).toBe(true);
      const explicit = expectOk(await t.api.get("/agent", { query: { search: token, archived: false } }));
      expect(explicit.total).toBe(3);
    });
  });

  describe("GET /agent/{id}", () => {
    it("unknown id: 400 [\"No agent found\"]; malformed id: 400 [\"Invalid agent id\"] (quirk 19)", async () => {
      expectError(await t.api.get(`/agent/${UNKNOWN_ID}`), 400, ["No agent found"]);
      expectError(await t.api.get("/agent/not-an-object-id"), 400, ["Invalid agent id"]);
    });

    it("unknown draftId: 404", async () => {
      const id = await t.createAgent();
      const res = await t.api.get(`/agent/${id}`, { query: { draftId: UNKNOWN_ID } });
      expectError(res, 404);
    });

    it("versionId: resolves that version and adds _configSource \"version\"", async () => {
      const id = await t.createAgent({ firstMessage: "v1 greeting" });
      const agent = await getAgent(t, id);
      const pinned = await getAgent(t, id, { versionId: agent.activeVersionId });
      expect(pinned._configSource).toBe("version");
      expect(pinned._resolvedConfig.firstMessage).toBe("v1 greeting");
      expect(pinned.activeVersionId).toBe(agent.activeVersionId);
    });
  });

  describe("PATCH /agent/{id} (metadata only)", () => {
    it("updates metadata without echoing it (quirk 4); a re-read shows the values", async () => {
      const id = await t.createAgent();
      const name = uniqueName("renamed");
      const res = await t.api.patch(`/agent/${id}`, { name, description: "new description", allowInboundCall: false, visibleToEveryone: true });
      expect(expectOk(res)).toBe(id);
      const agent = await getAgent(t, id);
      expect(agent).toMatchObject({ name, description: "new description", allowInboundCall: false, visibleToEveryone: true });
    });

    it("ignores unknown non-config keys", async () => {
      const id = await t.createAgent();
      expect(expectOk(await t.api.patch(`/agent/${id}`, { description: "kept", notAField: 1 }))).toBe(id);
      expect((await getAgent(t, id)).description).toBe("kept");
    });

    it("rejects config fields with the versioning message (quirk 16) and changes nothing", async () => {
      const id = await t.createAgent({ firstMessage: "before" });
      for (const body of [{ firstMessage: "after" }, { name: "x", synthesizer: { speed: 1 } }, { singlePromptConfig: { prompt: "p" } }]) {
        const res = await t.api.patch(`/agent/${id}`, body);
        expectError(res, 400, ["Agent has versioning enabled. Config changes must be made through drafts."]);
      }
      const agent = await getAgent(t, id);
      expect(agent._resolvedConfig.firstMessage).toBe("before");
      expect(agent.name).not.toBe("x");
    });

    it("unknown agent: 404 [\"Agent not found\"]", async () => {
      expectError(await t.api.patch(`/agent/${UNKNOWN_ID}`, { description: "x" }), 404, ["Agent not found"]);
    });
  });

  describe("DELETE /agent/{id}/archive", () => {
    it("archives, refuses to archive twice, unarchives, refuses to unarchive twice (quirk 8)", async () => {
      const id = await t.createAgent();
      expect(expectOk(await t.api.delete(`/agent/${id}/archive`))).toEqual({ message: "Agent archived" });
      expectError(await t.api.delete(`/agent/${id}/archive`), 409, ["Agent is already archived"]);
      expectError(await t.api.delete(`/agent/${id}/archive`, { query: { on: true } }), 409, ["Agent is already archived"]);
      const archived = await getAgent(t, id);
      expect(archived.archived).toBe(true);
      expect(archived._resolvedConfig).toBeDefined();
      expect(expectOk(await t.api.delete(`/agent/${id}/archive`, { query: { on: false } }))).toEqual({ message: "Agent unarchived" });
      expectError(await t.api.delete(`/agent/${id}/archive`, { query: { on: false } }), 409, ["Agent is already active"]);
      expect((await getAgent(t, id)).archived).toBe(false);
    });

    it("unknown agent: 404 [\"Agent not found\"]", async () => {
      expectError(await t.api.delete(`/agent/${UNKNOWN_ID}/archive`), 404, ["Agent not found"]);
    });

    it("plain DELETE /agent/{id} is an unknown route: HTML 404 and the agent survives", async () => {
      const id = await t.createAgent();
      const res = await t.api.delete(`/agent/${id}`);
      expectHtml404(res, "DELETE", `${new URL(t.api.baseUrl).pathname}/agent/${id}`);
      expect((await getAgent(t, id)).archived).toBe(false);
    });
  });

  describe("GET /agent/{id}/workflow (legacy read)", () => {
    it("returns the active prompt and tools", async () => {
      const tools = [{ type: "end_call", name: "hang_up", description: "End the call" }];
      const id = await t.createAgent({ singlePromptConfig: { prompt: "Workflow prompt", tools } });
      const data = expectOk(await t.api.get(`/agent/${id}/workflow`));
      expect(data.prompt).toBe("Workflow prompt");
      expect(data.tools).toHaveLength(1);
      expect(data.tools[0]).toMatchObject(tools[0]!);
    });

    it("unknown agent: 404 [\"Agent not found\"]", async () => {
      expectError(await t.api.get(`/agent/${UNKNOWN_ID}/workflow`), 404, ["Agent not found"]);
    });
  });

  describe("phone numbers (§7)", () => {
    it("lists the organization's numbers with the required keys", async () => {
      const numbers = expectOk(await t.api.get("/product/phone-numbers"));
      expect(Array.isArray(numbers)).toBe(true);
      for (const n of numbers) {
        expect(n._id).toMatch(OBJECT_ID);
        expect(n.attributes.phoneNumber).toMatch(/^\+[1-9]\d{1,14}$/);
        expect(typeof n.attributes.provider).toBe("string");
        expect(typeof n.isActive).toBe("boolean");
        expect(n.agentId === null || typeof n.agentId === "string").toBe(true);
      }
    });

    it.skipIf(LIVE)("links through PATCH telephonyProductId (replacing the set) and unlinks with []", async () => {
      const numbers = expectOk(await t.api.get("/product/phone-numbers")).filter((n: any) => n.agentId === null);
      expect(numbers.length).toBeGreaterThanOrEqual(2);
      const [a, b] = numbers as [any, any];
      const id = await t.createAgent();
      expect((await getAgent(t, id)).phoneNumber ?? []).toEqual([]);

      expectOk(await t.api.patch(`/agent/${id}`, { telephonyProductId: [a._id] }));
      expect((await getAgent(t, id)).phoneNumber).toEqual([a.attributes.phoneNumber]);
      const afterLink = expectOk(await t.api.get("/product/phone-numbers"));
      expect(afterLink.find((n: any) => n._id === a._id).agentId).toBe(id);

      expectOk(await t.api.patch(`/agent/${id}`, { telephonyProductId: [b._id] }));
      expect((await getAgent(t, id)).phoneNumber).toEqual([b.attributes.phoneNumber]);
      const afterReplace = expectOk(await t.api.get("/product/phone-numbers"));
      expect(afterReplace.find((n: any) => n._id === a._id).agentId).toBeNull();
      expect(afterReplace.find((n: any) => n._id === b._id).agentId).toBe(id);

      expectOk(await t.api.patch(`/agent/${id}`, { telephonyProductId: [] }));
      expect((await getAgent(t, id)).phoneNumber ?? []).toEqual([]);
      const afterUnlink = expectOk(await t.api.get("/product/phone-numbers"));
      expect(afterUnlink.find((n: any) => n._id === b._id).agentId).toBeNull();
    });

    it.skipIf(LIVE)("rejects ids that are not the organization's phone-number products with 400", async () => {
      const id = await t.createAgent();
      expectError(await t.api.patch(`/agent/${id}`, { telephonyProductId: [UNKNOWN_ID] }), 400);
      expect((await getAgent(t, id)).phoneNumber ?? []).toEqual([]);
    });

    it("ignores telephonyProductId on create (quirk 15)", async () => {
      const numbers = expectOk(await t.api.get("/product/phone-numbers")).filter((n: any) => n.agentId === null);
      if (numbers.length === 0) return; // nothing free to try with (live workspaces)
      const id = await t.createAgent({ telephonyProductId: [numbers[0]._id] });
      expect((await getAgent(t, id)).phoneNumber ?? []).toEqual([]);
      const after = expectOk(await t.api.get("/product/phone-numbers"));
      expect(after.find((n: any) => n._id === numbers[0]._id).agentId).toBeNull();
    });
  });
});
