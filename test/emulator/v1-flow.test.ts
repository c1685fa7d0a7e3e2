import { describe, expect, it } from "vitest";
import { setup } from "./helpers.js";

describe("v1 drafts/versions flow", () => {
  it("runs fork → patch → verify → publish → poll → activate → verify end to end", async () => {
    const { call, clock, createAgent, emu } = setup();
    const id = await createAgent({ firstMessage: "Hi" });
    const agent = (await call("GET", `/agent/${id}`)).json.data;
    expect(agent._resolvedConfig).toMatchObject({ prompt: "You help.", firstMessage: "Hi", modelName: "electron", tools: [] });
    const v1 = agent.activeVersionId;

    const fork = await call("POST", `/agent/${id}/drafts`, { sourceVersionId: v1 });
    expect(fork.status).toBe(201);
    const draft = fork.json.data;
    expect(draft.draftId).not.toBe(draft._id);
    expect(draft).toMatchObject({ status: "draft", draftRevision: 1, sourceVersionId: v1, versionNumber: null, isActive: false });
    expect(draft.draftName).toBe(`Draft #2-${draft.draftId.slice(-4)}`);

    const patch = await call("PATCH", `/agent/${id}/drafts/${draft.draftId}/config`, {
      firstMessage: "Hello",
      synthesizer: { speed: 1 },
      misspeltField: true,
    });
    expect(patch.status).toBe(200);
    expect(patch.json.data).toMatchObject({ draftId: draft.draftId, draftRevision: 2 });
    expect(patch.json.data._id).not.toBe(draft._id);
    expect(JSON.stringify(patch.json.data)).not.toContain("Hello");
    // Only the changed sections got new block ids.
    expect(patch.json.data.blocks.voice).not.toBe(draft.blocks.voice);
    expect(patch.json.data.blocks.workflow_prompt).not.toBe(draft.blocks.workflow_prompt);
    expect(patch.json.data.blocks.llm).toBe(draft.blocks.llm);

    const viaDraft = (await call("GET", `/agent/${id}?draftId=${draft.draftId}`)).json.data;
    expect(viaDraft._configSource).toBe("draft");
    expect(viaDraft._resolvedConfig.firstMessage).toBe("Hello");
    expect(viaDraft._resolvedConfig.synthesizer).toMatchObject({ speed: 1, voiceConfig: { voiceId: "nyah" } });
    expect(viaDraft._resolvedConfig.misspeltField).toBeUndefined();
    expect((await call("GET", `/agent/${id}`)).json.data._resolvedConfig.firstMessage).toBe("Hi");

    const detail = (await call("GET", `/agent/${id}/drafts/${draft.draftId}`)).json.data;
    expect(detail.editCount).toBe(1);
    expect(detail.editHistory[0]).toMatchObject({ revision: 2, changedSections: ["workflow_prompt", "voice"] });

    const diff = (await call("GET", `/agent/${id}/drafts/${draft.draftId}/diff`)).json.data;
    expect(diff.hasChanges).toBe(true);
    expect(diff.diffs).toContainEqual({ section: "voice", changes: [{ path: "synthesizer.speed", oldValue: 1.2, newValue: 1 }] });

    const pub = await call("POST", `/agent/${id}/drafts/${draft.draftId}/publish`, { label: "v2", description: "d", activate: true });
    expect(pub.status).toBe(201);
    const versionId = pub.json.data._id;
    expect(pub.json.data).toMatchObject({ status: "published", versionNumber: 2, isActive: false, securityCheck: { status: "queued" } });
    expect((await call("GET", `/agent/${id}/drafts`)).json.data).toEqual([]);
    expect((await call("PATCH", `/agent/${id}/drafts/${draft.draftId}/config`, { firstMessage: "x" })).status).toBe(404);

    const early = await call("PATCH", `/agent/${id}/versions/${versionId}/activate`);
    expect(early.status).toBe(400);
    expect(early.json.errors).toEqual(["Security check pending"]);
    clock.t += 5999;
    expect((await call("GET", `/agent/${id}/versions/${versionId}`)).json.data.version.securityCheck.status).toBe("queued");
    clock.t += 1;
    const polled = (await call("GET", `/agent/${id}/versions/${versionId}`)).json.data;
    expect(polled.version.securityCheck.status).toBe("passed");
    expect(polled.resolvedConfig.voice.synthesizer.speed).toBe(1);
    expect(polled.resolvedConfig.workflow_tools).toEqual({ tools: [] });

    const act = await call("PATCH", `/agent/${id}/versions/${versionId}/activate`);
    expect(act.status).toBe(200);
    expect(act.json.data).toMatchObject({ isActive: true });
    expect((await call("PATCH", `/agent/${id}/versions/${versionId}/activate`)).status).toBe(200);
    const live = (await call("GET", `/agent/${id}`)).json.data;
    expect(live.activeVersionId).toBe(versionId);
    expect(live.versionId).toBe(versionId);
    expect(live._resolvedConfig.firstMessage).toBe("Hello");

    const versions = (await call("GET", `/agent/${id}/versions`)).json.data;
    expect(versions.total).toBe(2);
    expect(versions.versions.map((v: { versionNumber: number; isActive: boolean }) => [v.versionNumber, v.isActive])).toEqual([
      [2, true],
      [1, false],
    ]);
    // Rollback = activating the old version.
    expect((await call("PATCH", `/agent/${id}/versions/${v1}/activate`)).status).toBe(200);
    expect((await call("GET", `/agent/${id}`)).json.data._resolvedConfig.firstMessage).toBe("Hi");
    expect(emu.state.activeVersion(id)?.doc._id).toBe(v1);
  });

  it("fails activation for a failed security check, with the reason", async () => {
    const { call, clock, createAgent, emu } = setup({ securityCheckMs: 100 });
    const id = await createAgent();
    const v1 = (await call("GET", `/agent/${id}`)).json.data.activeVersionId;
    emu.control.failNextSecurityChecks(1, "prompt injection detected");
    const d = (await call("POST", `/agent/${id}/drafts`, { sourceVersionId: v1 })).json.data;
    const v = (await call("POST", `/agent/${id}/drafts/${d.draftId}/publish`, {})).json.data;
    clock.t += 100;
    const got = (await call("GET", `/agent/${id}/versions/${v._id}`)).json.data.version;
    expect(got.securityCheck).toMatchObject({ status: "failed", reason: "prompt injection detected" });
    const act = await call("PATCH", `/agent/${id}/versions/${v._id}/activate`);
    expect(act.status).toBe(400);
    expect(act.json.errors).toEqual(["Security check failed: prompt injection detected"]);
    expect((await call("GET", `/agent/${id}`)).json.data.activeVersionId).toBe(v1);
  });

  it("forks from another draft, renames, discards and diffs versions with both spellings", async () => {
    const { call, clock, createAgent } = setup({ securityCheckMs: 0 });
    const id = await createAgent();
    const v1 = (await call("GET", `/agent/${id}`)).json.data.activeVersionId;
    const a = (await call("POST", `/agent/${id}/drafts`, { sourceVersionId: v1, draftName: "mine" })).json.data;
    await call("PATCH", `/agent/${id}/drafts/${a.draftId}/config`, { backgroundSound: "cafe" });
    const b = (await call("POST", `/agent/${id}/drafts`, { sourceDraftId: a.draftId })).json.data;
    expect(b.sourceVersionId).toBe(v1);
    expect((await call("GET", `/agent/${id}?draftId=${b.draftId}`)).json.data._resolvedConfig.backgroundSound).toBe("cafe");
    expect((await call("PATCH", `/agent/${id}/drafts/${b.draftId}`, { draftName: "renamed" })).json.data).toEqual({ draftName: "renamed" });
    expect((await call("GET", `/agent/${id}/drafts`)).json.data).toHaveLength(2);
    const del = await call("DELETE", `/agent/${id}/drafts/${b.draftId}`);
    expect(del.json).toEqual({ status: true, data: null });
    expect((await call("GET", `/agent/${id}/drafts`)).json.data).toHaveLength(1);
    const v2 = (await call("POST", `/agent/${id}/drafts/${a.draftId}/publish`, {})).json.data._id;
    clock.t += 1;
    for (const q of [`baseId=${v1}&compareId=${v2}`, `versionA=${v1}&versionB=${v2}`]) {
      const diff = (await call("GET", `/agent/${id}/versions/diff?${q}`)).json.data;
      expect(diff.diffs).toEqual([{ section: "audio", changes: [{ path: "backgroundSound", oldValue: "", newValue: "cafe" }] }]);
    }
    const pin = await call("PATCH", `/agent/${id}/versions/${v2}`, { label: null, isPinned: true });
    expect(pin.json.data).toMatchObject({ label: null, isPinned: true });
    expect((await call("GET", `/agent/${id}/versions?isPinned=true`)).json.data).toMatchObject({ total: 2 });
    expect((await call("GET", `/agent/${id}/versions?isPinned=true`)).json.data.versions).toHaveLength(1);
    const tc = await call("POST", `/agent/${id}/versions/${v2}/test-call`, { mode: "telephony" });
    expect(tc.json.errors).toEqual(["toPhone: Required"]);
  });
});
