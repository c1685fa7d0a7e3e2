import { afterEach, describe, expect, it } from "vitest";
import { createEmulator, type Emulator } from "../../src/emulator/index.js";
import { runCli } from "../helpers/cli.js";
import { agentYaml, BASE_SPEC } from "../helpers/defs.js";
import { EMULATOR_KEY, startWorkspace, writesIn, type Workspace } from "../helpers/workspace.js";

describe.each(["versions", "branches"] as const)("phone numbers against the %s model", (model) => {
  let ws: Workspace;
  afterEach(async () => ws?.close());

  it("a number in a new agent's definition is really linked after create (the create body cannot do it)", async () => {
    ws = await startWorkspace({ model });
    ws.write("agents/hotline.yaml", agentYaml("hotline", BASE_SPEC, 'phoneNumbers: ["+14155550102"]'));
    const run = await ws.cli(["apply", "--yes"]);
    expect(run.code, run.stdout + run.stderr).toBe(0);

    const agent = ws.emulator.state.agents.find((a) => a.name === "hotline")!;
    const number = ws.emulator.state.phoneNumbers().find((p) => p.attributes.phoneNumber === "+14155550102")!;
    expect(number.agentId).toBe(agent._id);
    expect(ws.emulator.state.phoneNumbers().filter((p) => p.agentId === agent._id)).toHaveLength(1);
    // Linked through PATCH /agent/{id} with the product id, after the create.
    const writes = writesIn(ws.emulator);
    expect(writes.indexOf(`PATCH /agent/${agent._id}`)).toBeGreaterThan(writes.indexOf("POST /agent"));
    const patch = ws.emulator.requests.find((r) => r.method === "PATCH" && r.path === `/agent/${agent._id}`)!;
    expect(patch.body).toEqual({ telephonyProductId: [number._id] });
    // The agent reads back with the number, and the plan is empty.
    const dto = (await (await fetch(`${ws.baseUrl}/agent/${agent._id}`, { headers: { Authorization: `Bearer ${EMULATOR_KEY}` } })).json()) as { data: { phoneNumber: string[] } };
    expect(dto.data.phoneNumber).toEqual(["+14155550102"]);
    const plan = await ws.cli(["plan", "--detailed-exitcode"]);
    expect(plan.code, plan.stdout).toBe(0);
    // Import writes the link back, so a round trip keeps it.
    const imported = await ws.cli(["import", "--agent", "hotline", "--force"]);
    expect(imported.code).toBe(0);
    expect((await ws.cli(["plan", "--detailed-exitcode"])).code).toBe(0);
  });

  it("an unknown number is a plan-time error located in the file, and nothing is written", async () => {
    ws = await startWorkspace({ model });
    ws.write("agents/hotline.yaml", agentYaml("hotline", BASE_SPEC, 'phoneNumbers: ["+14155550102", "+14155559999"]'));
    const run = await ws.cli(["apply", "--yes"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/agents\/hotline\.yaml:\d+:\d+ error remote\/unknown-phone-number: phone number \+14155559999 is not in this workspace/);
    expect(writesIn(ws.emulator)).toEqual([]);
    expect((await ws.cli(["plan"])).code).toBe(1);
  });
});

describe("phone numbers and a saved plan", () => {
  let ws: Workspace;
  afterEach(async () => ws?.close());

  it("a number gone from the workspace since planning fails the saved plan up front, located, with nothing written", async () => {
    ws = await startWorkspace();
    ws.write("agents/hotline.yaml", agentYaml("hotline", BASE_SPEC, 'phoneNumbers: ["+14155550102"]'));
    const planned = await ws.cli(["plan", "--out", "plan.json"]);
    expect(planned.code, planned.stderr).toBe(0);
    // The number is released and another one takes its record's place.
    ws.emulator.state.phoneNumbers().find((p) => p.attributes.phoneNumber === "+14155550102")!.attributes.phoneNumber = "+14155550199";
    const run = await ws.cli(["apply", "plan.json", "--yes"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/agents\/hotline\.yaml:\d+:\d+ error remote\/unknown-phone-number: phone number \+14155550102 is not in this workspace/);
    expect(writesIn(ws.emulator)).toEqual([]);
  });
});

describe("environments: one set of definitions, two workspaces", () => {
  const emulators: Emulator[] = [];
  afterEach(async () => {
    await Promise.all(emulators.splice(0).map((e) => e.close()));
  });

  async function twoWorkspaces() {
    const staging = createEmulator({ securityCheckMs: 0, model: "versions", apiKeys: { sk_staging_key: "org_staging" }, phoneNumbers: [] });
    const prod = createEmulator({ securityCheckMs: 0, model: "versions", apiKeys: { sk_prod_key: "org_prod" }, phoneNumbers: [] });
    emulators.push(staging, prod);
    const s = await staging.listen({ port: 0 });
    const p = await prod.listen({ port: 0 });
    const ws = await startWorkspace();
    await ws.emulator.close();
    ws.write(
      "atoms-gitops.yaml",
      [
        "environments:",
        "  staging:",
        `    baseUrl: ${s.url}`,
        "    apiKeyEnv: ATOMS_KEY_STAGING",
        "    vars: { speed: 1.3 }",
        "  prod:",
        `    baseUrl: ${p.url}`,
        "    apiKeyEnv: ATOMS_KEY_PROD",
        "    vars: { speed: 1.1 }",
        "",
      ].join("\n"),
    );
    ws.write("agents/support-bot.yaml", agentYaml("support-bot", BASE_SPEC.replace("speed: 1.1", "speed: ${vars.speed}")));
    const cli = (argv: string[]) =>
      runCli(argv, { cwd: ws.dir, env: { ATOMS_KEY_STAGING: "sk_staging_key", ATOMS_KEY_PROD: "sk_prod_key" } });
    return { staging, prod, ws, cli };
  }

  it("plan --env staging and --env prod each match by name in their own workspace; apply to staging leaves prod alone", async () => {
    const { staging, prod, ws, cli } = await twoWorkspaces();
    try {
      const stagingId = staging.control.seedAgent({ name: "support-bot", organization: "org_staging", config: {} });
      const prodId = prod.control.seedAgent({ name: "support-bot", organization: "org_prod", config: {} });

      const planS = JSON.parse((await cli(["plan", "--env", "staging", "--format", "json"])).stdout) as { target: { environment: string; baseUrl: string }; agents: Array<{ id: string; action: string; changes: Array<{ path: string; after: unknown }> }> };
      const planP = JSON.parse((await cli(["plan", "--env", "prod", "--format", "json"])).stdout) as typeof planS;
      expect(planS.target.environment).toBe("staging");
      expect(planS.agents[0]).toMatchObject({ id: stagingId, action: "update" });
      expect(planP.agents[0]).toMatchObject({ id: prodId, action: "update" });
      expect(planS.agents[0]!.changes.find((c) => c.path === "/spec/synthesizer/speed")!.after).toBe(1.3);
      expect(planP.agents[0]!.changes.find((c) => c.path === "/spec/synthesizer/speed")!.after).toBe(1.1);

      const prodWrites = writesIn(prod).length;
      const apply = await cli(["apply", "--env", "staging", "--yes"]);
      expect(apply.code, apply.stdout + apply.stderr).toBe(0);
      expect(writesIn(prod)).toHaveLength(prodWrites);
      expect((await cli(["plan", "--env", "staging", "--detailed-exitcode"])).code).toBe(0);
      expect((await cli(["plan", "--env", "prod", "--detailed-exitcode"])).code).toBe(2);
      expect((await cli(["drift", "--env", "prod", "--detailed-exitcode"])).code).toBe(2);
      expect((await cli(["versions", "support-bot", "--env", "staging"])).stdout).toContain(stagingId);
      // The key of one workspace never appears in output.
      const out = await cli(["plan", "--env", "prod", "-v"]);
      expect(out.stdout + out.stderr).not.toContain("sk_prod_key");
    } finally {
      await ws.close().catch(() => {});
    }
  });

  it("an unknown --env names the known ones", async () => {
    const { ws, cli } = await twoWorkspaces();
    try {
      const run = await cli(["drift", "--env", "production"]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain("known: staging, prod");
    } finally {
      await ws.close().catch(() => {});
    }
  });
});

describe("help", () => {
  it.each(["import", "drift", "versions", "rollback"])("%s --help explains its flags with an example", async (name) => {
    const run = await runCli([name, "--help"], { cwd: process.cwd() });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Examples:");
    expect(run.stdout).toContain(`$ atoms-gitops ${name}`);
    expect(run.stdout).toContain("--env");
  });
});
