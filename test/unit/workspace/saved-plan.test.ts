import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createClient, loadDefinitions, planWorkspace, prepareSavedApply, readSavedPlan, UserInputError } from "../../../src/index.js";
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

  it("refuses definitions with errors before any request", async () => {
    const { client, plan, ws } = await savedPlan({ "agents/support.yaml": AGENT });
    ws.write("agents/broken.yaml", "apiVersion: atoms-gitops/v1\nkind: Agent\nmetadata: {}\n");
    const load = await loadDefinitions({ dir: join(ws.dir, "agents"), cwd: ws.dir, processEnv: {} });
    const requests = ws.emulator.requests.length;
    await expect(prepareSavedApply({ plan, load, client })).rejects.toThrow(UserInputError);
    expect(ws.emulator.requests.length).toBe(requests);
  });

  it("reads a plan file and names it as typed in its errors", async () => {
    ws = await startWorkspace();
    ws.write("plan.json", "{ not json");
    await expect(readSavedPlan(join(ws.dir, "plan.json"), "plan.json")).rejects.toThrow("plan.json is not a usable plan file");
    await expect(readSavedPlan(join(ws.dir, "missing.json"), "missing.json")).rejects.toThrow("cannot read plan file missing.json: ENOENT");
  });
});
