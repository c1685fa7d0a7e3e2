import { describe, expect, it } from "vitest";
import { setup } from "./helpers.js";

async function branchesSetup(securityCheckMs = 6000) {
  const s = setup({ model: "branches", securityCheckMs });
  const id = await s.createAgent({ firstMessage: "Hi" });
  const list = (await s.call("GET", `/agent/${id}/branches`)).json.data.branches;
  const main = list[0].branch;
  return { ...s, id, main, list };
}

describe("v2 branches/revisions model", () => {
  it("answers v1 writes and list reads with 409 versioning_v2_migration_required and Deprecation: true", async () => {
    const { call, id } = await branchesSetup();
    const agent = (await call("GET", `/agent/${id}`)).json.data;
    for (const [method, path] of [
      ["POST", `/agent/${id}/drafts`],
      ["GET", `/agent/${id}/drafts`],
      ["GET", `/agent/${id}/versions`],
      ["PATCH", `/agent/${id}/versions/${agent.activeVersionId}/activate`],
    ] as const) {
      const r = await call(method, path, method === "POST" ? { sourceVersionId: agent.activeVersionId } : undefined);
      expect(r.status).toBe(409);
      expect(r.json.error_type).toBe("versioning_v2_migration_required");
      expect(r.headers.get("deprecation")).toBe("true");
    }
    expect((await call("GET", `/agent/${id}/versions/${agent.activeVersionId}`)).status).toBe(200);
  });

  it("creates Main live with revision 1 and runs draft → publish (202 scanning) → revision → live", async () => {
    const { call, clock, id, main, list } = await branchesSetup();
    expect(list[0]).toMatchObject({ isLive: true, hasOpenDraft: false, revisionsCount: 1, headRevisionNumber: 1 });
    expect(main).toMatchObject({ name: "Main", isDefault: true, status: "active", openDraftId: null });
    const agent = (await call("GET", `/agent/${id}`)).json.data;
    expect(agent.activeVersionId).toBe(main.headRevisionId);

    expect((await call("GET", `/agent/${id}/branches/${main._id}/draft`)).json.errors).toEqual(["No open draft"]);
    expect((await call("PUT", `/agent/${id}/branches/${main._id}/draft`, { expectedRevision: 0 })).json.errors).toEqual([
      "No recognized config fields in request body",
    ]);
    const put = await call("PUT", `/agent/${id}/branches/${main._id}/draft`, { firstMessage: "Hello", expectedRevision: 0 });
    expect(put.status).toBe(200);
    expect(put.json.data).toMatchObject({ status: "draft", draftRevision: 1 });
    const draftId = put.json.data.draftId;
    expect((await call("GET", `/agent/${id}?draftId=${draftId}`)).json.data._resolvedConfig.firstMessage).toBe("Hello");
    const open = (await call("GET", `/agent/${id}/branches/${main._id}/draft`)).json.data;
    expect(open.latest.draftRevision).toBe(1);
    expect(open.editHistory[0].changedSections).toEqual(["workflow_prompt"]);

    const pub = await call("POST", `/agent/${id}/branches/${main._id}/draft/publish`, { label: "greeting" });
    expect(pub.status).toBe(202);
    expect(pub.json.data).toEqual({ state: "scanning" });
    const again = await call("POST", `/agent/${id}/branches/${main._id}/draft/publish`, {});
    expect([again.status, again.json.error_type]).toEqual([409, "publish_in_progress"]);
    const scanning = (await call("GET", `/agent/${id}/branches/${main._id}/revisions?limit=1`)).json.data;
    const rid = scanning.revisions[0]._id;
    expect(scanning.revisions[0]).toMatchObject({ status: "draft", securityCheck: { status: "queued" }, revisionNumber: 2 });
    expect((await call("GET", `/agent/${id}`)).json.data.activeVersionId).toBe(main.headRevisionId);

    clock.t += 6000;
    const rev = (await call("GET", `/agent/${id}/branches/${main._id}/revisions/${rid}`)).json.data;
    expect(rev.revision).toMatchObject({ status: "published", securityCheck: { status: "passed" }, isActive: true });
    expect(rev.resolvedConfig.workflow_prompt.firstMessage).toBe("Hello");
    const live = (await call("GET", `/agent/${id}`)).json.data;
    expect(live.activeVersionId).toBe(rid);
    expect(live._resolvedConfig.firstMessage).toBe("Hello");
    expect((await call("GET", `/agent/${id}/branches/${main._id}/draft`)).status).toBe(404);

    const diff = (await call("GET", `/agent/${id}/diff?a=${main.headRevisionId}&b=${rid}`)).json.data;
    expect(diff.diffs).toEqual([{ section: "workflow_prompt", changes: [{ path: "firstMessage", oldValue: "Hi", newValue: "Hello" }] }]);
  });

  it("detects expectedRevision conflicts on the same leaf and lets other fields through", async () => {
    const { call, id, main } = await branchesSetup();
    const put = (body: Record<string, unknown>) => call("PUT", `/agent/${id}/branches/${main._id}/draft`, body);
    await put({ firstMessage: "Hi there", expectedRevision: 0 });
    await put({ firstMessage: "Hello", expectedRevision: 1 });
    const clash = await put({ firstMessage: "Yo", expectedRevision: 1 });
    expect(clash.status).toBe(409);
    expect(clash.json).toEqual({
      status: false,
      errors: ["firstMessage"],
      data: { conflict: { expectedRevision: 1, latestRevision: 2, diffs: [{ path: "firstMessage", oldValue: "Hi there", newValue: "Hello" }] } },
    });
    expect((await put({ backgroundSound: "cafe", expectedRevision: 1 })).status).toBe(200);
    expect((await put({ firstMessage: "Last", expectedRevision: 9 })).json.errors).toEqual(["base_revision_unavailable"]);
    expect((await put({ firstMessage: "Last writer wins" })).status).toBe(200);
    const draftId = (await call("GET", `/agent/${id}/branches/${main._id}/draft`)).json.data.latest.draftId;
    const rc = (await call("GET", `/agent/${id}?draftId=${draftId}`)).json.data._resolvedConfig;
    expect([rc.firstMessage, rc.backgroundSound]).toEqual(["Last writer wins", "cafe"]);
  });

  it("keeps the head and the draft after a failed scan and refuses to re-publish until edited", async () => {
    const { call, clock, emu, id, main } = await branchesSetup(1000);
    emu.control.failNextSecurityChecks(1, "unsafe prompt");
    await call("PUT", `/agent/${id}/branches/${main._id}/draft`, { firstMessage: "Bad" });
    expect((await call("POST", `/agent/${id}/branches/${main._id}/draft/publish`, {})).status).toBe(202);
    clock.t += 1000;
    const rev = (await call("GET", `/agent/${id}/branches/${main._id}/revisions?limit=1`)).json.data.revisions[0];
    expect(rev.securityCheck).toMatchObject({ status: "failed", reason: "unsafe prompt" });
    expect((await call("GET", `/agent/${id}`)).json.data.activeVersionId).toBe(main.headRevisionId);
    const re = await call("POST", `/agent/${id}/branches/${main._id}/draft/publish`, {});
    expect([re.status, re.json.errors]).toEqual([409, ["Security check failed: unsafe prompt"]]);
    await call("PUT", `/agent/${id}/branches/${main._id}/draft`, { firstMessage: "Good" });
    expect((await call("POST", `/agent/${id}/branches/${main._id}/draft/publish`, {})).status).toBe(202);
    clock.t += 1000;
    expect((await call("GET", `/agent/${id}`)).json.data._resolvedConfig.firstMessage).toBe("Good");
  });

  it("commits synchronously with a zero scan delay, restores, branches and switches live", async () => {
    const { call, id, main } = await branchesSetup(0);
    const r1 = main.headRevisionId;
    await call("PUT", `/agent/${id}/branches/${main._id}/draft`, { firstMessage: "Two" });
    const pub = await call("POST", `/agent/${id}/branches/${main._id}/draft/publish`, { label: "two" });
    expect(pub.status).toBe(200);
    expect(pub.json.data.state).toBe("committed");
    expect(pub.json.data.revision).toMatchObject({ revisionNumber: 2, status: "published", securityCheck: { status: "passed" } });

    const restore = await call("POST", `/agent/${id}/branches/${main._id}/revisions/${r1}/restore`);
    expect(restore.status).toBe(200);
    expect(restore.json.data.revision).toMatchObject({ revisionNumber: 3, restoredFromRevisionId: r1 });
    expect((await call("GET", `/agent/${id}`)).json.data._resolvedConfig.firstMessage).toBe("Hi");

    const created = await call("POST", `/agent/${id}/branches`, { sourceBranchId: main._id, name: "experiment" });
    expect(created.status).toBe(201);
    const exp = created.json.data;
    expect(exp).toMatchObject({ headRevisionId: null, sourceRevisionId: restore.json.data.revision._id, isDefault: false });
    expect((await call("POST", `/agent/${id}/branches`, { sourceBranchId: main._id, name: "MAIN" })).json.error_type).toBe("branch_name_exists");
    expect((await call("POST", `/agent/${id}/branches/${exp._id}/live`)).json.error_type).toBe("no_committed_revision");
    await call("PUT", `/agent/${id}/branches/${exp._id}/draft`, { firstMessage: "Experimental" });
    const expRev = (await call("POST", `/agent/${id}/branches/${exp._id}/draft/publish`, {})).json.data.revision;
    expect((await call("GET", `/agent/${id}`)).json.data._resolvedConfig.firstMessage).toBe("Hi");
    const live = await call("POST", `/agent/${id}/branches/${exp._id}/live`, {});
    expect(live.json.data).toMatchObject({ isLive: true });
    const agent = (await call("GET", `/agent/${id}`)).json.data;
    expect([agent.activeVersionId, agent._resolvedConfig.firstMessage]).toEqual([expRev._id, "Experimental"]);
    const summaries = (await call("GET", `/agent/${id}/branches`)).json.data.branches;
    expect(summaries.filter((b: { isLive: boolean }) => b.isLive)).toHaveLength(1);
    expect((await call("POST", `/agent/${id}/branches/${exp._id}/archive`)).status).toBe(403);
    expect((await call("PATCH", `/agent/${id}/branches/${main._id}`, { name: "x" })).status).toBe(403);
  });

  it("migrates v1 data with control.setModel: versions become Main revisions with the same ids", async () => {
    const { call, createAgent, emu, clock } = setup({ securityCheckMs: 0 });
    const id = await createAgent();
    const v1 = (await call("GET", `/agent/${id}`)).json.data.activeVersionId;
    const d = (await call("POST", `/agent/${id}/drafts`, { sourceVersionId: v1 })).json.data.draftId;
    await call("PATCH", `/agent/${id}/drafts/${d}/config`, { firstMessage: "v2" });
    const v2 = (await call("POST", `/agent/${id}/drafts/${d}/publish`, {})).json.data._id;
    clock.t += 1;
    await call("PATCH", `/agent/${id}/versions/${v2}/activate`);
    expect((await call("GET", `/agent/${id}/branches`)).status).toBe(404);
    emu.control.setModel("branches");
    const [summary] = (await call("GET", `/agent/${id}/branches`)).json.data.branches;
    expect(summary).toMatchObject({ isLive: true, revisionsCount: 2, headRevisionNumber: 2, branch: { headRevisionId: v2 } });
    const revs = (await call("GET", `/agent/${id}/branches/${summary.branch._id}/revisions`)).json.data.revisions;
    expect(revs.map((r: { _id: string }) => r._id)).toEqual([v2, v1]);
    expect((await call("GET", `/agent/${id}/versions/${v1}`)).status).toBe(200);
  });

  it("applies a dashboard edit as a new live head revision", async () => {
    const { call, emu, id, main } = await branchesSetup();
    const rid = emu.control.dashboardEdit(id, { firstMessage: "From the dashboard" }, { by: "Dana" });
    const agent = (await call("GET", `/agent/${id}`)).json.data;
    expect(agent.activeVersionId).toBe(rid);
    expect(agent._resolvedConfig.firstMessage).toBe("From the dashboard");
    const rev = (await call("GET", `/agent/${id}/branches/${main._id}/revisions/${rid}`)).json.data.revision;
    expect(rev).toMatchObject({ revisionNumber: 2, publishedByName: "Dana", securityCheck: { status: "passed" } });
  });
});
