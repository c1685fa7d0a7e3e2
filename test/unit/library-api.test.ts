import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import * as lib from "../../src/index.js";
import { agentYaml, BASE_CONFIG, BASE_SPEC } from "../helpers/defs.js";

describe("library API", () => {
  let dir: string | undefined;
  const cwd = process.cwd();
  afterEach(() => {
    process.chdir(cwd);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("exports the documented functions", () => {
    for (const name of ["loadDefinitions", "createClient", "planWorkspace", "renderPlanText", "applyWorkspace", "buildPlan", "createEmulator"]) {
      expect(typeof (lib as Record<string, unknown>)[name], name).toBe("function");
    }
  });

  it("has one name per verb: the retired aliases of plan and apply are gone", () => {
    for (const name of ["createPlan", "applyPlan", "runApply", "renderPlan"]) {
      expect((lib as Record<string, unknown>)[name], name).toBeUndefined();
    }
  });

  async function workspace() {
    dir = mkdtempSync(join(tmpdir(), "atoms-lib-"));
    mkdirSync(join(dir, "agents"));
    writeFileSync(join(dir, "agents", "alpha.yaml"), agentYaml("alpha", BASE_SPEC.replace("speed: 1.1", "speed: 1.3")));
    const emulator = lib.createEmulator({ securityCheckMs: 0, model: "versions" });
    const id = emulator.control.seedAgent({ name: "alpha", config: BASE_CONFIG });
    const load = await lib.loadDefinitions({ dir: join(dir, "agents"), cwd: dir, processEnv: {} });
    const client = lib.createClient({ baseUrl: "http://127.0.0.1/atoms/v1", apiKey: "sk_emulator_local", fetch: (r) => emulator.fetch(r) });
    return { dir, emulator, id, load, client };
  }

  it("scripts a custom check and a deploy end to end against an in-process emulator (no sockets)", async () => {
    const { dir, emulator, load, client } = await workspace();
    const planned = await lib.planWorkspace({ load, client, dir: "agents" });

    // A custom team rule, scripted on the plan data: no agent may slow its voice below 1.0.
    const speeds = planned.plan.agents.flatMap((a) => a.changes.filter((c) => c.path === "/spec/synthesizer/speed").map((c) => c.after));
    expect(speeds).toEqual([1.3]);
    expect(lib.renderPlanText(planned.plan)).toContain("/spec/synthesizer/speed: 1.1 -> 1.3");
    expect(JSON.parse(lib.renderPlanJson(planned.plan)).summary.update).toBe(1);

    const result = await lib.applyWorkspace(planned, { client, label: "custom-script", journal: { dir: lib.journalDirFor(dir) } });
    expect(result.ok).toBe(true);
    expect(result.summary.applied).toBe(1);
    const again = await lib.planWorkspace({ load, client, dir: "agents" });
    expect(again.plan.summary.update + again.plan.summary.create).toBe(0);
    await emulator.close();
  });

  it("applies as the CLI does by default: journal in the working directory's .atoms-gitops/journal, label from the plan's git sha", async () => {
    const { dir, emulator, id, load, client } = await workspace();
    process.chdir(dir);
    const planned = await lib.planWorkspace({ load, client, dir: "agents", gitSha: "abc1234" });

    const result = await lib.applyWorkspace(planned, { client });

    expect(result.ok).toBe(true);
    expect(emulator.state.activeVersion(id)?.doc.label).toBe(lib.defaultLabel("abc1234"));
    expect(lib.defaultLabel("abc1234")).toBe("atoms-gitops abc1234");
    const journalDir = join(dir, ".atoms-gitops", "journal");
    const files = readdirSync(journalDir);
    expect(files).toHaveLength(1);
    expect(result.journalFile).toBe(join(journalDir, files[0]!));
    const records = readFileSync(join(journalDir, files[0]!), "utf8").trim().split("\n").map((l) => JSON.parse(l) as { type: string; label?: string; step?: string });
    expect(records[0]).toMatchObject({ type: "run-start", label: "atoms-gitops abc1234" });
    expect(records.some((r) => r.type === "step" && r.step === "publish")).toBe(true);
    expect(records.at(-1)).toMatchObject({ type: "run-end", ok: true });
    // The journal is what the next CLI apply's recovery pre-pass reads: this run finished, so it leaves nothing to recover.
    expect(lib.inspectJournals(journalDir).dead.size).toBe(0);
    await emulator.close();
  });

  it("writes no journal file when told not to", async () => {
    const { dir, emulator, load, client } = await workspace();
    process.chdir(dir);
    const planned = await lib.planWorkspace({ load, client, dir: "agents" });
    const result = await lib.applyWorkspace(planned, { client, journal: { dir: false } });
    expect(result.ok).toBe(true);
    expect(result.journalFile).toBeUndefined();
    expect(readdirSync(dir)).toEqual(["agents"]);
    await emulator.close();
  });
});
