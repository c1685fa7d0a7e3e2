import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { writeFileSync } from "node:fs";
import { createClient, loadDefinitions, openSavedPlan, planWorkspace, UserInputError, type LoadResult } from "../../../src/index.js";
import { prepareSavedApply, readSavedPlan } from "../../../src/workspace/saved-plan.js";
import { EMULATOR_KEY, startWorkspace, type Workspace } from "../../helpers/workspace.js";

const AGENT = "apiVersion: atoms-gitops/v1\nkind: Agent\nmetadata:\n  name: support\nspec:\n  prompt: You are support.\n  firstMessage: Hi\n";
const KB = "apiVersion: atoms-gitops/v1\nkind: KnowledgeBase\nmetadata:\n  name: manuals\n  description: Router docs\nspec:\n  urls: [https://example.com/pricing]\n";

describe("prepareSavedApply", () => {
  let ws: Workspace | undefined;
  afterEach(async () => {
    await ws?.close();
    ws = undefined;
  });

  async function savedPlan(files: Record<string, string>) {
    ws = await startWorkspace();
    for (const [path, text] of Object.entries(files)) ws.write(path, text);
    const client = createClient({ baseUrl: ws.baseUrl, apiKey: EMULATOR_KEY });
    const load = await loadDefinitions({ dir: join(ws.dir, "agents"), cwd: ws.dir, processEnv: {} });
    const { plan } = await planWorkspace({ load, client, dir: "agents" });
    return { client, load, plan, ws };
  }

  it("answers with the workspace the plan was made against when this run targets another, instead of applying", async () => {
    const { load, plan, ws } = await savedPlan({ "agents/support.yaml": AGENT });
    const elsewhere = createClient({ baseUrl: `${ws.baseUrl}/other`, apiKey: EMULATOR_KEY });
    expect(await prepareSavedApply({ plan, load, client: elsewhere })).toEqual({ status: "other-workspace", planned: plan.target.baseUrl, now: `${ws.baseUrl}/other` });
  });

  it("has nothing to apply for a plan without changes, and reads nothing to say so", async () => {
    const { client, load, plan, ws } = await savedPlan({});
    const requests = ws.emulator.requests.length;
    expect(await prepareSavedApply({ plan, load, client })).toEqual({ status: "no-changes" });
    expect(ws.emulator.requests.length).toBe(requests);
  });

  it("hands the definitions over for an agents-only plan, marked saved", async () => {
    const { client, load, plan } = await savedPlan({ "agents/support.yaml": AGENT });
    const prepared = await prepareSavedApply({ plan, load, client });
    expect(prepared.status).toBe("ready");
    if (prepared.status !== "ready") return;
    expect(prepared.apply.saved).toBe(true);
    expect(prepared.apply.definitions.map((d) => d.metadata.name)).toEqual(["support"]);
    expect(prepared.apply.resources).toBeUndefined();
  });

  it("names, as data, the resources that moved since the plan", async () => {
    const { client, load, plan, ws } = await savedPlan({ "agents/kb/manuals.yaml": KB });
    // A knowledge base of that name created by hand since: planning now no longer gives the reviewed create.
    ws.emulator.control.seedKnowledgeBase({ name: "manuals" });
    const prepared = await prepareSavedApply({ plan, load, client });
    expect(prepared).toEqual({ status: "stale", reasons: [{ kind: "resources-moved", resources: ["knowledgeBase manuals"] }] });
  });

  it("reads a plan file and names it as typed in its errors", async () => {
    ws = await startWorkspace();
    ws.write("plan.json", "{ not json");
    await expect(readSavedPlan(join(ws.dir, "plan.json"), "plan.json")).rejects.toThrow("plan.json is not a usable plan file");
    await expect(readSavedPlan(join(ws.dir, "missing.json"), "missing.json")).rejects.toThrow("cannot read plan file missing.json: ENOENT");
  });
});

describe("openSavedPlan", () => {
  let ws: Workspace | undefined;
  afterEach(async () => {
    await ws?.close();
    ws = undefined;
  });

  async function planFile(files: Record<string, string>, environment?: string) {
    ws = await startWorkspace();
    for (const [path, text] of Object.entries(files)) ws.write(path, text);
    const client = createClient({ baseUrl: ws.baseUrl, apiKey: EMULATOR_KEY });
    const load = await loadDefinitions({ dir: join(ws.dir, "agents"), cwd: ws.dir, processEnv: {} });
    const { plan } = await planWorkspace({ load, client, dir: join(ws.dir, "agents"), ...(environment ? { environment } : {}) });
    const path = join(ws.dir, "plan.json");
    writeFileSync(path, JSON.stringify(plan));
    return { client, path, ws };
  }

  it("reads, loads, connects and prepares in that order, handing back the client it connected and the digest key", async () => {
    const { client, path } = await planFile({ "agents/support.yaml": AGENT });
    const calls: string[] = [];
    const key = new Uint8Array([1, 2, 3]);
    const opened = await openSavedPlan({
      path,
      shownAs: "plan.json",
      digestKey: async (plan) => (calls.push(`key ${plan.agents.length}`), key),
      load: async (dir, env) => (calls.push(`load ${env ?? "-"}`), loadDefinitions({ dir, cwd: ws!.dir, processEnv: {} })),
      connect: (load, env) => (calls.push(`connect ${load.definitions.length} ${env ?? "-"}`), client),
    });
    expect(calls).toEqual(["key 1", "load -", "connect 1 -"]);
    expect(opened.client).toBe(client);
    expect(opened.preparation.status).toBe("ready");
    if (opened.preparation.status !== "ready") return;
    expect(opened.preparation.apply.digestKey).toBe(key);
    expect(opened.preparation.apply.definitions.map((d) => d.metadata.name)).toEqual(["support"]);
  });

  it("loads in the environment it is told, else in the plan's own", async () => {
    const { client, path } = await planFile({ "agents/support.yaml": AGENT, "atoms-gitops.yaml": "environments:\n  staging: {}\n  prod: {}\n" }, "staging");
    const seen: Array<string | undefined> = [];
    const load = (dir: string, env: string | undefined): Promise<LoadResult> => (seen.push(env), loadDefinitions({ dir, cwd: ws!.dir, processEnv: {} }));
    const own = await openSavedPlan({ path, load, connect: () => client });
    const told = await openSavedPlan({ path, environment: "prod", load, connect: () => client });
    expect(seen).toEqual(["staging", "prod"]);
    expect([own.environment, told.environment]).toEqual(["staging", "prod"]);
  });

  it("refuses definitions with errors before any request", async () => {
    const { client, path, ws } = await planFile({ "agents/support.yaml": AGENT });
    ws.write("agents/broken.yaml", "apiVersion: atoms-gitops/v1\nkind: Agent\nmetadata: {}\n");
    const requests = ws.emulator.requests.length;
    await expect(openSavedPlan({ path, load: (dir) => loadDefinitions({ dir, cwd: ws.dir, processEnv: {} }), connect: () => client })).rejects.toThrow(UserInputError);
    expect(ws.emulator.requests.length).toBe(requests);
  });

  it("refuses definitions with errors before it connects, so a broken definition is said before a missing key", async () => {
    const { path, ws } = await planFile({ "agents/support.yaml": AGENT });
    ws.write("agents/broken.yaml", "apiVersion: atoms-gitops/v1\nkind: Agent\nmetadata: {}\n");
    let connected = false;
    const opening = openSavedPlan({
      path,
      load: (dir) => loadDefinitions({ dir, cwd: ws.dir, processEnv: {} }),
      connect: () => {
        connected = true;
        throw new Error("no API key");
      },
    });
    await expect(opening).rejects.toThrow(UserInputError);
    await expect(opening).rejects.toThrow(/have errors; nothing was applied/);
    expect(connected).toBe(false);
  });

  it("names an unreadable plan file as typed, before it loads anything", async () => {
    ws = await startWorkspace();
    let loaded = false;
    const opening = openSavedPlan({ path: join(ws.dir, "gone.json"), shownAs: "gone.json", load: async () => ((loaded = true), {} as LoadResult), connect: () => createClient({ baseUrl: ws!.baseUrl, apiKey: EMULATOR_KEY }) });
    await expect(opening).rejects.toThrow("cannot read plan file gone.json: ENOENT");
    expect(loaded).toBe(false);
  });
});
