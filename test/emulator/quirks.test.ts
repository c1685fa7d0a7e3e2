import { describe, expect, it } from "vitest";
import { setup } from "./helpers.js";

const MISSING = "0123456789abcdef01234567";

describe("agents, errors and contract quirks", () => {
  it("authenticates, isolates organizations and tags every response with x-request-id", async () => {
    const { call, createAgent } = setup({ apiKeys: { sk_a: "org_a", sk_b: "org_b" } });
    const none = await call("GET", "/agent", undefined, { key: null });
    expect(none.status).toBe(401);
    expect(none.json).toEqual({ status: false, errors: ["Unauthorized: User not found"] });
    expect(none.headers.get("x-request-id")).toMatch(/^[a-f\d]{24}$/);
    expect((await call("GET", "/agent", undefined, { key: "sk_nope" })).status).toBe(401);
    const id = await createAgent.call(null, {}).catch(() => null);
    expect(id).toBeNull(); // the default key is not configured here
    const created = await call("POST", "/agent", { name: "A" }, { key: "sk_a" });
    expect(created.status).toBe(201);
    expect((await call("GET", `/agent/${created.json.data}`, undefined, { key: "sk_b" })).json.errors).toEqual(["No agent found"]);
    expect((await call("GET", "/agent", undefined, { key: "sk_b" })).json.data.total).toBe(0);
  });

  it("answers unknown agents and malformed ids with the contract's errors", async () => {
    const { call } = setup();
    expect((await call("GET", `/agent/${MISSING}`)).json).toEqual({ status: false, errors: ["No agent found"] });
    expect((await call("GET", `/agent/${MISSING}`)).status).toBe(400);
    const sub = await call("GET", `/agent/${MISSING}/versions`);
    expect([sub.status, sub.json.errors]).toEqual([404, ["Agent not found"]]);
    expect((await call("PATCH", `/agent/${MISSING}`, { name: "x" })).status).toBe(404);
    const bad = await call("GET", "/agent/not-an-id");
    expect([bad.status, bad.json.errors]).toEqual([400, ["Invalid agent id"]]);
    const del = await call("DELETE", `/agent/${MISSING}`);
    expect(del.status).toBe(404);
    expect(del.headers.get("content-type")).toMatch(/^text\/html/);
    expect(del.text).toContain(`<pre>Cannot DELETE /atoms/v1/agent/${MISSING}</pre>`);
    expect(del.headers.get("x-request-id")).toBeTruthy();
    expect((await call("GET", `/agent/${MISSING}/resolved-config`)).status).toBe(404);
  });

  it("creates V1 with server defaults, ignores telephonyProductId and requires language.switching", async () => {
    const { call, emu } = setup();
    const noSwitch = await call("POST", "/agent", { name: "A", language: { default: "en", supported: ["en"] } });
    expect([noSwitch.status, noSwitch.json.errors]).toEqual([400, ["Invalid Input: Required"]]);
    expect((await call("POST", "/agent", {})).json.errors).toEqual(["name: Required"]);
    const phone = emu.state.phoneNumbers("org_local")[0]!;
    const r = await call("POST", "/agent", {
      name: "A",
      globalPrompt: "From globalPrompt",
      backgroundSound: "office",
      telephonyProductId: [phone._id],
      language: { default: "hi", supported: ["en", "hi"], switching: { isEnabled: false } },
    });
    expect(r.status).toBe(201);
    expect(r.json.data).toMatch(/^[a-f\d]{24}$/);
    const dto = (await call("GET", `/agent/${r.json.data}`)).json.data;
    expect(dto.phoneNumber).toEqual([]);
    expect(dto).toMatchObject({ archived: false, allowInboundCall: true, visibleToEveryone: false, workflowType: "single_prompt" });
    expect(dto._resolvedConfig).toMatchObject({
      prompt: "From globalPrompt",
      backgroundSound: "office",
      defaultLanguage: "hi",
      supportedLanguages: ["en", "hi"],
      languageSwitching: { isEnabled: false, minWordsForDetection: 2 },
      redactionConfig: { isEnabled: true },
      denoisingConfig: { isEnabled: false },
      sessionTimeoutConfig: { timeoutTimeInSecs: 1800 },
      postCallAnalyticsConfig: { dispositionMetrics: [], useInternalAnalyticsModel: true, useReasoningModel: false },
    });
    expect(dto._resolvedConfig).not.toHaveProperty("allowInterruptions");
    const v = (await call("GET", `/agent/${r.json.data}/versions`)).json.data.versions[0];
    expect(v).toMatchObject({ versionNumber: 1, isActive: true, status: "published", securityCheck: { status: "passed" } });
  });

  it("keeps config out of PATCH /agent, links phone numbers and does not echo", async () => {
    const { call, createAgent, emu } = setup();
    const id = await createAgent();
    const cfg = await call("PATCH", `/agent/${id}`, { name: "B", firstMessage: "x" });
    expect(cfg.json.errors).toEqual(["Agent has versioning enabled. Config changes must be made through drafts."]);
    const [p1, p2] = emu.state.phoneNumbers("org_local");
    const r = await call("PATCH", `/agent/${id}`, { name: "Renamed", telephonyProductId: [p1!._id, p2!._id], whatever: 1 });
    expect(r.json).toEqual({ status: true, data: id });
    let dto = (await call("GET", `/agent/${id}`)).json.data;
    expect(dto.name).toBe("Renamed");
    expect(dto.phoneNumber).toEqual([p1!.attributes.phoneNumber, p2!.attributes.phoneNumber]);
    const numbers = (await call("GET", "/product/phone-numbers")).json.data;
    expect(numbers.filter((n: { agentId: string | null }) => n.agentId === id)).toHaveLength(2);
    await call("PATCH", `/agent/${id}`, { telephonyProductId: [] });
    dto = (await call("GET", `/agent/${id}`)).json.data;
    expect(dto.phoneNumber).toEqual([]);
    expect((await call("PATCH", `/agent/${id}`, { telephonyProductId: [MISSING] })).status).toBe(400);
  });

  it("validates draft edits: sources, nulls, unknown keys, prompt, ranges, cross-field rules", async () => {
    const { call, createAgent } = setup();
    const id = await createAgent();
    const v1 = (await call("GET", `/agent/${id}`)).json.data.activeVersionId;
    expect((await call("POST", `/agent/${id}/drafts`, {})).json.errors).toEqual(["Either sourceVersionId or sourceDraftId is required"]);
    expect((await call("POST", `/agent/${id}/drafts`, { sourceVersionId: MISSING })).json.errors).toEqual(["Source version not found"]);
    const d = (await call("POST", `/agent/${id}/drafts`, { sourceVersionId: v1 })).json.data.draftId;
    const edit = (body: unknown) => call("PATCH", `/agent/${id}/drafts/${d}/config`, body);
    expect((await edit({ name: "x", telephonyProductId: [], llm: {} })).json.errors).toEqual(["No recognized config fields"]);
    expect((await edit({ firstMessage: null })).json.errors).toEqual(["firstMessage: Expected object, received null"]);
    expect((await edit({ singlePromptConfig: { tools: [] } })).json.errors).toEqual(["singlePromptConfig.prompt: Required"]);
    expect((await edit({ synthesizer: { speed: 3 } })).json.errors).toEqual(["synthesizer.speed: Number must be less than or equal to 2"]);
    const tool = { type: "api_call", name: "lookup", description: "d", url: "not a url", method: "GET", headers: null };
    const bad = await edit({ singlePromptConfig: { prompt: "p", tools: [tool] } });
    expect(bad.json.errors).toEqual(
      expect.arrayContaining(["singlePromptConfig.tools.0.url: Invalid url", "singlePromptConfig.tools.0.headers: Expected object, received null"]),
    );
    expect((await edit({ language: { default: "hi", supported: ["en"] } })).json.errors[0]).toMatch(/^language\.default: /);
    expect((await edit({ language: { supported: ["ta", "en"] } })).status).toBe(400);
    expect((await edit({ language: { default: "north_indic", supported: ["north_indic"] } })).json.errors[0]).toMatch(/^transcriberType: /);
    const dup = { type: "end_call", name: "bye", description: "d" };
    expect((await edit({ singlePromptConfig: { prompt: "p", tools: [dup, dup] } })).json.errors[0]).toMatch(/tools\.1\.name/);
    expect((await edit({ synthesizer: { voiceConfig: { model: "waves_lightning_v2" } } })).status).toBe(200);
    expect((await edit({ synthesizer: { voiceConfig: { model: "tts-9000" } } })).status).toBe(400);

    // Arrays replace, objects merge, tool defaults are filled.
    const t1 = { type: "transfer_call", name: "human", description: "d", transferNumber: "+14155550100", transferOption: { type: "warm_transfer", privateHandoffOption: null } };
    await edit({ singlePromptConfig: { prompt: "p", tools: [t1, dup] }, language: { switching: { isEnabled: true } } });
    await edit({ singlePromptConfig: { prompt: "p", tools: [dup] }, language: { switching: { minWordsForDetection: 3 } } });
    const rc = (await call("GET", `/agent/${id}?draftId=${d}`)).json.data._resolvedConfig;
    expect(rc.tools).toEqual([{ ...dup, enabled: true }]);
    expect(rc.languageSwitching).toMatchObject({ isEnabled: true, minWordsForDetection: 3, weakSignalThreshold: 0.3 });
    expect(rc.synthesizer.voiceConfig).toEqual({ model: "waves_lightning_v2", voiceId: "nyah", gender: "female" });
    // Equal values still create a revision, with no changed sections.
    const same = await edit({ singlePromptConfig: { prompt: "p", tools: [dup] } });
    expect(same.status).toBe(200);
    const hist = (await call("GET", `/agent/${id}/drafts/${d}?limit=1`)).json.data;
    expect(hist.editHistory).toEqual([expect.objectContaining({ changedSections: [] })]);
  });

  it("lists with page/offset paging, search and archived filtering; archives twice is a 409", async () => {
    const { call, createAgent, clock } = setup();
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) {
      clock.t += 1000;
      ids.push(await createAgent({ name: `Agent ${String(i).padStart(2, "0")}` }));
    }
    const p2 = (await call("GET", "/agent?page=2&offset=5")).json.data;
    expect(p2).toMatchObject({ total: 12, totalCount: 12, totalPages: 3, hasMore: true, isSearchResults: false });
    expect(p2.agents.map((a: { name: string }) => a.name)).toEqual(["Agent 06", "Agent 05", "Agent 04", "Agent 03", "Agent 02"]);
    expect(p2.agents[0]).not.toHaveProperty("_resolvedConfig");
    expect((await call("GET", "/agent?page=3&offset=5")).json.data.hasMore).toBe(false);
    const s = (await call("GET", "/agent?search=agent 1&sortField=name&sortOrder=asc")).json.data;
    expect([s.total, s.isSearchResults, s.agents[0].name]).toEqual([2, true, "Agent 10"]);
    expect((await call("GET", "/agent?offset=500")).json.data.agents).toHaveLength(12);

    expect((await call("DELETE", `/agent/${ids[0]}/archive`)).json.data).toEqual({ message: "Agent archived" });
    expect((await call("DELETE", `/agent/${ids[0]}/archive`)).json).toEqual({ status: false, errors: ["Agent is already archived"] });
    expect((await call("GET", "/agent?offset=100")).json.data.total).toBe(11);
    expect((await call("GET", "/agent?archived=true")).json.data.agents.map((a: { _id: string }) => a._id)).toEqual([ids[0]]);
    expect((await call("GET", `/agent/${ids[0]}`)).json.data.archived).toBe(true);
    expect((await call("DELETE", `/agent/${ids[0]}/archive?on=false`)).json.data).toEqual({ message: "Agent unarchived" });
    expect((await call("DELETE", `/agent/${ids[0]}/archive?on=false`)).status).toBe(409);
  });

  it("keeps the legacy workflow endpoints: active-only read and the wiping bypass", async () => {
    const { call, createAgent } = setup();
    const tools = [{ type: "end_call", name: "bye", description: "d" }];
    const id = await createAgent({ singlePromptConfig: { prompt: "Old", tools } });
    const v1 = (await call("GET", `/agent/${id}`)).json.data;
    const d = (await call("POST", `/agent/${id}/drafts`, { sourceVersionId: v1.activeVersionId })).json.data.draftId;
    await call("PATCH", `/agent/${id}/drafts/${d}/config`, { singlePromptConfig: { prompt: "Draft" } });
    const wf = await call("GET", `/agent/${id}/workflow?versionId=${v1.activeVersionId}`);
    expect(wf.json.data).toEqual({ prompt: "Old", tools: [{ ...tools[0], enabled: true }] });
    const w = await call("PATCH", `/workflow/${v1.workflowId}`, { type: "single_prompt", singlePromptConfig: { prompt: "Bypassed" } });
    expect(w.json.data).toBe("Workflow updated successfully");
    const after = (await call("GET", `/agent/${id}`)).json.data;
    expect(after.activeVersionId).toBe(v1.activeVersionId);
    expect(after._resolvedConfig).toMatchObject({ prompt: "Bypassed", tools: [] });
  });

  it("rejects malformed JSON, wrong content types, bodies over 1 MB and non-object bodies", async () => {
    const { call, createAgent } = setup();
    const malformed = await call("POST", "/agent", undefined, { raw: "{name:" });
    expect([malformed.status, malformed.json.status]).toEqual([400, false]);
    const text = await call("POST", "/agent", undefined, { raw: "name=x", contentType: "text/plain" });
    expect([text.status, text.json.errors]).toEqual([400, ["Content-Type must be application/json"]]);
    const huge = await call("POST", "/agent", { name: "x".repeat(1024 * 1024 + 10) });
    expect([huge.status, huge.json.status]).toEqual([413, false]);
    expect((await call("POST", "/agent", [1, 2])).status).toBe(400);
    const id = await createAgent();
    expect((await call("GET", `/agent/${id}/versions/xyz`)).json.errors).toEqual(["Invalid version id"]);
    expect((await call("GET", `/agent/${id}/versions/${MISSING}`)).json.errors).toEqual(["Version not found"]);
    expect((await call("GET", `/agent/${id}?versionId=${MISSING}`)).status).toBe(404);
    expect((await call("GET", `/agent/${id}?draftId=${MISSING}`)).json.errors).toEqual(["Draft not found"]);
  });
});
