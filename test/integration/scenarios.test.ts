import { cpSync, existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { SeedAgent } from "../../src/emulator/index.js";
import { expectGolden, normalizeOutput } from "../helpers/golden.js";
import { startWorkspace, writesIn, type Workspace } from "../helpers/workspace.js";

/**
 * Golden scenarios (decK-style numbered folders): seed the emulator from remote.json, plan the folder's agents/,
 * compare text, json and markdown with the goldens, apply, and require the next plan to be empty.
 * Each runs against both API models; one set of goldens serves both.
 */
const ROOT = resolve(import.meta.dirname, "../fixtures/scenarios");
const scenarios = readdirSync(ROOT).filter((d) => existsSync(join(ROOT, d, "remote.json"))).sort();

interface RemoteFixture {
  agents: SeedAgent[];
  env?: Record<string, string>;
}

describe.each(["versions", "branches"] as const)("plan scenarios against the %s model", (model) => {
  let ws: Workspace;
  afterEach(async () => ws?.close());

  it.each(scenarios)("%s", async (name) => {
    const folder = join(ROOT, name);
    const remote = JSON.parse(readFileSync(join(folder, "remote.json"), "utf8")) as RemoteFixture;
    ws = await startWorkspace({ model });
    cpSync(join(folder, "agents"), join(ws.dir, "agents"), { recursive: true });
    for (const seed of remote.agents) ws.emulator.control.seedAgent(seed);
    const env = remote.env ?? {};

    const outputs: Record<string, string> = {};
    for (const format of ["text", "json", "markdown"] as const) {
      const run = await ws.cli(["plan", "--format", format], env);
      expect(run.code, run.stderr).toBe(0);
      outputs[format] = normalizeOutput(run.stdout, ws.baseUrl);
    }
    // Planning is read-only, whatever the scenario.
    expect(writesIn(ws.emulator)).toEqual([]);

    expectGolden(join(folder, "plan.txt"), outputs.text!);
    expectGolden(join(folder, "plan.json"), outputs.json!);
    expectGolden(join(folder, "plan.md"), outputs.markdown!);

    // Sensitive values never show, in any format, nor in a saved plan file.
    const saved = await ws.cli(["plan", "--out", "plan.json"], env);
    expect(saved.code, saved.stderr).toBe(0);
    const planFile = readFileSync(join(ws.dir, "plan.json"), "utf8");
    for (const value of Object.values(env)) {
      for (const out of [...Object.values(outputs), planFile]) expect(out).not.toContain(value);
    }

    const apply = await ws.cli(["apply", "--yes"], env);
    expect(apply.code, apply.stdout + apply.stderr).toBe(0);
    const after = await ws.cli(["plan", "--detailed-exitcode"], env);
    expect(after.code, after.stdout).toBe(0);
    expect(after.stdout).toContain("No changes");
    expect(ws.emulator.state.openDrafts()).toBe(0);
  });
});
