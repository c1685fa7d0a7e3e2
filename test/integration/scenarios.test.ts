import { cpSync, existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Emulator, SeedAgent } from "../../src/emulator/index.js";
import { loadDefinitions } from "../../src/load/index.js";
import type { AgentDefinition } from "../../src/model/definition.js";
import { specEntries } from "../../src/plan/field-map.js";
import { expectGolden, normalizeOutput } from "../helpers/golden.js";
import { startWorkspace, writesIn, type Workspace } from "../helpers/workspace.js";

/**
 * Golden scenarios (decK-style numbered folders): seed the emulator from remote.json, plan the folder's agents/,
 * compare text, json and markdown with the goldens, apply, and require the next plan to be empty and every live
 * config to hold what the resolved definitions say. Each runs against both API models; one set of goldens serves both.
 * Everything else in a folder (bases/, tools/, prompts/, policies/, atoms-gitops.yaml) is the repository around agents/.
 */
const ROOT = resolve(import.meta.dirname, "../fixtures/scenarios");
const scenarios = readdirSync(ROOT).filter((d) => existsSync(join(ROOT, d, "remote.json"))).sort();
const NOT_REPOSITORY = /^(remote\.json|plan\.(txt|json|md)|validate\.txt)$/;

interface RemoteFixture {
  agents: SeedAgent[];
  env?: Record<string, string>;
  /** A policy `deny` (or another error) refuses the definitions: validate and plan exit 1, apply writes nothing. */
  refused?: boolean;
}

describe.each(["versions", "branches"] as const)("plan scenarios against the %s model", (model) => {
  let ws: Workspace;
  afterEach(async () => ws?.close());

  it.each(scenarios)("%s", async (name) => {
    const folder = join(ROOT, name);
    const remote = JSON.parse(readFileSync(join(folder, "remote.json"), "utf8")) as RemoteFixture;
    ws = await startWorkspace({ model });
    for (const entry of readdirSync(folder)) {
      if (!NOT_REPOSITORY.test(entry)) cpSync(join(folder, entry), join(ws.dir, entry), { recursive: true });
    }
    for (const seed of remote.agents) ws.emulator.control.seedAgent(seed);
    const env = remote.env ?? {};

    if (remote.refused) {
      await expectRefused(ws, folder, env);
      return;
    }

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

    const loaded = await loadDefinitions({ dir: "agents", cwd: ws.dir, processEnv: env });
    for (const definition of loaded.definitions) expectLiveMatches(ws.emulator, definition);
  });
});

async function expectRefused(ws: Workspace, folder: string, env: Record<string, string>): Promise<void> {
  const validate = await ws.cli(["validate"], env);
  expect(validate.code, validate.stdout).toBe(1);
  expectGolden(join(folder, "validate.txt"), normalizeOutput(validate.stdout, ws.baseUrl));
  for (const [format, file] of [["text", "plan.txt"], ["json", "plan.json"], ["markdown", "plan.md"]] as const) {
    const run = await ws.cli(["plan", "--format", format], env);
    expect(run.code, run.stdout + run.stderr).toBe(1);
    // JSON stays one document on stdout (validate's shape), so a pipeline can read why; people read stderr too.
    if (format === "json") expect((JSON.parse(run.stdout) as { valid: boolean }).valid).toBe(false);
    expectGolden(join(folder, file), normalizeOutput(format === "json" ? run.stdout : run.stdout + run.stderr, ws.baseUrl));
  }
  const apply = await ws.cli(["apply", "--yes"], env);
  expect(apply.code, apply.stdout + apply.stderr).toBe(1);
  // The request log is the proof: not one write, not even a draft opened and discarded.
  expect(writesIn(ws.emulator)).toEqual([]);
  expect(ws.emulator.state.openDrafts()).toBe(0);
}

/** Every field the resolved definition sets is live, as it says (the platform may add fields of its own). */
function expectLiveMatches(emulator: Emulator, definition: AgentDefinition): void {
  const agent = emulator.state.agents.find((a) => a.name === definition.metadata.name && !a.archived);
  expect(agent, definition.metadata.name).toBeDefined();
  const live = emulator.state.activeVersion(agent!._id)!.config as Record<string, unknown>;
  for (const { mapping, value } of specEntries(definition.spec)) {
    const at = mapping.resolved.split("/").slice(1).reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], live);
    const what = `${definition.metadata.name}: live ${mapping.resolved}`;
    if (value !== null && typeof value === "object") expect(at, what).toMatchObject(value);
    else expect(at, what).toEqual(value);
  }
  if (definition.metadata.description !== undefined) expect(agent!.description).toBe(definition.metadata.description);
}
