import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import * as lib from "../../src/index.js";
import { agentYaml, BASE_CONFIG, BASE_SPEC } from "../helpers/defs.js";

describe("library API", () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("exports the documented functions", () => {
    for (const name of ["loadDefinitions", "createClient", "createPlan", "renderPlan", "applyPlan", "createEmulator"]) {
      expect(typeof (lib as Record<string, unknown>)[name], name).toBe("function");
    }
  });

  it("scripts a custom check and a deploy end to end against an in-process emulator (no sockets)", async () => {
    dir = mkdtempSync(join(tmpdir(), "atoms-lib-"));
    mkdirSync(join(dir, "agents"));
    writeFileSync(join(dir, "agents", "alpha.yaml"), agentYaml("alpha", BASE_SPEC.replace("speed: 1.1", "speed: 1.3")));
    const emulator = lib.createEmulator({ securityCheckMs: 0, model: "versions" });
    emulator.control.seedAgent({ name: "alpha", config: BASE_CONFIG });

    const load = await lib.loadDefinitions({ dir: join(dir, "agents"), cwd: dir, processEnv: {} });
    const client = lib.createClient({ baseUrl: "http://127.0.0.1/atoms/v1", apiKey: "sk_emulator_local", fetch: (r) => emulator.fetch(r) });
    const planned = await lib.createPlan({ load, client });

    // A custom team rule, scripted on the plan data: no agent may slow its voice below 1.0.
    const speeds = planned.plan.agents.flatMap((a) => a.changes.filter((c) => c.path === "/spec/synthesizer/speed").map((c) => c.after));
    expect(speeds).toEqual([1.3]);
    expect(lib.renderPlan(planned.plan, "text")).toContain("/spec/synthesizer/speed: 1.1 -> 1.3");
    expect(JSON.parse(lib.renderPlan(planned.plan, "json")).summary.update).toBe(1);

    const result = await lib.applyPlan(planned, { client, label: "custom-script" });
    expect(result.ok).toBe(true);
    expect(result.summary.applied).toBe(1);
    const again = await lib.createPlan({ load, client });
    expect(again.plan.summary.update + again.plan.summary.create).toBe(0);
    await emulator.close();
  });
});
