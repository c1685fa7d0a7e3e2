/** docs/atoms-api.md §5: v1 drafts and versions (the emulator's default model; 2026-07-22 spec). */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  awaitVersionScan,
  editDraft,
  expectError,
  expectOk,
  forkDraft,
  getAgent,
  OBJECT_ID,
  publishDraft,
  shipVersion,
  UNKNOWN_ID,
} from "./flows.js";
import { LIVE, modelRuns, openTarget } from "./target.js";
import type { ContractTarget } from "./target.js";

describe.runIf(modelRuns("versions"))("v1 drafts and versions", () => {
  let t: ContractTarget;
  beforeAll(async () => {
    t = await openTarget("versions");
  });
  afterAll(async () => {
    await t?.close();
  });

  describe("POST /agent/{id}/drafts (fork)", () => {
    it("forks from a version: 201 draft document with a draftId distinct from _id", async () => {
      const id = await t.createAgent();
      const active = (await getAgent(t, id)).activeVersionId;
      const draft = await forkDraft(t, id, { sourceVersionId: active });
      expect(draft).toMatchObject({ agent: id, status: "draft", draftRevision: 1, sourceVersionId: active, versionNumber: null, isActive: false });
      expect(draft._id).toMatch(OBJECT_ID);
      expect(draft.draftId).toMatch(OBJECT_ID);
      expect(draft.draftId).not.toBe(draft._id);
      expect(draft.draftName).toBe(`Draft #2-${draft.draftId.slice(-4)}`);
      for (const blockId of Object.values(draft.blocks)) expect(blockId).toMatch(OBJECT_ID);
    });

    it("takes a draftName", async () => {
      const id = await t.createAgent();
      const draft = await forkDraft(t, id, { sourceVersionId: (await getAgent(t, id)).activeVersionId, draftName: "my draft" });
      expect(draft.draftName).toBe("my draft");
    });

    it("forks from another draft's latest config, inheriting its sourceVersionId", async () => {
      const id = await t.createAgent();
      const first = await forkDraft(t, id);
      await editDraft(t, id, first.draftId, { firstMessage: "from the first draft" });
      const second = await forkDraft(t, id, { sourceDraftId: first.draftId });
      expect(second.draftId).not.toBe(first.draftId);
      expect(second.sourceVersionId).toBe(first.sourceVersionId);
      const resolved = await getAgent(t, id, { draftId: second.draftId });
      expect(resolved._resolvedConfig.firstMessage).toBe("from the first draft");
    });

    it("needs a source (quirk 3); unknown source 404; malformed sourceVersionId 400", async () => {
      const id = await t.createAgent();
      expectError(await t.api.post(`/agent/${id}/drafts`, {}), 400, ["Either sourceVersionId or sourceDraftId is required"]);
      expectError(await t.api.post(`/agent/${id}/drafts`, { sourceVersionId: UNKNOWN_ID }), 404, ["Source version not found"]);
      const malformed = await t.api.post(`/agent/${id}/drafts`, { sourceVersionId: "nope" }, { deliberatelyInvalid: { reason: "not an ObjectId", specRejects: true } });
      expectError(malformed, 400);
    });

    it("unknown agent: 404 [\"Agent not found\"]", async () => {
      expectError(await t.api.post(`/agent/${UNKNOWN_ID}/drafts`, { sourceVersionId: UNKNOWN_ID }), 404, ["Agent not found"]);
    });
  });

  describe("GET /agent/{id}/drafts and GET /drafts/{draftId}", () => {
    it("lists the latest revision of each open draft, with lastEditorName", async () => {
      const id = await t.createAgent();
      const a = await forkDraft(t, id);
      const b = await forkDraft(t, id);
      const edited = await editDraft(t, id, a.draftId, { firstMessage: "edited" });
      const list = expectOk(await t.api.get(`/agent/${id}/drafts`));
      expect(list).toHaveLength(2);
      const byDraft = new Map(list.map((d: any) => [d.draftId, d]));
      expect((byDraft.get(a.draftId) as any)._id).toBe(edited._id);
      expect((byDraft.get(a.draftId) as any).draftRevision).toBe(2);
      expect((byDraft.get(b.draftId) as any).draftRevision).toBe(1);
      for (const d of list) expect(d).toHaveProperty("lastEditorName");
    });

    it("detail: latest holds block ids (quirk 6), editHistory newest first, editCount, limit", async () => {
      const id = await t.createAgent();
      const draft = await forkDraft(t, id);
      await editDraft(t, id, draft.draftId, { firstMessage: "one" });
      await editDraft(t, id, draft.draftId, { synthesizer: { speed: 1 } });
      const detail = expectOk(await t.api.get(`/agent/${id}/drafts/${draft.draftId}`));
      expect(detail.latest).toMatchObject({ draftId: draft.draftId, draftRevision: 3, status: "draft" });
      expect(detail.latest).not.toHaveProperty("firstMessage");
      for (const blockId of Object.values(detail.latest.blocks)) expect(blockId).toMatch(OBJECT_ID);
      expect(detail.editCount).toBe(2);
      expect(detail.editHistory.map((e: any) => e.revision)).toEqual([3, 2]);
      expect(detail.editHistory[0].changedSections).toEqual(["voice"]);
      const limited = expectOk(await t.api.get(`/agent/${id}/drafts/${draft.draftId}`, { query: { limit: 1 } }));
      expect(limited.editHistory).toHaveLength(1);
    });

    it("unknown draft: 404 [\"Draft not found\"]", async () => {
      const id = await t.createAgent();
      expectError(await t.api.get(`/agent/${id}/drafts/${UNKNOWN_ID}`), 404, ["Draft not found"]);
    });
  });

  describe("PATCH /drafts/{draftId} (rename)", () => {
    it("renames: 200 {draftName}", async () => {
      const id = await t.createAgent();
      const draft = await forkDraft(t, id);
      expect(expectOk(await t.api.patch(`/agent/${id}/drafts/${draft.draftId}`, { draftName: "renamed" }))).toEqual({ draftName: "renamed" });
      const list = expectOk(await t.api.get(`/agent/${id}/drafts`));
      expect(list[0].draftName).toBe("renamed");
    });

    it("requires draftName of 1–100 characters", async () => {
      const id = await t.createAgent();
      const draft = await forkDraft(t, id);
      expectError(await t.api.patch(`/agent/${id}/drafts/${draft.draftId}`, {}, { deliberatelyInvalid: { reason: "draftName missing", specRejects: true } }), 400);
      expectError(
        await t.api.patch(`/agent/${id}/drafts/${draft.draftId}`, { draftName: "x".repeat(101) }, { deliberatelyInvalid: { reason: "draftName too long", specRejects: true } }),
        400,
      );
    });
  });

  describe("PATCH /drafts/{draftId}/config (edit)", () => {
    it("writes a new revision document (new _id, same draftId, draftRevision+1) and does not echo values (quirk 4)", async () => {
      const id = await t.createAgent();
      const draft = await forkDraft(t, id);
      const edited = await editDraft(t, id, draft.draftId, { firstMessage: "Welcome!", synthesizer: { sampleRate: 44100 } });
      expect(edited._id).not.toBe(draft._id);
      expect(edited.draftId).toBe(draft.draftId);
      expect(edited.draftRevision).toBe(2);
      expect(JSON.stringify(edited)).not.toContain("Welcome!");
      // Only the changed sections' blocks rotate.
      expect(edited.blocks.voice).not.toBe(draft.blocks.voice);
      expect(edited.blocks.llm).toBe(draft.blocks.llm);
      const resolved = await getAgent(t, id, { draftId: draft.draftId });
      expect(resolved._configSource).toBe("draft");
      expect(resolved._resolvedConfig.firstMessage).toBe("Welcome!");
      expect(resolved._resolvedConfig.synthesizer).toMatchObject({ sampleRate: 44100, speed: 1.2 });
      // The live config is untouched.
      expect((await getAgent(t, id))._resolvedConfig.firstMessage).toBeUndefined();
    });

    it("an edit equal to the current values still creates a revision with empty changedSections", async () => {
      const id = await t.createAgent({ firstMessage: "same" });
      const draft = await forkDraft(t, id);
      const edited = await editDraft(t, id, draft.draftId, { firstMessage: "same" });
      expect(edited.draftRevision).toBe(2);
      const detail = expectOk(await t.api.get(`/agent/${id}/drafts/${draft.draftId}`));
      expect(detail.editHistory[0].changedSections).toEqual([]);
    });

    it("stores v1 globalPrompt separately from the prompt", async () => {
      const id = await t.createAgent({ singlePromptConfig: { prompt: "the prompt" } });
      const draft = await forkDraft(t, id);
      await editDraft(t, id, draft.draftId, { globalPrompt: "global text" });
      const rc = (await getAgent(t, id, { draftId: draft.draftId }))._resolvedConfig;
      expect(rc.prompt).toBe("the prompt");
      expect(rc.globalPrompt).toBe("global text");
    });

    it("validates ranges and enums with \"<path>: <message>\"", async () => {
      const id = await t.createAgent();
      const draft = await forkDraft(t, id);
      const res = await t.api.patch(
        `/agent/${id}/drafts/${draft.draftId}/config`,
        { singlePromptConfig: { prompt: "p", tools: [{ type: "api_call", name: "t", description: "d", url: "https://example.com", method: "GET", timeout: 10 }] } },
        { deliberatelyInvalid: { reason: "tool timeout below 1000 ms", specRejects: true } },
      );
      expectError(res, 400, /^singlePromptConfig\.tools\.0\.timeout: /);
    });

    it("applies the §4.5 cross-field rules after merging", async () => {
      const id = await t.createAgent();
      const draft = await forkDraft(t, id);
      const res = await t.api.patch(`/agent/${id}/drafts/${draft.draftId}/config`, { language: { default: "hi", supported: ["en"], switching: { isEnabled: false } } });
      expectError(res, 400, /^language/);
      const dup = await t.api.patch(`/agent/${id}/drafts/${draft.draftId}/config`, {
        singlePromptConfig: {
          prompt: "p",
          tools: [
            { type: "end_call", name: "same", description: "a" },
            { type: "end_call", name: "same", description: "b" },
          ],
        },
      });
      expectError(dup, 400, /^singlePromptConfig\.tools/);
    });

    it("unknown draft, a draft's _id (quirk 5), and a published draft: 404 [\"Draft not found\"]", async () => {
      const id = await t.createAgent();
      const draft = await forkDraft(t, id);
      expectError(await t.api.patch(`/agent/${id}/drafts/${UNKNOWN_ID}/config`, { firstMessage: "x" }), 404, ["Draft not found"]);
      expectError(await t.api.patch(`/agent/${id}/drafts/${draft._id}/config`, { firstMessage: "x" }), 404, ["Draft not found"]);
      await publishDraft(t, id, draft.draftId);
      expectError(await t.api.patch(`/agent/${id}/drafts/${draft.draftId}/config`, { firstMessage: "x" }), 404, ["Draft not found"]);
      expectError(await t.api.post(`/agent/${id}/drafts/${draft.draftId}/publish`, {}), 404, ["Draft not found"]);
    });
  });

  describe("GET /drafts/{draftId}/diff", () => {
    it("draft diff against its source by default, or versionId/compareTo", async () => {
      const id = await t.createAgent();
      const draft = await forkDraft(t, id);
      await editDraft(t, id, draft.draftId, { synthesizer: { sampleRate: 44100 }, firstMessage: "Hello" });
      const diff = expectOk(await t.api.get(`/agent/${id}/drafts/${draft.draftId}/diff`));
      expect(diff.hasChanges).toBe(true);
      const changes = diff.diffs.flatMap((d: any) => d.changes.map((c: any) => ({ section: d.section, ...c })));
      expect(changes).toContainEqual({ section: "voice", path: "synthesizer.sampleRate", oldValue: 16000, newValue: 44100 });
      expect(changes.find((c: any) => c.path === "firstMessage")).toMatchObject({ newValue: "Hello" });
      expect(diff.unchangedSections).toContain("workflow_tools");
      expect(diff.unchangedSections).not.toContain("voice");
      for (const key of ["versionId", "compareTo"]) {
        const explicit = expectOk(await t.api.get(`/agent/${id}/drafts/${draft.draftId}/diff`, { query: { [key]: draft.sourceVersionId } }));
        expect(explicit.diffs).toEqual(diff.diffs);
      }
    });

    it("an untouched draft has no changes", async () => {
      const id = await t.createAgent();
      const draft = await forkDraft(t, id);
      const diff = expectOk(await t.api.get(`/agent/${id}/drafts/${draft.draftId}/diff`));
      expect(diff.hasChanges).toBe(false);
      expect(diff.diffs).toEqual([]);
    });
  });

  describe("publish, security check, activate", () => {
    it("publish: 201 version with versionNumber max+1, queued check, isActive false; the draft leaves the list", async () => {
      const id = await t.createAgent();
      const draft = await forkDraft(t, id);
      await editDraft(t, id, draft.draftId, { firstMessage: "v2" });
      const version = await publishDraft(t, id, draft.draftId, { label: "second", description: "desc" });
      expect(version).toMatchObject({ status: "published", versionNumber: 2, isActive: false, label: "second", description: "desc" });
      expect(version._id).toMatch(OBJECT_ID);
      expect(version.securityCheck).toMatchObject({ status: "queued", reason: null, completedAt: null });
      expect(typeof version.securityCheck.triggeredAt).toBe("string");
      expect(expectOk(await t.api.get(`/agent/${id}/drafts`))).toEqual([]);
      const scanned = await awaitVersionScan(t, id, version._id);
      expect(scanned.securityCheck.status).toBe("passed");
      expect(typeof scanned.securityCheck.completedAt).toBe("string");
    });

    it("publishing an unchanged draft is allowed", async () => {
      const id = await t.createAgent();
      const draft = await forkDraft(t, id);
      expect((await publishDraft(t, id, draft.draftId)).status).toBe("published");
    });

    it("rejects an over-long label", async () => {
      const id = await t.createAgent();
      const draft = await forkDraft(t, id);
      const res = await t.api.post(`/agent/${id}/drafts/${draft.draftId}/publish`, { label: "x".repeat(201) }, { deliberatelyInvalid: { reason: "label > 200", specRejects: true } });
      expectError(res, 400);
    });

    it("activate: flips isActive, moves activeVersionId/versionId/_resolvedConfig; idempotent; rollback works", async () => {
      const id = await t.createAgent({ firstMessage: "one" });
      const v1 = (await getAgent(t, id)).activeVersionId;
      const v2 = await shipVersion(t, id, { firstMessage: "two" });
      const agent = await getAgent(t, id);
      expect(agent.activeVersionId).toBe(v2);
      expect(agent.versionId).toBe(v2);
      expect(agent._resolvedConfig.firstMessage).toBe("two");
      const again = expectOk(await t.api.patch(`/agent/${id}/versions/${v2}/activate`));
      expect(again).toMatchObject({ _id: v2, isActive: true });
      expect(typeof again.activatedAt).toBe("string");
      const rolledBack = expectOk(await t.api.patch(`/agent/${id}/versions/${v1}/activate`));
      expect(rolledBack).toMatchObject({ _id: v1, isActive: true });
      const after = await getAgent(t, id);
      expect(after.activeVersionId).toBe(v1);
      expect(after._resolvedConfig.firstMessage).toBe("one");
      const v2doc = expectOk(await t.api.get(`/agent/${id}/versions/${v2}`)).version;
      expect(v2doc.isActive).toBe(false);
    });

    it("unknown version: 404 [\"Version not found\"]; malformed: 400 [\"Invalid version id\"]", async () => {
      const id = await t.createAgent();
      expectError(await t.api.patch(`/agent/${id}/versions/${UNKNOWN_ID}/activate`), 404, ["Version not found"]);
      expectError(await t.api.get(`/agent/${id}/versions/${UNKNOWN_ID}`), 404, ["Version not found"]);
      expectError(await t.api.get(`/agent/${id}/versions/xyz`), 400, ["Invalid version id"]);
    });
  });

  describe("GET /versions, GET /versions/{id}, PATCH /versions/{id}", () => {
    it("lists published versions newest first with total, limit/skip, isPinned, and the *ByName fields", async () => {
      const id = await t.createAgent();
      await shipVersion(t, id, { firstMessage: "two" }, "two");
      const v3 = await shipVersion(t, id, { firstMessage: "three" }, "three");
      const list = expectOk(await t.api.get(`/agent/${id}/versions`));
      expect(list.total).toBe(3);
      expect(list.versions.map((v: any) => v.versionNumber)).toEqual([3, 2, 1]);
      for (const v of list.versions) {
        expect(v).toHaveProperty("publishedByName");
        expect(v).toHaveProperty("activatedByName");
      }
      const page = expectOk(await t.api.get(`/agent/${id}/versions`, { query: { limit: 1, skip: 1 } }));
      expect(page.versions.map((v: any) => v.versionNumber)).toEqual([2]);
      expect(page.total).toBe(3);
      expectOk(await t.api.patch(`/agent/${id}/versions/${v3}`, { isPinned: true }));
      const pinned = expectOk(await t.api.get(`/agent/${id}/versions`, { query: { isPinned: true } }));
      expect(pinned.versions.map((v: any) => v._id)).toEqual([v3]);
      expect(pinned.total).toBe(3);
    });

    it("version detail: the document with securityCheck and a section-keyed resolvedConfig", async () => {
      const id = await t.createAgent({ singlePromptConfig: { prompt: "p", tools: [{ type: "end_call", name: "bye", description: "end" }] } });
      const v1 = (await getAgent(t, id)).activeVersionId;
      const detail = expectOk(await t.api.get(`/agent/${id}/versions/${v1}`));
      expect(detail.version).toMatchObject({ _id: v1, versionNumber: 1, isActive: true });
      expect(detail.version.securityCheck.status).toBe("passed");
      expect(detail.resolvedConfig.workflow_tools.tools).toHaveLength(1);
      expect(detail.resolvedConfig).not.toHaveProperty("tools");
    });

    it("metadata PATCH changes label/description/isPinned only, and needs at least one field", async () => {
      const id = await t.createAgent();
      const v1 = (await getAgent(t, id)).activeVersionId;
      const updated = expectOk(await t.api.patch(`/agent/${id}/versions/${v1}`, { label: "renamed", description: null, isPinned: true }));
      expect(updated).toMatchObject({ _id: v1, label: "renamed", description: null, isPinned: true });
      expectError(await t.api.patch(`/agent/${id}/versions/${v1}`, {}), 400);
    });

    it("version diff with baseId/compareId and versionA/versionB", async () => {
      const id = await t.createAgent({ firstMessage: "one" });
      const v1 = (await getAgent(t, id)).activeVersionId;
      const v2 = await shipVersion(t, id, { firstMessage: "two" });
      for (const [a, b] of [["baseId", "compareId"], ["versionA", "versionB"]] as const) {
        const diff = expectOk(await t.api.get(`/agent/${id}/versions/diff`, { query: { [a]: v1, [b]: v2 } }));
        const changes = diff.diffs.flatMap((d: any) => d.changes);
        expect(changes).toContainEqual({ path: "firstMessage", oldValue: "one", newValue: "two" });
        expect(Array.isArray(diff.unchangedSections)).toBe(true);
      }
      const same = expectOk(await t.api.get(`/agent/${id}/versions/diff`, { query: { versionA: v1, versionB: v1 } }));
      expect(same.diffs).toEqual([]);
    });
  });

  describe("DELETE /drafts/{draftId} (discard)", () => {
    it("discards: 200 data null; the draft leaves the list and takes no edits", async () => {
      const id = await t.createAgent();
      const draft = await forkDraft(t, id);
      const res = await t.api.delete(`/agent/${id}/drafts/${draft.draftId}`);
      expect(expectOk(res)).toBeNull();
      expect(expectOk(await t.api.get(`/agent/${id}/drafts`))).toEqual([]);
      expectError(await t.api.patch(`/agent/${id}/drafts/${draft.draftId}/config`, { firstMessage: "x" }), 404, ["Draft not found"]);
    });
  });

  describe("test calls", () => {
    it("draft and version test calls answer synthetic ids; telephony needs toPhone", async () => {
      const id = await t.createAgent();
      const v1 = (await getAgent(t, id)).activeVersionId;
      const draft = await forkDraft(t, id);
      const call = expectOk(await t.api.post(`/agent/${id}/drafts/${draft.draftId}/test-call`, { mode: "chat" }));
      expect(typeof call.conversationId).toBe("string");
      expect(typeof call.callId).toBe("string");
      const vcall = expectOk(await t.api.post(`/agent/${id}/versions/${v1}/test-call`, {}));
      expect(typeof vcall.callId).toBe("string");
      if (!LIVE) {
        expectError(await t.api.post(`/agent/${id}/versions/${v1}/test-call`, { mode: "telephony" }), 400);
      }
    });
  });
});
