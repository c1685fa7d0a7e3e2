import { afterEach, describe, expect, it } from "vitest";
import { agentYaml, BASE_CONFIG, BASE_SPEC } from "../helpers/defs.js";
import { startWorkspace, writesIn, type Workspace } from "../helpers/workspace.js";

describe.each(["versions", "branches"] as const)("drift against the %s model", (model) => {
  let ws: Workspace;
  afterEach(async () => ws?.close());

  async function inSync() {
    ws = await startWorkspace({ model });
    const ids = {
      alpha: ws.emulator.control.seedAgent({ name: "alpha", config: BASE_CONFIG }),
      beta: ws.emulator.control.seedAgent({ name: "beta", config: BASE_CONFIG }),
    };
    ws.write("agents/alpha.yaml", agentYaml("alpha", BASE_SPEC.replace("speed: 1.1", "speed: 1.2")));
    ws.write("agents/beta.yaml", agentYaml("beta", BASE_SPEC));
    expect((await ws.cli(["apply", "--yes", "--label", "atoms-gitops abc1234"])).code).toBe(0);
    return ids;
  }

  it("no drift: exit 0 with --detailed-exitcode", async () => {
    await inSync();
    const run = await ws.cli(["drift", "--detailed-exitcode"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("No drift");
    expect(run.stdout).toContain("2 agents match git");
  });

  it("reports a dashboard edit with its version label, who published it, and that the tool did not", async () => {
    const ids = await inSync();
    const writes = writesIn(ws.emulator).length;
    ws.emulator.control.dashboardEdit(ids.alpha, { firstMessage: "Hello from the dashboard" }, { label: "friday tweak", by: "Jane Doe" });

    const run = await ws.cli(["drift", "--detailed-exitcode"]);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stdout).toContain("Drift in");
    expect(run.stdout).toContain("1 agent differ");
    expect(run.stdout).toMatch(/~ alpha \([0-9a-f]{24}\)/);
    expect(run.stdout).toMatch(/live: version \d+ "friday tweak" published by Jane Doe at \d{4}-/);
    expect(run.stdout).toContain('not published by atoms-gitops (its last version:');
    expect(run.stdout).toContain("atoms-gitops abc1234");
    expect(run.stdout).toContain('/spec/firstMessage: live "Hello from the dashboard", git "Hi, thanks for calling Acme."');
    expect(run.stdout).not.toContain("~ beta");

    const json = JSON.parse((await ws.cli(["drift", "--format", "json"])).stdout) as {
      drifted: Array<{ name: string; changes: Array<{ path: string }>; provenance: { label: string; publishedBy: string; publishedByTool: boolean; lastToolVersion: { label: string } } }>;
    };
    expect(json.drifted).toHaveLength(1);
    expect(json.drifted[0]!.name).toBe("alpha");
    expect(json.drifted[0]!.changes.map((c) => c.path)).toEqual(["/spec/firstMessage"]);
    expect(json.drifted[0]!.provenance).toMatchObject({ label: "friday tweak", publishedBy: "Jane Doe", publishedByTool: false, lastToolVersion: { label: "atoms-gitops abc1234" } });

    const md = (await ws.cli(["drift", "--format", "markdown"])).stdout;
    expect(md).toContain("Drift");
    expect(md).toContain("| alpha | `/spec/firstMessage` |");
    expect(md).toContain("**no**");
    // Drift only reads.
    expect(writesIn(ws.emulator)).toHaveLength(writes);
  });

  it("without --detailed-exitcode drift exits 0; a definition missing remotely is drift too", async () => {
    await inSync();
    ws.write("agents/gamma.yaml", agentYaml("gamma", BASE_SPEC));
    const run = await ws.cli(["drift"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("! gamma (agents/gamma.yaml): defined in git but not in this workspace");
  });
});
