import { describe, expect, it } from "vitest";
import { ConflictError, NotFoundError } from "../../../src/errors.js";
import type { VersionInfo } from "../../../src/model/observed.js";
import type { PublishedHandle, VersioningAdapter } from "../../../src/model/versioning.js";
import { createEmulator } from "../../../src/emulator/index.js";
import type { ClientEvent } from "../../../src/remote/index.js";
import { createClient } from "../../../src/remote/index.js";
import { fakeClock } from "./helpers.js";

const KEY = "sk_emulator_local";

function setup(model: "versions" | "branches", apiModel: "auto" | "versions" | "branches", securityCheckMs = 0) {
  const clock = fakeClock();
  const emulator = createEmulator({ model, securityCheckMs, now: clock.now });
  const events: ClientEvent[] = [];
  const client = createClient({
    baseUrl: "http://127.0.0.1:9/atoms/v1",
    apiKey: KEY,
    fetch: (r) => emulator.fetch(r),
    apiModel,
    sleep: clock.sleep,
    now: clock.now,
    onEvent: (e) => events.push(e),
  });
  return { emulator, client, clock, events };
}

async function waitCheck(v: VersioningAdapter, p: PublishedHandle, clock: ReturnType<typeof fakeClock>): Promise<VersionInfo> {
  for (let i = 0; i < 30; i++) {
    const info = await v.getVersion(p);
    if (info.securityCheck?.status !== "queued") return info;
    clock.advance(1000);
  }
  throw new Error("security check never finished");
}

async function updateFlow(client: ReturnType<typeof createClient>, clock: ReturnType<typeof fakeClock>, agentId: string, firstMessage: string) {
  const before = await client.getAgent(agentId);
  const v = client.versioning();
  let draft = await v.openDraft(agentId, before.activeVersionId!, "atoms-gitops:test");
  draft = await v.patchDraft(draft, { firstMessage });
  expect((await v.readDraft(draft)).firstMessage).toBe(firstMessage);
  const published = await v.publish(draft, { label: "atoms-gitops test", description: "change firstMessage" });
  const check = await waitCheck(v, published, clock);
  expect(check.securityCheck?.status).toBe("passed");
  await v.activate(published);
  const after = await client.getAgent(agentId);
  expect(after.activeVersionId).toBe(published.versionId);
  expect(after.resolved.firstMessage).toBe(firstMessage);
  return published;
}

describe.each([
  ["versions", "versions"],
  ["branches", "branches"],
  ["versions", "auto"],
  ["branches", "auto"],
] as const)("end to end against the emulator (workspace %s, --api-model %s)", (model, apiModel) => {
  it("creates, lists, updates through the versioning flow, rolls back, and archives", async () => {
    const { client, clock, events, emulator } = setup(model, apiModel);
    const id = await client.createAgent({ name: "Support", firstMessage: "Hello" });
    const created = await client.getAgent(id);
    expect(created).toMatchObject({ id, name: "Support", archived: false, phoneNumbers: [] });
    expect(created.resolved.firstMessage).toBe("Hello");
    expect((await client.listAgents()).map((a) => a.id)).toContain(id);

    const original = created.activeVersionId!;
    await updateFlow(client, clock, id, "Welcome back");
    expect(client.currentModel).toBe(model);
    expect(client.versioning().model).toBe(model);
    if (apiModel === "auto") expect(events).toContainEqual(expect.objectContaining({ type: "api-model", model }));

    const versions = await client.versioning().listVersions(id);
    expect(versions.length).toBeGreaterThanOrEqual(2);
    expect(versions.filter((x) => x.isActive)).toHaveLength(1);

    const restored = await client.versioning().restore(id, original);
    await waitCheck(client.versioning(), restored, clock);
    await client.versioning().activate(restored);
    expect((await client.getAgent(id)).resolved.firstMessage).toBe("Hello");

    const numbers = await client.listPhoneNumbers();
    expect(numbers.length).toBeGreaterThan(0);
    await client.updateAgentMetadata(id, { telephonyProductId: [numbers[0]!.id] });
    expect((await client.getAgent(id)).phoneNumbers).toEqual([numbers[0]!.phoneNumber]);

    await client.archiveAgent(id, true);
    expect((await client.listAgents()).map((a) => a.id)).not.toContain(id);
    expect((await client.listAgents({ archived: true })).map((a) => a.id)).toContain(id);
    await client.archiveAgent(id, false);
    expect(emulator.state.openDrafts(id)).toBe(0);
  });

  it("discarding an opened, edited draft leaves no open draft and the live config untouched", async () => {
    const { client, emulator } = setup(model, apiModel);
    const id = await client.createAgent({ name: "Discard", firstMessage: "Keep me" });
    const base = (await client.getAgent(id)).activeVersionId!;
    const v = client.versioning();
    const draft = await v.patchDraft(await v.openDraft(id, base, "atoms-gitops:discard"), { firstMessage: "Throw away" });
    expect(emulator.state.openDrafts(id)).toBe(1);
    await v.discard(draft);
    await v.discard(draft);
    expect(emulator.state.openDrafts(id)).toBe(0);
    expect((await client.getAgent(id)).resolved.firstMessage).toBe("Keep me");
  });
});

describe("emulator specifics", () => {
  it("survives the emulator's rate limit: 429 + Retry-After are honoured, the rate adapts down, every read succeeds", async () => {
    const clock = fakeClock();
    const emulator = createEmulator({ rps: 3, securityCheckMs: 0, model: "versions", now: clock.now });
    const events: ClientEvent[] = [];
    const client = createClient({ apiKey: KEY, fetch: (r) => emulator.fetch(r), rps: 20, sleep: clock.sleep, now: clock.now, onEvent: (e) => events.push(e) });
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push(await client.createAgent({ name: `rl-${i}` }));
    const reads = await Promise.all(Array.from({ length: 12 }, (_, i) => client.getAgent(ids[i % 3]!)));
    expect(reads.map((a) => a.id)).toEqual(Array.from({ length: 12 }, (_, i) => ids[i % 3]));
    expect(client.stats().rateLimited).toBeGreaterThan(0);
    expect(events.some((e) => e.type === "rate-limit" && e.reason === "429")).toBe(true);
    expect(events.filter((e) => e.type === "retry").every((e) => e.type === "retry" && e.delayMs >= 1000)).toBe(true);
  });

  it("v2 with a scan delay: publish answers 202 and the revision is found and polled until committed", async () => {
    const { client, clock, emulator } = setup("branches", "branches", 6000);
    const id = await client.createAgent({ name: "Scan" });
    const published = await updateFlow(client, clock, id, "Scanned");
    const publishLog = emulator.requests.find((r) => r.method === "POST" && r.path.endsWith("/draft/publish"));
    expect(publishLog?.status).toBe(202);
    expect(emulator.requests.some((r) => r.path.endsWith("/revisions") && r.query.limit === "1")).toBe(true);
    expect(published.branchId).toBeDefined();
  });

  it("v1 with a scan delay: getVersion reports queued until the check passes", async () => {
    const { client, clock } = setup("versions", "versions", 6000);
    const id = await client.createAgent({ name: "Scan1" });
    await updateFlow(client, clock, id, "Scanned v1");
  });

  it("a failed security check is reported with its reason (v1 and v2)", async () => {
    for (const model of ["versions", "branches"] as const) {
      const { client, clock, emulator } = setup(model, model, 1000);
      const id = await client.createAgent({ name: "Fail" });
      emulator.control.failNextSecurityChecks(1, "prompt injection detected");
      const v = client.versioning();
      const draft = await v.patchDraft(await v.openDraft(id, (await client.getAgent(id)).activeVersionId!, "n"), { firstMessage: "x" });
      const p = await v.publish(draft, { label: "l", description: "d" });
      const info = await waitCheck(v, p, clock);
      expect(info.securityCheck).toEqual({ status: "failed", reason: expect.stringContaining("prompt injection") });
      await v.discard(draft);
    }
  });

  it("a dashboard edit to the open v2 draft's field surfaces as ConflictError; unknown agent is NotFoundError", async () => {
    const { client } = setup("branches", "branches");
    await expect(client.getAgent("66a1f0c2e4b0a1b2c3d4e5f6")).rejects.toBeInstanceOf(NotFoundError);
    const id = await client.createAgent({ name: "Conflict" });
    const v = client.versioning();
    const d1 = await v.patchDraft(await v.openDraft(id, (await client.getAgent(id)).activeVersionId!, "n"), { firstMessage: "a" });
    // A second writer with the same base revision edits the same field.
    await v.patchDraft({ ...d1 }, { firstMessage: "b" });
    await expect(v.patchDraft(d1, { firstMessage: "c" })).rejects.toBeInstanceOf(ConflictError);
  });

  it("an edit while the branch's draft is in its security check says someone else is publishing, not a garbled field conflict", async () => {
    const { client } = setup("branches", "branches", 1000);
    const id = await client.createAgent({ name: "Busy" });
    const v = client.versioning();
    const base = (await client.getAgent(id)).activeVersionId!;
    const first = await v.patchDraft(await v.openDraft(id, base, "n"), { firstMessage: "a" });
    await v.publish(first, { label: "l", description: "d" });
    // A second run that opened the same draft before the publish now writes to it.
    const err = await v.patchDraft(first, { firstMessage: "b" }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConflictError);
    expect((err as ConflictError).errorType).toBe("publish_in_progress");
    expect((err as Error).message).toMatch(/^Agent [0-9a-f]{24}: a publish is in progress on this branch: someone else \(another atoms-gitops run, or the dashboard\) is publishing the agent; nothing was written\. Run apply again once it has finished\./);
    expect((err as Error).message).not.toContain("another edit changed");
  });
});
