import { describe, expect, it } from "vitest";
import { branchModelFake } from "./branch-fake.js";
import { fakeApi, makeClient, ok } from "./helpers.js";

const A = "66a1f0c2e4b0a1b2c3d4e5f6";
const B = "66a1f0c2e4b0a1b2c3d4e5f7";

describe("--api-model auto", () => {
  it("switches to branches on the first migration 409, redoes that call, and remembers it for the next agent", async () => {
    const api = branchModelFake([A, B]);
    const { client, events } = makeClient(api.fetch);
    expect(client.currentModel).toBe("unknown");
    const v = client.versioning();
    expect(v.model).toBe("versions");
    // Before the model is known, the engine guards as for drafts/versions (rival check before publish, no cancel).
    expect(v.traits).toEqual({ forkPerRun: true, publishServes: false });

    const draftA = await v.openDraft(A, api.head(A), "atoms-gitops:run");
    expect(draftA.branchId).toBeDefined();
    expect(client.currentModel).toBe("branches");
    expect(v.model).toBe("branches");
    expect(v.traits).toEqual({ forkPerRun: false, publishServes: true });
    expect(events.filter((e) => e.type === "api-model")).toEqual([
      { type: "api-model", model: "branches", reason: `POST /agent/${A}/drafts answered 409 versioning_v2_migration_required` },
    ]);

    await v.openDraft(B, api.head(B), "atoms-gitops:run");
    const v1Calls = api.calls().filter((c) => /\/drafts|\/versions/.test(c));
    // Only agent A ever touched a v1 endpoint (the one POST that answered 409); B went straight to v2.
    expect(v1Calls).toEqual([`POST /agent/${A}/drafts`]);
    expect(api.calls().filter((c) => c.startsWith(`GET /agent/${B}`))).toEqual([`GET /agent/${B}/branches`, `GET /agent/${B}/branches/${api.state.get(B)!.branches[0]!._id}/draft`]);
    expect(events.filter((e) => e.type === "api-model")).toHaveLength(1);
  });

  it("a full v2 flow works through the auto adapter", async () => {
    const api = branchModelFake([A], { sync: true });
    const { client } = makeClient(api.fetch);
    const v = client.versioning();
    let d = await v.openDraft(A, api.head(A), "n");
    d = await v.patchDraft(d, { firstMessage: "hi" });
    expect(await v.readDraft(d)).toEqual({ firstMessage: "hi" });
    const p = await v.publish(d, { label: "l", description: "d" });
    expect((await v.getVersion(p)).securityCheck?.status).toBe("passed");
    await v.activate(p);
    expect(api.head(A)).toBe(p.versionId);
  });

  it("stays on versions (and says so) when the v1 write succeeds", async () => {
    const api = fakeApi([["POST", `/agent/${A}/drafts`, () => ok({ _id: "x", draftId: "d1" }, 201)]]);
    const { client, events } = makeClient(api.fetch);
    await client.versioning().openDraft(A, "v1", "n");
    expect(client.currentModel).toBe("versions");
    expect(events).toContainEqual(expect.objectContaining({ type: "api-model", model: "versions" }));
  });

  it("detectModel probes with a GET only and caches the answer", async () => {
    const api = branchModelFake([A]);
    const { client } = makeClient(api.fetch);
    expect(await client.detectModel(A)).toBe("branches");
    expect(await client.detectModel(A)).toBe("branches");
    expect(api.calls()).toEqual([`GET /agent/${A}/versions?limit=1`]);
    expect(client.versioning().model).toBe("branches");

    const v1 = fakeApi([
      ["GET", "/agent", () => ok({ agents: [{ _id: B, name: "b" }], hasMore: false })],
      ["GET", `/agent/${B}/versions`, () => ok({ versions: [], total: 0 })],
    ]);
    const { client: c1, events } = makeClient(v1.fetch);
    expect(await c1.detectModel()).toBe("versions");
    expect(v1.calls()).toEqual(["GET /agent?page=1&offset=1", `GET /agent/${B}/versions?limit=1`]);
    expect(v1.log.every((r) => r.method === "GET")).toBe(true);
    expect(events).toContainEqual(expect.objectContaining({ type: "api-model", model: "versions" }));
  });

  it("returns the configured model without probing when not auto", async () => {
    const api = fakeApi([]);
    const { client } = makeClient(api.fetch, { apiModel: "branches" });
    expect(await client.detectModel(A)).toBe("branches");
    expect(client.currentModel).toBe("branches");
    expect(api.log).toHaveLength(0);
  });
});
