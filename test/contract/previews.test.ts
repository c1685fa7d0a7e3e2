/**
 * What a pull-request preview relies on, end to end, on both models: a change written, diffed by the server, published
 * and security-checked without serving a single call, then made live by one request.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { awaitVersionScan, editDraft, expectError, expectOk, forkDraft, getAgent, liveBranch, listBranches, publishBranchDraft, publishDraft } from "./flows.js";
import { LIVE, modelRuns, openTarget } from "./target.js";
import type { ContractTarget } from "./target.js";

describe.runIf(modelRuns("branches"))("previews on branches (§6.2)", () => {
  let t: ContractTarget;
  beforeAll(async () => {
    t = await openTarget("branches");
  });
  afterAll(async () => {
    await t?.close();
  });

  it("a branch forked from the live head takes a draft, the server diffs it, a publish there checks and serves nothing, /live serves it", async () => {
    const id = await t.createAgent({ firstMessage: "live" });
    const main = (await liveBranch(t, id)).branch;
    const branch = expectOk(await t.api.post(`/agent/${id}/branches`, { sourceBranchId: main._id, name: "pr-42" }), 201);
    expect(branch).toMatchObject({ name: "pr-42", sourceRevisionId: main.headRevisionId, headRevisionId: null, isDefault: false });

    const draft = expectOk(await t.api.put(`/agent/${id}/branches/${branch._id}/draft`, { firstMessage: "preview", expectedRevision: 0 }));
    const stored = await getAgent(t, id, { draftId: draft.draftId });
    expect(stored._resolvedConfig.firstMessage).toBe("preview");
    // The live branch has no draft: the preview wrote only its own branch.
    expectError(await t.api.get(`/agent/${id}/branches/${main._id}/draft`), 404, ["No open draft"]);

    const diff = expectOk(await t.api.get(`/agent/${id}/diff`, { query: { a: main.headRevisionId, b: `${branch._id}:draft` } }));
    expect(diff.diffs.flatMap((d: { changes: unknown[] }) => d.changes)).toEqual([{ path: "firstMessage", oldValue: "live", newValue: "preview" }]);

    const revision = await publishBranchDraft(t, id, branch._id, "atoms-gitops preview pr-42");
    expect(revision).toMatchObject({ status: "published", securityCheck: { status: "passed" }, branch: branch._id });
    const before = await getAgent(t, id);
    expect(before.activeVersionId).toBe(main.headRevisionId);
    expect(before._resolvedConfig.firstMessage).toBe("live");

    expectOk(await t.api.post(`/agent/${id}/branches/${branch._id}/live`));
    const after = await getAgent(t, id);
    expect(after.activeVersionId).toBe(revision._id);
    expect(after._resolvedConfig.firstMessage).toBe("preview");
    // Main is no longer live but can never be archived; the preview branch, once live, cannot be either.
    expectError(await t.api.post(`/agent/${id}/branches/${main._id}/archive`), 403);
    expectError(await t.api.post(`/agent/${id}/branches/${branch._id}/archive`), 403);
    expectOk(await t.api.post(`/agent/${id}/branches/${main._id}/live`));
  });

  it("a failed check on a non-live branch keeps its head and draft; an archived preview branch is no longer listed and frees its name", async () => {
    const id = await t.createAgent({ firstMessage: "live" });
    const main = (await liveBranch(t, id)).branch;
    const branch = expectOk(await t.api.post(`/agent/${id}/branches`, { sourceBranchId: main._id, name: "pr-7" }), 201);
    expectOk(await t.api.put(`/agent/${id}/branches/${branch._id}/draft`, { firstMessage: "risky" }));
    if (!LIVE) {
      t.control.failNextSecurityChecks(1, "prompt injection");
      const failed = await publishBranchDraft(t, id, branch._id);
      expect(failed.securityCheck).toMatchObject({ status: "failed", reason: "prompt injection" });
      expectError(await t.api.post(`/agent/${id}/branches/${branch._id}/live`), 409, undefined, "no_committed_revision");
      expectOk(await t.api.get(`/agent/${id}/branches/${branch._id}/draft`));
    }
    expectOk(await t.api.delete(`/agent/${id}/branches/${branch._id}/draft`));
    expect(expectOk(await t.api.post(`/agent/${id}/branches/${branch._id}/archive`))).toEqual({ archived: true });
    expect((await listBranches(t, id)).map((s) => s.branch.name)).toEqual([main.name]);
    expectOk(await t.api.post(`/agent/${id}/branches`, { sourceBranchId: main._id, name: "pr-7" }), 201);
    expect((await getAgent(t, id)).activeVersionId).toBe(main.headRevisionId);
  });
});

describe.runIf(modelRuns("versions"))("previews on drafts/versions (§5.3)", () => {
  let t: ContractTarget;
  beforeAll(async () => {
    t = await openTarget("versions");
  });
  afterAll(async () => {
    await t?.close();
  });

  it("a draft forked from the active version is diffed by the server, published inactive with its check, activated in one request", async () => {
    const id = await t.createAgent({ firstMessage: "live" });
    const active = (await getAgent(t, id)).activeVersionId;
    const draft = await forkDraft(t, id, { sourceVersionId: active, draftName: "atoms-gitops preview: pr-42" });
    await editDraft(t, id, draft.draftId, { firstMessage: "preview" });
    const diff = expectOk(await t.api.get(`/agent/${id}/drafts/${draft.draftId}/diff`, { query: { versionId: active } }));
    expect(diff.hasChanges).toBe(true);
    expect(diff.diffs.flatMap((d: { changes: unknown[] }) => d.changes)).toEqual([{ path: "firstMessage", oldValue: "live", newValue: "preview" }]);

    const version = await publishDraft(t, id, draft.draftId, { label: "atoms-gitops preview pr-42", description: "preview" });
    expect(version).toMatchObject({ isActive: false, securityCheck: { status: "queued" } });
    const scanned = await awaitVersionScan(t, id, version._id);
    expect(scanned).toMatchObject({ isActive: false, securityCheck: { status: "passed" } });
    const before = await getAgent(t, id);
    expect([before.activeVersionId, before._resolvedConfig.firstMessage]).toEqual([active, "live"]);

    expectOk(await t.api.patch(`/agent/${id}/versions/${version._id}/activate`));
    const after = await getAgent(t, id);
    expect([after.activeVersionId, after._resolvedConfig.firstMessage]).toEqual([version._id, "preview"]);
  });
});
