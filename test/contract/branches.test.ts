/** docs/atoms-api.md §6: v2 branches and revisions (2026-08-21 spec), and the v1 409s under the branch model. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  expectError,
  expectOk,
  getAgent,
  liveBranch,
  listBranches,
  OBJECT_ID,
  publishBranchDraft,
  shipRevision,
  UNKNOWN_ID,
} from "./flows.js";
import { EMULATOR_KEY, LIVE, modelRuns, openTarget, SECURITY_CHECK_MS, uniqueName } from "./target.js";
import type { ContractTarget } from "./target.js";

describe.runIf(modelRuns("branches"))("v2 branches and revisions", () => {
  let t: ContractTarget;
  beforeAll(async () => {
    t = await openTarget("branches");
  });
  afterAll(async () => {
    await t?.close();
  });

  const base = (id: string) => `/agent/${id}`;
  async function mainOf(id: string) {
    return (await liveBranch(t, id)).branch;
  }

  describe("v1 endpoints under the branch model (§6.1, quirk 26)", () => {
    it("v1 writes and list reads answer 409 versioning_v2_migration_required with Deprecation: true", async () => {
      const id = await t.createAgent();
      const active = (await getAgent(t, id)).activeVersionId;
      const calls: Array<[string, string, unknown]> = [
        ["POST", `/agent/${id}/drafts`, { sourceVersionId: active }],
        ["GET", `/agent/${id}/drafts`, undefined],
        ["PATCH", `/agent/${id}/drafts/${UNKNOWN_ID}`, { draftName: "x" }],
        ["DELETE", `/agent/${id}/drafts/${UNKNOWN_ID}`, undefined],
        ["PATCH", `/agent/${id}/drafts/${UNKNOWN_ID}/config`, { firstMessage: "x" }],
        ["POST", `/agent/${id}/drafts/${UNKNOWN_ID}/publish`, {}],
        ["GET", `/agent/${id}/versions`, undefined],
        ["PATCH", `/agent/${id}/versions/${active}`, { label: "x" }],
        ["PATCH", `/agent/${id}/versions/${active}/activate`, undefined],
      ];
      for (const [method, path, body] of calls) {
        const res = await t.api.request(method, path, { body });
        expectError(res, 409, undefined, "versioning_v2_migration_required");
        expect(res.headers.get("deprecation"), `${method} ${path}`).toBe("true");
      }
    });

    it("kept v1 reads still work: GET /versions/{id}, versions diff, version test call", async () => {
      const id = await t.createAgent({ firstMessage: "first" });
      const rev1 = (await getAgent(t, id)).activeVersionId;
      const detail = expectOk(await t.api.get(`/agent/${id}/versions/${rev1}`));
      expect(detail.version._id).toBe(rev1);
      const main = await mainOf(id);
      const rev2 = await shipRevision(t, id, main._id, { firstMessage: "second" });
      const diff = expectOk(await t.api.get(`/agent/${id}/versions/diff`, { query: { baseId: rev1, compareId: rev2._id } }));
      expect(diff.diffs.flatMap((d: any) => d.changes)).toContainEqual({ path: "firstMessage", oldValue: "first", newValue: "second" });
      expect(typeof expectOk(await t.api.post(`/agent/${id}/versions/${rev1}/test-call`, {})).callId).toBe("string");
    });
  });

  describe("branches", () => {
    it("lists Main (default, live) with its BranchSummary", async () => {
      const id = await t.createAgent();
      const agent = await getAgent(t, id);
      const [main] = await listBranches(t, id);
      expect(main).toMatchObject({ isLive: true, hasOpenDraft: false, revisionsCount: 1, headRevisionNumber: 1 });
      expect(main.branch).toMatchObject({ agent: id, name: "Main", isDefault: true, headRevisionId: agent.activeVersionId, openDraftId: null, status: "active" });
      expect(expectOk(await t.api.get(`${base(id)}/branches/${main.branch._id}`))).toMatchObject({ isLive: true, branch: { _id: main.branch._id } });
    });

    it("creates a branch from a source: 201 Branch with sourceRevisionId = source head and no head of its own", async () => {
      const id = await t.createAgent();
      const main = await mainOf(id);
      const created = expectOk(await t.api.post(`${base(id)}/branches`, { sourceBranchId: main._id, name: "feature" }), 201);
      expect(created).toMatchObject({ name: "feature", isDefault: false, sourceBranchId: main._id, sourceRevisionId: main.headRevisionId, headRevisionId: null, openDraftId: null, status: "active" });
      expect(created._id).toMatch(OBJECT_ID);
      const summary = expectOk(await t.api.get(`${base(id)}/branches/${created._id}`));
      expect(summary).toMatchObject({ isLive: false, hasOpenDraft: false, headRevisionNumber: null });
    });

    it("names are unique case-insensitively and `main` is reserved: 409 branch_name_exists", async () => {
      const id = await t.createAgent();
      const main = await mainOf(id);
      expectOk(await t.api.post(`${base(id)}/branches`, { sourceBranchId: main._id, name: "Dup" }), 201);
      expectError(await t.api.post(`${base(id)}/branches`, { sourceBranchId: main._id, name: "dup" }), 409, undefined, "branch_name_exists");
      expectError(await t.api.post(`${base(id)}/branches`, { sourceBranchId: main._id, name: "main" }), 409, undefined, "branch_name_exists");
    });

    it("a source without a commit: 409 source_has_no_commit", async () => {
      const id = await t.createAgent();
      const main = await mainOf(id);
      const empty = expectOk(await t.api.post(`${base(id)}/branches`, { sourceBranchId: main._id, name: "empty" }), 201);
      expectError(await t.api.post(`${base(id)}/branches`, { sourceBranchId: empty._id, name: "child" }), 409, undefined, "source_has_no_commit");
    });

    it("renames a branch (200 Branch); Main cannot be renamed (403); clashes are 409", async () => {
      const id = await t.createAgent();
      const main = await mainOf(id);
      const b = expectOk(await t.api.post(`${base(id)}/branches`, { sourceBranchId: main._id, name: "old" }), 201);
      expectOk(await t.api.post(`${base(id)}/branches`, { sourceBranchId: main._id, name: "taken" }), 201);
      expect(expectOk(await t.api.patch(`${base(id)}/branches/${b._id}`, { name: "new" }))).toMatchObject({ _id: b._id, name: "new" });
      expectError(await t.api.patch(`${base(id)}/branches/${main._id}`, { name: "renamed-main" }), 403);
      expectError(await t.api.patch(`${base(id)}/branches/${b._id}`, { name: "TAKEN" }), 409, undefined, "branch_name_exists");
    });

    it("archives a branch (hidden from the list, revisions stay readable); Main and the live branch: 403", async () => {
      const id = await t.createAgent();
      const main = await mainOf(id);
      const b = expectOk(await t.api.post(`${base(id)}/branches`, { sourceBranchId: main._id, name: "to-archive" }), 201);
      const rev = await shipRevision(t, id, b._id, { firstMessage: "on the branch" });
      expect(expectOk(await t.api.post(`${base(id)}/branches/${b._id}/archive`))).toEqual({ archived: true });
      expect((await listBranches(t, id)).map((s) => s.branch._id)).not.toContain(b._id);
      expect(expectOk(await t.api.get(`${base(id)}/branches/${b._id}/revisions/${rev._id}`)).revision._id).toBe(rev._id);
      expectError(await t.api.post(`${base(id)}/branches/${main._id}/archive`), 403);
      const other = expectOk(await t.api.post(`${base(id)}/branches`, { sourceBranchId: main._id, name: "other" }), 201);
      await shipRevision(t, id, other._id, { firstMessage: "other" });
      expectOk(await t.api.post(`${base(id)}/branches/${other._id}/live`));
      expectError(await t.api.post(`${base(id)}/branches/${other._id}/archive`), 403);
    });

    it("makes a branch live: agent.activeVersionId follows; idempotent; no committed head: 409 no_committed_revision", async () => {
      const id = await t.createAgent({ firstMessage: "main" });
      const main = await mainOf(id);
      const b = expectOk(await t.api.post(`${base(id)}/branches`, { sourceBranchId: main._id, name: "candidate" }), 201);
      expectError(await t.api.post(`${base(id)}/branches/${b._id}/live`), 409, undefined, "no_committed_revision");
      const rev = await shipRevision(t, id, b._id, { firstMessage: "candidate" });
      // Publishing on a non-live branch does not serve.
      expect((await getAgent(t, id))._resolvedConfig.firstMessage).toBe("main");
      const live = expectOk(await t.api.post(`${base(id)}/branches/${b._id}/live`));
      expect(live).toMatchObject({ isLive: true, branch: { _id: b._id } });
      const agent = await getAgent(t, id);
      expect(agent.activeVersionId).toBe(rev._id);
      expect(agent._resolvedConfig.firstMessage).toBe("candidate");
      expect(expectOk(await t.api.post(`${base(id)}/branches/${b._id}/live`))).toMatchObject({ isLive: true });
      const summaries = await listBranches(t, id);
      expect(summaries.filter((s) => s.isLive).map((s) => s.branch._id)).toEqual([b._id]);
      // And back to Main.
      expectOk(await t.api.post(`${base(id)}/branches/${main._id}/live`));
      expect((await getAgent(t, id)).activeVersionId).toBe(main.headRevisionId);
    });

    it("unknown branch: 404 [\"Branch not found\"]", async () => {
      const id = await t.createAgent();
      expectError(await t.api.get(`${base(id)}/branches/${UNKNOWN_ID}`), 404, ["Branch not found"]);
    });
  });

  describe("branch drafts", () => {
    it("PUT opens a draft from the head and merges; GET shows latest, editCount, editHistory; values not echoed", async () => {
      const id = await t.createAgent();
      const main = await mainOf(id);
      expectError(await t.api.get(`${base(id)}/branches/${main._id}/draft`), 404, ["No open draft"]);
      const r1 = expectOk(await t.api.put(`${base(id)}/branches/${main._id}/draft`, { firstMessage: "Draft hello", expectedRevision: 0 }));
      expect(r1).toMatchObject({ status: "draft", draftRevision: 1 });
      expect(r1.draftId).toMatch(OBJECT_ID);
      expect(JSON.stringify(r1)).not.toContain("Draft hello");
      const r2 = expectOk(await t.api.put(`${base(id)}/branches/${main._id}/draft`, { synthesizer: { speed: 1 }, expectedRevision: 1 }));
      expect(r2.draftId).toBe(r1.draftId);
      expect(r2.draftRevision).toBe(2);
      const detail = expectOk(await t.api.get(`${base(id)}/branches/${main._id}/draft`));
      expect(detail.latest).toMatchObject({ draftId: r1.draftId, draftRevision: 2 });
      expect(detail.editCount).toBe(2);
      expect(detail.editHistory[0].changedSections).toEqual(["voice"]);
      expect(detail.editHistory[0].revision).toMatchObject({ draftRevision: 2 });
      const summary = expectOk(await t.api.get(`${base(id)}/branches/${main._id}`));
      expect(summary.hasOpenDraft).toBe(true);
      expect(summary.branch.openDraftId).toBe(r1.draftId);
      const resolved = await getAgent(t, id, { draftId: r1.draftId });
      expect(resolved._configSource).toBe("draft");
      expect(resolved._resolvedConfig).toMatchObject({ firstMessage: "Draft hello", synthesizer: { speed: 1, consistency: 0.5 } });
    });

    it("v2 globalPrompt counts as the prompt when singlePromptConfig.prompt is absent", async () => {
      const id = await t.createAgent();
      const main = await mainOf(id);
      const r = expectOk(await t.api.put(`${base(id)}/branches/${main._id}/draft`, { globalPrompt: "v2 global prompt" }));
      expect((await getAgent(t, id, { draftId: r.draftId }))._resolvedConfig.prompt).toBe("v2 global prompt");
    });

    it("accepts the contract's field shapes the v2 draft schema mistypes (timezone, pronunciationDicts, callDispositionConfig, speechFormatting)", async () => {
      const id = await t.createAgent();
      const main = await mainOf(id);
      const r = expectOk(
        await t.api.put(`${base(id)}/branches/${main._id}/draft`, {
          timezone: { label: "Asia/Kolkata", offset: 330 },
          pronunciationDicts: [{ word: "Atoms", pronunciation: "AT-oms" }],
          callDispositionConfig: "disposition",
          speechFormatting: true,
        }),
      );
      const rc = (await getAgent(t, id, { draftId: r.draftId }))._resolvedConfig;
      expect(rc).toMatchObject({ timezone: { label: "Asia/Kolkata", offset: 330 }, pronunciationDicts: [{ word: "Atoms", pronunciation: "AT-oms" }] });
    });

    it("rejects a body without recognized fields with the v2 wording", async () => {
      const id = await t.createAgent();
      const main = await mainOf(id);
      expectError(await t.api.put(`${base(id)}/branches/${main._id}/draft`, { llm: { x: 1 } }), 400, ["No recognized config fields in request body"]);
      expectError(await t.api.put(`${base(id)}/branches/${main._id}/draft`, { telephonyProductId: [UNKNOWN_ID] }), 400, ["No recognized config fields in request body"]);
    });

    it("expectedRevision: a conflicting leaf edit is 409 with the conflict detail; a disjoint edit merges", async () => {
      const id = await t.createAgent({ firstMessage: "Hi" });
      const main = await mainOf(id);
      expectOk(await t.api.put(`${base(id)}/branches/${main._id}/draft`, { firstMessage: "Hello", expectedRevision: 0 }));
      expectOk(await t.api.put(`${base(id)}/branches/${main._id}/draft`, { firstMessage: "Hey", expectedRevision: 1 }));
      // A writer still based on revision 1 touches the same leaf as revision 2 did.
      const res = await t.api.put(`${base(id)}/branches/${main._id}/draft`, { firstMessage: "Mine", expectedRevision: 1 });
      const body = expectError(res, 409, ["firstMessage"]);
      expect(body.data.conflict).toMatchObject({ expectedRevision: 1, latestRevision: 2 });
      expect(body.data.conflict.diffs).toContainEqual({ path: "firstMessage", oldValue: "Hello", newValue: "Hey" });
      // Disjoint leaf from the same stale base merges.
      expect(expectOk(await t.api.put(`${base(id)}/branches/${main._id}/draft`, { synthesizer: { speed: 1.1 }, expectedRevision: 1 })).draftRevision).toBe(3);
      // Omitted expectedRevision: last write wins.
      expectOk(await t.api.put(`${base(id)}/branches/${main._id}/draft`, { firstMessage: "Last" }));
      const draftId = expectOk(await t.api.get(`${base(id)}/branches/${main._id}/draft`)).latest.draftId;
      expect((await getAgent(t, id, { draftId }))._resolvedConfig.firstMessage).toBe("Last");
    });

    it("an expectedRevision the draft never had: 409 [\"base_revision_unavailable\"]", async () => {
      const id = await t.createAgent();
      const main = await mainOf(id);
      expectOk(await t.api.put(`${base(id)}/branches/${main._id}/draft`, { firstMessage: "a" }));
      expectError(await t.api.put(`${base(id)}/branches/${main._id}/draft`, { firstMessage: "b", expectedRevision: 7 }), 409, ["base_revision_unavailable"]);
    });

    it("DELETE discards the draft ({discarded:true}), leaving the head; again: 404", async () => {
      const id = await t.createAgent();
      const main = await mainOf(id);
      expectOk(await t.api.put(`${base(id)}/branches/${main._id}/draft`, { firstMessage: "scrap" }));
      expect(expectOk(await t.api.delete(`${base(id)}/branches/${main._id}/draft`))).toEqual({ discarded: true });
      expectError(await t.api.delete(`${base(id)}/branches/${main._id}/draft`), 404);
      expectError(await t.api.get(`${base(id)}/branches/${main._id}/draft`), 404, ["No open draft"]);
      expect((await mainOf(id)).headRevisionId).toBe(main.headRevisionId);
    });
  });

  describe("publish and revisions", () => {
    it("publish on the live branch: 202 scanning, the revision is listed while queued, then committed and served", async () => {
      const id = await t.createAgent({ firstMessage: "before" });
      const main = await mainOf(id);
      expectOk(await t.api.put(`${base(id)}/branches/${main._id}/draft`, { firstMessage: "after" }));
      const res = await t.api.post(`${base(id)}/branches/${main._id}/draft/publish`, { label: "v2 publish" });
      expect(expectOk(res, 202)).toEqual({ state: "scanning" });
      const listed = expectOk(await t.api.get(`${base(id)}/branches/${main._id}/revisions`, { query: { limit: 1 } }));
      const pending = listed.revisions[0];
      expect(pending.securityCheck.status).toBe("queued");
      expect(pending.status).not.toBe("published");
      expect(listed.total).toBe(2);
      // While scanning, a second publish is refused and nothing is served yet.
      expectError(await t.api.post(`${base(id)}/branches/${main._id}/draft/publish`, {}), 409, undefined, "publish_in_progress");
      expect((await getAgent(t, id))._resolvedConfig.firstMessage).toBe("before");
      await t.advance(SECURITY_CHECK_MS);
      const done = expectOk(await t.api.get(`${base(id)}/branches/${main._id}/revisions/${pending._id}`));
      expect(done.revision).toMatchObject({ _id: pending._id, status: "published", revisionNumber: 2, versionNumber: null, label: "v2 publish" });
      expect(done.revision.securityCheck.status).toBe("passed");
      expect(done.resolvedConfig.workflow_prompt).toMatchObject({ firstMessage: "after" });
      const agent = await getAgent(t, id);
      expect(agent.activeVersionId).toBe(pending._id);
      expect(agent._resolvedConfig.firstMessage).toBe("after");
      const summary = expectOk(await t.api.get(`${base(id)}/branches/${main._id}`));
      expect(summary).toMatchObject({ hasOpenDraft: false, headRevisionNumber: 2, revisionsCount: 2 });
      expect(summary.branch.headRevisionId).toBe(pending._id);
    });

    it.skipIf(LIVE)("publish with a zero scan delay: 200 committed with the revision", async () => {
      t.control.setSecurityCheckMs(0);
      try {
        const id = await t.createAgent();
        const main = await mainOf(id);
        expectOk(await t.api.put(`${base(id)}/branches/${main._id}/draft`, { firstMessage: "instant" }));
        const data = expectOk(await t.api.post(`${base(id)}/branches/${main._id}/draft/publish`, {}));
        expect(data.state).toBe("committed");
        expect(data.revision).toMatchObject({ status: "published", revisionNumber: 2 });
        expect((await getAgent(t, id)).activeVersionId).toBe(data.revision._id);
      } finally {
        t.control.setSecurityCheckMs(SECURITY_CHECK_MS);
      }
    });

    it("publish without an open draft: 404", async () => {
      const id = await t.createAgent();
      const main = await mainOf(id);
      expectError(await t.api.post(`${base(id)}/branches/${main._id}/draft/publish`, {}), 404);
    });

    it.skipIf(LIVE)("failed scan: head unchanged, draft stays open, re-publish 409 until edited again", async () => {
      const id = await t.createAgent({ firstMessage: "safe" });
      const main = await mainOf(id);
      t.control.failNextSecurityChecks(1, "prompt injection detected");
      expectOk(await t.api.put(`${base(id)}/branches/${main._id}/draft`, { firstMessage: "unsafe" }));
      const failed = await publishBranchDraft(t, id, main._id);
      expect(failed.securityCheck).toMatchObject({ status: "failed", reason: "prompt injection detected" });
      expect((await mainOf(id)).headRevisionId).toBe(main.headRevisionId);
      expect((await getAgent(t, id))._resolvedConfig.firstMessage).toBe("safe");
      expectOk(await t.api.get(`${base(id)}/branches/${main._id}/draft`));
      expectError(await t.api.post(`${base(id)}/branches/${main._id}/draft/publish`, {}), 409, ["Security check failed: prompt injection detected"]);
      expectOk(await t.api.put(`${base(id)}/branches/${main._id}/draft`, { firstMessage: "safe again" }));
      const ok = await publishBranchDraft(t, id, main._id);
      expect(ok.securityCheck.status).toBe("passed");
      expect((await getAgent(t, id))._resolvedConfig.firstMessage).toBe("safe again");
    });

    it("cancel: {cancelled:true} while scanning, the scan never commits; idempotent {cancelled:false}", async () => {
      const id = await t.createAgent({ firstMessage: "kept" });
      const main = await mainOf(id);
      expectOk(await t.api.put(`${base(id)}/branches/${main._id}/draft`, { firstMessage: "cancelled" }));
      expectOk(await t.api.post(`${base(id)}/branches/${main._id}/draft/publish`, {}), 202);
      expect(expectOk(await t.api.post(`${base(id)}/branches/${main._id}/draft/publish/cancel`))).toEqual({ cancelled: true });
      expect(expectOk(await t.api.post(`${base(id)}/branches/${main._id}/draft/publish/cancel`))).toEqual({ cancelled: false });
      await t.advance(SECURITY_CHECK_MS);
      expect((await mainOf(id)).headRevisionId).toBe(main.headRevisionId);
      expect((await getAgent(t, id))._resolvedConfig.firstMessage).toBe("kept");
    });

    it("revisions: newest first, limit/skip, detail, history trail, unknown revision 404", async () => {
      const id = await t.createAgent({ firstMessage: "r1" });
      const main = await mainOf(id);
      const r2 = await shipRevision(t, id, main._id, { firstMessage: "r2" }, "two");
      const r3 = await shipRevision(t, id, main._id, { synthesizer: { speed: 1 } }, "three");
      const list = expectOk(await t.api.get(`${base(id)}/branches/${main._id}/revisions`));
      expect(list.total).toBe(3);
      expect(list.revisions.map((r: any) => r.revisionNumber)).toEqual([3, 2, 1]);
      expect(list.revisions[0]).toMatchObject({ _id: r3._id, branch: main._id });
      const page = expectOk(await t.api.get(`${base(id)}/branches/${main._id}/revisions`, { query: { limit: 1, skip: 1 } }));
      expect(page.revisions.map((r: any) => r._id)).toEqual([r2._id]);
      const history = expectOk(await t.api.get(`${base(id)}/branches/${main._id}/revisions/${r3._id}/history`));
      expect(history.revision._id).toBe(r3._id);
      expect(Array.isArray(history.trail)).toBe(true);
      expectError(await t.api.get(`${base(id)}/branches/${main._id}/revisions/${UNKNOWN_ID}`), 404, ["Revision not found"]);
    });

    it("restore re-publishes an old revision as a new head (v1,v2,v3 -> v4 = v1), synchronously", async () => {
      const id = await t.createAgent({ firstMessage: "original" });
      const main = await mainOf(id);
      await shipRevision(t, id, main._id, { firstMessage: "second" });
      await shipRevision(t, id, main._id, { firstMessage: "third" });
      const data = expectOk(await t.api.post(`${base(id)}/branches/${main._id}/revisions/${main.headRevisionId}/restore`));
      expect(data.state).toBe("committed");
      expect(data.revision).toMatchObject({ revisionNumber: 4, restoredFromRevisionId: main.headRevisionId, status: "published" });
      const agent = await getAgent(t, id);
      expect(agent.activeVersionId).toBe(data.revision._id);
      expect(agent._resolvedConfig.firstMessage).toBe("original");
    });

    it("while a publish scans: branching from it is 409 source_scanning, restore is 409 publish_in_progress", async () => {
      const id = await t.createAgent();
      const main = await mainOf(id);
      expectOk(await t.api.put(`${base(id)}/branches/${main._id}/draft`, { firstMessage: "scanning" }));
      expectOk(await t.api.post(`${base(id)}/branches/${main._id}/draft/publish`, {}), 202);
      expectError(await t.api.post(`${base(id)}/branches`, { sourceBranchId: main._id, name: "from-scanning" }), 409, undefined, "source_scanning");
      expectError(await t.api.post(`${base(id)}/branches/${main._id}/revisions/${main.headRevisionId}/restore`), 409, undefined, "publish_in_progress");
      await t.advance(SECURITY_CHECK_MS);
      expectOk(await t.api.post(`${base(id)}/branches`, { sourceBranchId: main._id, name: "after-scan" }), 201);
    });

    it("an archived branch cannot go live or publish: 403", async () => {
      const id = await t.createAgent();
      const main = await mainOf(id);
      const b = expectOk(await t.api.post(`${base(id)}/branches`, { sourceBranchId: main._id, name: "archived" }), 201);
      await shipRevision(t, id, b._id, { firstMessage: "x" });
      expectOk(await t.api.put(`${base(id)}/branches/${b._id}/draft`, { firstMessage: "y" }));
      expectOk(await t.api.post(`${base(id)}/branches/${b._id}/archive`));
      expectError(await t.api.post(`${base(id)}/branches/${b._id}/live`), 403);
      expectError(await t.api.post(`${base(id)}/branches/${b._id}/draft/publish`, {}), 403);
    });

    it("GET /diff compares revisions and <branchId>:draft refs (newValue from b)", async () => {
      const id = await t.createAgent({ firstMessage: "head" });
      const main = await mainOf(id);
      expectOk(await t.api.put(`${base(id)}/branches/${main._id}/draft`, { firstMessage: "draft" }));
      const diff = expectOk(await t.api.get(`${base(id)}/diff`, { query: { a: main.headRevisionId, b: `${main._id}:draft` } }));
      expect(diff.diffs.flatMap((d: any) => d.changes)).toContainEqual({ path: "firstMessage", oldValue: "head", newValue: "draft" });
      expect(Array.isArray(diff.unchangedSections)).toBe(true);
      const same = expectOk(await t.api.get(`${base(id)}/diff`, { query: { a: main.headRevisionId, b: main.headRevisionId } }));
      expect(same.diffs).toEqual([]);
    });

    it("branch test call: head by default, includeDraft or revisionId, never both", async () => {
      const id = await t.createAgent();
      const main = await mainOf(id);
      expectOk(await t.api.put(`${base(id)}/branches/${main._id}/draft`, { firstMessage: "d" }));
      for (const body of [{}, { includeDraft: true, mode: "chat" }, { revisionId: main.headRevisionId }]) {
        const call = expectOk(await t.api.post(`${base(id)}/branches/${main._id}/test-call`, body));
        expect(typeof call.conversationId).toBe("string");
        expect(typeof call.callId).toBe("string");
      }
      expectError(await t.api.post(`${base(id)}/branches/${main._id}/test-call`, { includeDraft: true, revisionId: main.headRevisionId }), 400);
    });
  });

  it.skipIf(LIVE)("a v1 workspace migrated to branches keeps version ids as revision ids on Main", async () => {
    const v1 = await openTarget("versions");
    try {
      const id = await v1.createAgent({ name: uniqueName("migrate"), firstMessage: "pre-migration" });
      const before = await getAgent(v1, id);
      v1.control.setModel("branches");
      const api = v1.client(EMULATOR_KEY, { specModel: "branches" });
      const branches = expectOk(await api.get(`/agent/${id}/branches`)).branches;
      expect(branches).toHaveLength(1);
      expect(branches[0]).toMatchObject({ isLive: true, branch: { name: "Main", isDefault: true, headRevisionId: before.activeVersionId } });
      const res = await api.post(`/agent/${id}/drafts`, { sourceVersionId: before.activeVersionId });
      expectError(res, 409, undefined, "versioning_v2_migration_required");
      expect((await getAgent(v1, id)).activeVersionId).toBe(before.activeVersionId);
    } finally {
      await v1.close();
    }
  });
});
