import { describe, expect, it } from "vitest";
import { ConflictError } from "../../../src/errors.js";
import type { VersionInfo } from "../../../src/model/observed.js";
import type { PublishedHandle, VersioningAdapter } from "../../../src/model/versioning.js";
import { branchModelFake } from "./branch-fake.js";
import { catchErr, makeClient } from "./helpers.js";

const A = "66a1f0c2e4b0a1b2c3d4e5f6";

async function pollUntilDone(v: VersioningAdapter, p: PublishedHandle): Promise<VersionInfo> {
  for (let i = 0; i < 20; i++) {
    const info = await v.getVersion(p);
    if (info.securityCheck?.status !== "queued") return info;
  }
  throw new Error("never finished");
}

describe("v2 branches adapter", () => {
  it("targets the live branch, PUTs with expectedRevision, resolves a 202 publish via revisions?limit=1, and does not re-live a live branch", async () => {
    const api = branchModelFake([A]);
    const { client } = makeClient(api.fetch, { apiModel: "branches" });
    const v = client.versioning();
    expect(v.model).toBe("branches");
    const base = api.head(A);
    const main = api.state.get(A)!.branches[0]!._id;

    let draft = await v.openDraft(A, base, "atoms-gitops:run");
    expect(draft).toEqual({ agentId: A, draftId: "", baseVersionId: base, branchId: main, draftRevision: 0 });
    draft = await v.patchDraft(draft, { firstMessage: "Hello" });
    expect(draft.draftId).toMatch(/^d/);
    expect(draft.draftRevision).toBe(1);
    draft = await v.patchDraft(draft, { prompt: "p" });
    expect(draft.draftRevision).toBe(2);
    expect(await v.readDraft(draft)).toEqual({ firstMessage: "Hello", prompt: "p" });

    const published = await v.publish(draft, { label: "atoms-gitops 2", description: "ignored by v2" });
    expect(published.branchId).toBe(main);
    // While scanning the revision is reported as queued, even once the scan itself says "passed" but it is not committed.
    const first = await v.getVersion(published);
    expect(first.securityCheck?.status).toBe("queued");
    const done = await pollUntilDone(v, published);
    expect(done).toMatchObject({ id: published.versionId, status: "published", securityCheck: { status: "passed" }, branchId: main, label: "atoms-gitops 2" });
    await v.activate(published);
    expect(api.head(A)).toBe(published.versionId);

    const calls = api.calls();
    expect(calls.slice(0, 3)).toEqual([`GET /agent/${A}/branches`, `GET /agent/${A}/branches/${main}/draft`, `PUT /agent/${A}/branches/${main}/draft`]);
    expect(api.log[2]!.body).toEqual({ firstMessage: "Hello", expectedRevision: 0 });
    expect(api.log[3]!.body).toEqual({ prompt: "p", expectedRevision: 1 });
    const pubIdx = calls.indexOf(`POST /agent/${A}/branches/${main}/draft/publish`);
    expect(api.log[pubIdx]!.body).toEqual({ label: "atoms-gitops 2" });
    expect(calls[pubIdx + 1]).toBe(`GET /agent/${A}/branches/${main}/revisions?limit=1`);
    expect(calls.some((c) => c.endsWith("/live"))).toBe(false);
    expect(calls.some((c) => c.includes("/drafts"))).toBe(false);
  });

  it("a 200 committed publish takes the id from data.revision without listing revisions", async () => {
    const api = branchModelFake([A], { sync: true });
    const { client } = makeClient(api.fetch, { apiModel: "branches" });
    const v = client.versioning();
    const draft = await v.patchDraft(await v.openDraft(A, api.head(A), "n"), { firstMessage: "x" });
    const p = await v.publish(draft, { label: "l", description: "d" });
    expect(api.head(A)).toBe(p.versionId);
    expect(api.calls().some((c) => c.includes("/revisions"))).toBe(false);
  });

  it("makes the branch live only when it is not live", async () => {
    const api = branchModelFake([A]);
    const other = api.addBranch(A, "staging");
    const { client } = makeClient(api.fetch, { apiModel: "branches" });
    await client.versioning().activate({ agentId: A, versionId: other.head!, branchId: other._id });
    expect(api.calls()).toEqual([`GET /agent/${A}/branches`, `POST /agent/${A}/branches/${other._id}/live`]);
    expect(api.log[1]!.body).toEqual({});
    await client.versioning().activate({ agentId: A, versionId: other.head!, branchId: other._id });
    expect(api.calls().filter((c) => c.endsWith("/live"))).toHaveLength(1);
  });

  it("a 409 draft conflict fails with the conflicting fields named and overwrites nothing", async () => {
    const api = branchModelFake([A]);
    const { client } = makeClient(api.fetch, { apiModel: "branches" });
    const v = client.versioning();
    let draft = await v.openDraft(A, api.head(A), "n");
    draft = await v.patchDraft(draft, { firstMessage: "ours" });
    // Someone else edits the same field in the dashboard.
    api.state.get(A)!.branches[0]!.draft!.fields.firstMessage = "theirs";
    api.state.get(A)!.branches[0]!.draft!.draftRevision++;
    const err = (await catchErr(v.patchDraft(draft, { firstMessage: "ours again" }))) as ConflictError;
    expect(err).toBeInstanceOf(ConflictError);
    expect(err.conflictingFields).toEqual(["firstMessage"]);
    expect(err.message).toContain("another edit changed firstMessage");
    expect(err.message).toContain("expected revision 1, now 2");
    expect(api.state.get(A)!.branches[0]!.draft!.fields.firstMessage).toBe("theirs");
    expect(api.calls().filter((c) => c.startsWith("PUT"))).toHaveLength(2); // never retried
  });

  it("refuses to adopt an open draft that holds someone else's edits", async () => {
    const api = branchModelFake([A]);
    api.state.get(A)!.branches[0]!.draft = { draftId: "dforeign", draftRevision: 3, edits: 3, fields: { prompt: "wip" } };
    const { client } = makeClient(api.fetch, { apiModel: "branches" });
    const err = (await catchErr(client.versioning().openDraft(A, api.head(A), "n"))) as ConflictError;
    expect(err).toBeInstanceOf(ConflictError);
    expect(err.message).toContain('branch "Main" already has an open draft with 3 edit(s)');
    expect(api.calls().some((c) => c.startsWith("PUT") || c.startsWith("DELETE"))).toBe(false);
  });

  it("adopts an empty open draft and continues from its revision", async () => {
    const api = branchModelFake([A]);
    api.state.get(A)!.branches[0]!.draft = { draftId: "dempty", draftRevision: 1, edits: 0, fields: {} };
    const { client } = makeClient(api.fetch, { apiModel: "branches" });
    const draft = await client.versioning().openDraft(A, api.head(A), "n");
    expect(draft).toMatchObject({ draftId: "dempty", draftRevision: 1 });
  });

  it("refuses when the live head moved away from the planned base", async () => {
    const api = branchModelFake([A]);
    const { client } = makeClient(api.fetch, { apiModel: "branches" });
    await expect(client.versioning().openDraft(A, "someOlderRevision", "n")).rejects.toThrow(/not someOlderRevision as planned/);
  });

  it("discard deletes only our own draft and tolerates it being gone", async () => {
    const api = branchModelFake([A]);
    const { client } = makeClient(api.fetch, { apiModel: "branches" });
    const v = client.versioning();
    const draft = await v.patchDraft(await v.openDraft(A, api.head(A), "n"), { firstMessage: "x" });
    await v.discard(draft);
    expect(api.state.get(A)!.branches[0]!.draft).toBeNull();
    await v.discard(draft); // already gone
    // A draft opened by someone else after ours was discarded is left alone.
    api.state.get(A)!.branches[0]!.draft = { draftId: "dother", draftRevision: 1, edits: 1, fields: {} };
    await v.discard(draft);
    expect(api.state.get(A)!.branches[0]!.draft?.draftId).toBe("dother");
    // Nothing written yet → nothing to discard.
    const before = api.log.length;
    await v.discard(await v.openDraft(A, api.head(A), "n").catch(() => ({ agentId: A, draftId: "", baseVersionId: "", branchId: "b" })));
    expect(api.calls().slice(before).some((c) => c.startsWith("DELETE"))).toBe(false);
  });

  it("listVersions lists the live branch's revisions; restore returns the new head; listDrafts covers all branches", async () => {
    const api = branchModelFake([A], { sync: true });
    const staging = api.addBranch(A, "staging");
    staging.draft = { draftId: "dstaging", draftRevision: 2, edits: 2, fields: {} };
    const { client } = makeClient(api.fetch, { apiModel: "branches" });
    const v = client.versioning();
    const firstHead = api.head(A);
    const p = await v.publish(await v.patchDraft(await v.openDraft(A, firstHead, "n"), { firstMessage: "x" }), { label: "l", description: "d" });
    const list = await v.listVersions(A);
    expect(list.map((x) => [x.id, x.isActive])).toEqual([[p.versionId, true], [firstHead, false]]);
    const restored = await v.restore(A, firstHead);
    expect(restored.versionId).not.toBe(firstHead);
    expect(api.head(A)).toBe(restored.versionId);
    expect(await v.listDrafts(A)).toEqual([{ draftId: "dstaging", name: null, baseVersionId: staging.head, branchId: staging._id }]);
  });
});

describe("v2 tolerance", () => {
  it("a PUT response without draftId falls back to GET …/draft (or to no draft, so verification reads the head)", async () => {
    const api = branchModelFake([A]);
    const { fetch } = api;
    let stripNext = true;
    const wrapped = async (req: Request): Promise<Response> => {
      const res = await fetch(req);
      if (req.method === "PUT" && stripNext) {
        stripNext = false;
        return new Response(JSON.stringify({ status: true, data: { _id: "0".repeat(24) } }), { status: 200 });
      }
      return res;
    };
    const { client } = makeClient(wrapped, { apiModel: "branches" });
    const v = client.versioning();
    const draft = await v.patchDraft(await v.openDraft(A, api.head(A), "n"), { firstMessage: "x" });
    expect(draft.draftId).toBe(api.state.get(A)!.branches[0]!.draft!.draftId);
    expect(draft.draftRevision).toBe(1);
    expect(await v.readDraft(draft)).toEqual({ firstMessage: "x" });
  });
});
