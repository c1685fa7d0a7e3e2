import { describe, expect, it } from "vitest";
import { NotFoundError } from "../../../src/errors.js";
import { fail, fakeApi, makeClient, ok } from "./helpers.js";

const A = "66a1f0c2e4b0a1b2c3d4e5f6";
const V1 = "66a1000000000000000000b1";
const V2 = "66b2000000000000000000c2";
const DRAFT_DOC_ID = "66b2000000000000000000a1";
const DRAFT_ID = "66b2000000000000000000d1";

function v1Api() {
  return fakeApi([
    ["POST", `/agent/${A}/drafts`, () => ok({ _id: DRAFT_DOC_ID, agent: A, status: "draft", draftId: DRAFT_ID, draftName: "x", draftRevision: 1, sourceVersionId: V1, versionNumber: null }, 201)],
    ["PATCH", `/agent/${A}/drafts/${DRAFT_ID}/config`, () => ok({ _id: "66b20000000000000000ffff", draftId: DRAFT_ID, draftRevision: 2, status: "draft" })],
    ["GET", `/agent/${A}`, () => ok({ _id: A, name: "n", activeVersionId: V1, _resolvedConfig: { firstMessage: "Hello" }, _configSource: "draft" })],
    ["POST", `/agent/${A}/drafts/${DRAFT_ID}/publish`, () => ok({ _id: V2, status: "published", versionNumber: 2, isActive: false, draftId: DRAFT_ID, securityCheck: { status: "queued", reason: null } }, 201)],
    ["GET", `/agent/${A}/versions/${V2}`, () => ok({ version: { _id: V2, agent: A, status: "published", versionNumber: 2, label: "atoms-gitops 1", description: "d", isActive: false, isPinned: false, securityCheck: { status: "passed", reason: null }, publishedAt: "2026-01-01T00:00:00Z", publishedByName: "CI" }, resolvedConfig: {} })],
    ["PATCH", `/agent/${A}/versions/${V2}/activate`, () => ok({ _id: V2, isActive: true })],
    ["DELETE", `/agent/${A}/drafts/${DRAFT_ID}`, () => fail(404, ["Draft not found"])],
  ]);
}

describe("v1 drafts/versions adapter", () => {
  it("runs the documented update flow with the right paths and bodies (draftId, never _id)", async () => {
    const api = v1Api();
    const { client } = makeClient(api.fetch, { apiModel: "versions" });
    const v = client.versioning();
    expect(v.model).toBe("versions");

    let draft = await v.openDraft(A, V1, "atoms-gitops:run-1");
    expect(draft).toEqual({ agentId: A, draftId: DRAFT_ID, baseVersionId: V1, draftRevision: 1 });
    draft = await v.patchDraft(draft, { firstMessage: "Hello" });
    expect(draft.draftRevision).toBe(2);
    expect(await v.readDraft(draft)).toEqual({ firstMessage: "Hello" });
    const published = await v.publish(draft, { label: "atoms-gitops 1", description: "x".repeat(3000) });
    expect(published).toEqual({ agentId: A, versionId: V2 });
    const info = await v.getVersion(published);
    expect(info).toMatchObject({ id: V2, number: 2, label: "atoms-gitops 1", isActive: false, status: "published", securityCheck: { status: "passed", reason: null }, publishedBy: "CI" });
    await v.activate(published);
    await v.discard(draft); // 404: already gone after publish — not an error

    expect(api.calls()).toEqual([
      `POST /agent/${A}/drafts`,
      `PATCH /agent/${A}/drafts/${DRAFT_ID}/config`,
      `GET /agent/${A}?draftId=${DRAFT_ID}`,
      `POST /agent/${A}/drafts/${DRAFT_ID}/publish`,
      `GET /agent/${A}/versions/${V2}`,
      `PATCH /agent/${A}/versions/${V2}/activate`,
      `DELETE /agent/${A}/drafts/${DRAFT_ID}`,
    ]);
    expect(api.log[0]!.body).toEqual({ sourceVersionId: V1, draftName: "atoms-gitops:run-1" });
    expect(api.log[1]!.body).toEqual({ firstMessage: "Hello" });
    const pub = api.log[3]!.body as { label: string; description: string };
    expect(pub.label).toBe("atoms-gitops 1");
    expect(pub.description.length).toBe(2000); // clipped to the server's limit instead of a 400
    expect(api.log[5]!.body).toBeUndefined();
  });

  it("a publish that does not return data._id is a clear error", async () => {
    const api = fakeApi([["POST", `/agent/${A}/drafts/${DRAFT_ID}/publish`, () => ok({ status: "published" }, 201)]]);
    const { client } = makeClient(api.fetch, { apiModel: "versions" });
    await expect(client.versioning().publish({ agentId: A, draftId: DRAFT_ID, baseVersionId: V1 }, { label: "l", description: "d" })).rejects.toThrow(/data\._id/);
  });

  it("a version with securityCheck null (very old) counts as passed; queued and failed are reported as such", async () => {
    let check: unknown = null;
    const api = fakeApi([["GET", `/agent/${A}/versions/${V2}`, () => ok({ version: { _id: V2, status: "published", securityCheck: check } })]]);
    const { client } = makeClient(api.fetch, { apiModel: "versions" });
    const v = client.versioning();
    expect((await v.getVersion({ agentId: A, versionId: V2 })).securityCheck).toEqual({ status: "passed", reason: null });
    check = { status: "failed", reason: "prompt injection" };
    expect((await v.getVersion({ agentId: A, versionId: V2 })).securityCheck).toEqual({ status: "failed", reason: "prompt injection" });
    check = { status: "errored" };
    expect((await v.getVersion({ agentId: A, versionId: V2 })).securityCheck?.status).toBe("errored");
  });

  it("listVersions pages with limit/skip; listDrafts maps draftName/sourceVersionId; restore activates", async () => {
    const versions = Array.from({ length: 130 }, (_, i) => ({ _id: `v${i}`, versionNumber: 130 - i, status: "published", isActive: i === 0, securityCheck: { status: "passed", reason: null } }));
    const api = fakeApi([
      ["GET", `/agent/${A}/versions`, (r) => {
        const q = new URL(`http://x${r.path}`).searchParams;
        const skip = Number(q.get("skip"));
        return ok({ versions: versions.slice(skip, skip + Number(q.get("limit"))), total: 130 });
      }],
      ["GET", `/agent/${A}/drafts`, () => ok([{ draftId: "d1", draftName: "atoms-gitops:old", sourceVersionId: V1 }, { draftId: "d2", draftName: null }, { nothing: true }])],
      ["PATCH", `/agent/${A}/versions/v5/activate`, () => ok({ _id: "v5", isActive: true })],
    ]);
    const { client } = makeClient(api.fetch, { apiModel: "versions" });
    const v = client.versioning();
    const list = await v.listVersions(A);
    expect(list).toHaveLength(130);
    expect(list[0]).toMatchObject({ id: "v0", number: 130, isActive: true });
    expect(api.calls().slice(0, 2)).toEqual([`GET /agent/${A}/versions?limit=100&skip=0`, `GET /agent/${A}/versions?limit=100&skip=100`]);
    expect(await v.listDrafts(A)).toEqual([
      { draftId: "d1", name: "atoms-gitops:old", baseVersionId: V1, updatedAt: null },
      { draftId: "d2", name: null, baseVersionId: null, updatedAt: null },
    ]);
    expect(await v.restore(A, "v5")).toEqual({ agentId: A, versionId: "v5" });
  });

  it("discard propagates errors other than not-found", async () => {
    const api = fakeApi([["DELETE", `/agent/${A}/drafts/${DRAFT_ID}`, () => fail(403, ["Forbidden"])]]);
    const { client } = makeClient(api.fetch, { apiModel: "versions" });
    const err = await client.versioning().discard({ agentId: A, draftId: DRAFT_ID, baseVersionId: V1 }).catch((e: unknown) => e);
    expect(err).not.toBeInstanceOf(NotFoundError);
    expect((err as { status: number }).status).toBe(403);
  });
});
