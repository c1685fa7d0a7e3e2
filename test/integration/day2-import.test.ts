import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadDefinitions, specToCreateBody } from "../../src/index.js";
import { BASE_CONFIG } from "../helpers/defs.js";
import { startWorkspace, writesIn, type Workspace } from "../helpers/workspace.js";

const REPO = resolve(import.meta.dirname, "../..");

/** Create bodies of the repository's example agents: real, varied configs (tools of every kind, languages, analytics). */
async function exampleBodies(): Promise<Array<Record<string, unknown>>> {
  const load = await loadDefinitions({ dir: join(REPO, "agents"), cwd: REPO, processEnv: {} });
  expect(load.definitions.length).toBeGreaterThan(0);
  return load.definitions.map((d) => {
    const body = specToCreateBody(d) as Record<string, unknown>;
    delete body.name;
    return body;
  });
}

/** 30 agents that differ in the ways a real workspace does. */
async function seedThirty(ws: Workspace): Promise<string[]> {
  const examples = await exampleBodies();
  const names: string[] = [];
  for (let i = 0; i < 30; i++) {
    const example = examples[Math.floor(i / 6) % examples.length]!;
    const variants: Array<[string, Record<string, unknown>, string | undefined]> = [
      [`Example ${i}`, example, undefined],
      [`Support Bot ${i}`, BASE_CONFIG, "Tier-1 support"],
      [`Ünïcode agent № ${i}`, { ...BASE_CONFIG, firstMessage: `Hola ${i}! Price is $${i}.00 and {{name}} \${literal} text` }, undefined],
      [`bare-${i}`, {}, undefined],
      [`Spanish desk ${i}`, { language: { default: "es", supported: ["es", "en"], switching: { isEnabled: true } }, singlePromptConfig: { prompt: `Habla español.\n\${not.a.var} ${i}\n` } }, undefined],
      [`speedy ${i}`, { synthesizer: { speed: 0.8 + (i % 5) / 10 }, denoisingConfig: { isEnabled: true }, redactionConfig: { isEnabled: false } }, `speed ${i}`],
    ];
    const [name, config, description] = variants[i % variants.length]!;
    ws.emulator.control.seedAgent({ name, config, ...(description ? { description } : {}) });
    names.push(name);
  }
  return names;
}

describe.each(["versions", "branches"] as const)("import against the %s model", (model) => {
  let ws: Workspace;
  afterEach(async () => ws?.close());

  it("imports 30 varied agents; validate passes and plan is empty right after", async () => {
    ws = await startWorkspace({ model });
    const names = await seedThirty(ws);
    // A dashboard edit after creation: import reads the active version, not V1.
    const edited = ws.emulator.state.agents.find((a) => a.name === names[1])!;
    ws.emulator.control.dashboardEdit(edited._id, { firstMessage: "Edited in the dashboard" });

    const run = await ws.cli(["import", "--all"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("Imported 30 agents");
    expect(run.stdout).toMatch(/wrote agents\/support-bot-1\.yaml \(pinned [0-9a-f]{24}, \d+ fields\)/);
    expect(readdirSync(join(ws.dir, "agents")).filter((f) => f.endsWith(".yaml"))).toHaveLength(30);
    // Import is read-only.
    expect(writesIn(ws.emulator)).toEqual([]);

    const supportBot = readFileSync(join(ws.dir, "agents/support-bot-1.yaml"), "utf8");
    expect(supportBot.startsWith("# yaml-language-server: $schema=../schemas/agent.schema.json\n")).toBe(true);
    expect(supportBot).toContain("Edited in the dashboard");
    expect(supportBot).toContain(`id: ${edited._id}`);
    // Only non-default fields: the default voice model and redaction are not written.
    expect(supportBot).not.toContain("redactionConfig");
    // Literal `${` in live text is escaped so the loader does not interpolate it.
    expect(readFileSync(join(ws.dir, "agents/unicode-agent-no-2.yaml"), "utf8")).toContain("$${literal}");
    // The example with a header value is flagged, without echoing the value.
    expect(run.stderr).toContain("may be credentials");
    expect(run.stderr).not.toContain("local-dev-token");

    const validate = await ws.cli(["validate"]);
    expect(validate.code, validate.stdout + validate.stderr).toBe(0);
    const plan = await ws.cli(["plan", "--detailed-exitcode"]);
    expect(plan.code, plan.stdout + plan.stderr).toBe(0);
    expect(plan.stdout).toContain("No changes");
    expect(plan.stdout).not.toContain("nmanaged");
  });
});

describe("import options", () => {
  let ws: Workspace;
  afterEach(async () => ws?.close());

  it("--prompt-files writes prompts/<name>.md and the definition references it; plan stays empty", async () => {
    ws = await startWorkspace();
    ws.emulator.control.seedAgent({ name: "Support Bot", config: { ...BASE_CONFIG, singlePromptConfig: { ...BASE_CONFIG.singlePromptConfig, prompt: "Costs ${price}.\nBye.\n" } } });
    const run = await ws.cli(["import", "--agent", "Support Bot", "--prompt-files"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("prompt in agents/prompts/support-bot.md");
    expect(readFileSync(join(ws.dir, "agents/prompts/support-bot.md"), "utf8")).toBe("Costs $${price}.\nBye.\n");
    expect(readFileSync(join(ws.dir, "agents/support-bot.yaml"), "utf8")).toContain("file: prompts/support-bot.md");
    expect((await ws.cli(["plan", "--detailed-exitcode"])).code).toBe(0);
  });

  it("skips existing files unless --force, and --force rewrites the definition in place", async () => {
    ws = await startWorkspace();
    const id = ws.emulator.control.seedAgent({ name: "alpha", config: BASE_CONFIG });
    expect((await ws.cli(["import", "--agent", "alpha"])).code).toBe(0);
    const again = await ws.cli(["import", "--agent", id]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("skipped alpha: already defined in agents/alpha.yaml (use --force to overwrite it)");

    ws.emulator.control.dashboardEdit(id, { firstMessage: "Changed live" });
    const forced = await ws.cli(["import", "--agent", "alpha", "--force"]);
    expect(forced.code, forced.stderr).toBe(0);
    expect(forced.stdout).toContain("overwrote agents/alpha.yaml");
    expect(readdirSync(join(ws.dir, "agents"))).toEqual(["alpha.yaml"]);
    expect(readFileSync(join(ws.dir, "agents/alpha.yaml"), "utf8")).toContain("Changed live");
    expect((await ws.cli(["plan", "--detailed-exitcode"])).code).toBe(0);
  });

  it("an unknown agent exits 1 but the known ones are written; same slug gets a suffix", async () => {
    ws = await startWorkspace();
    ws.emulator.control.seedAgent({ name: "Sales Bot", config: BASE_CONFIG });
    ws.emulator.control.seedAgent({ name: "sales-bot", config: BASE_CONFIG });
    const run = await ws.cli(["import", "--agent", "Sales Bot,sales-bot,nope"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('no agent named or with id "nope"');
    expect(existsSync(join(ws.dir, "agents/sales-bot.yaml"))).toBe(true);
    expect(existsSync(join(ws.dir, "agents/sales-bot-2.yaml"))).toBe(true);
    expect((await ws.cli(["plan", "--detailed-exitcode"])).code).toBe(0);
  });

  it("refuses names that cannot be a metadata.name and agents that share a name", async () => {
    ws = await startWorkspace();
    ws.emulator.control.seedAgent({ name: " padded ", config: BASE_CONFIG });
    ws.emulator.control.seedAgent({ name: "twin", config: BASE_CONFIG });
    ws.emulator.control.seedAgent({ name: "twin", config: BASE_CONFIG });
    ws.emulator.control.seedAgent({ name: "fine", config: BASE_CONFIG });
    const run = await ws.cli(["import", "--all"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('its name " padded " is not a valid metadata.name');
    expect(run.stderr).toMatch(/"twin" .*2 agents share that name/);
    expect(readdirSync(join(ws.dir, "agents"))).toEqual(["fine.yaml"]);
    expect((await ws.cli(["validate"])).code).toBe(0);
  });

  it("without --agent or --all, explains what to pass", async () => {
    ws = await startWorkspace();
    const run = await ws.cli(["import"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("--agent NAME|ID");
  });
});

describe.each(["versions", "branches"] as const)("import beside a fleet (%s model)", (model) => {
  let ws: Workspace;
  afterEach(async () => ws?.close());

  const fleet: Record<string, string> = {
    "agents/_shared/voice.yaml": "apiVersion: atoms-gitops/v1\nkind: AgentBase\nmetadata:\n  name: voice\nspec:\n  firstMessage: Hello from Acme.\n  synthesizer:\n    speed: 1.15\n  tools:\n    - ref: ../../tools/end-call.yaml\n",
    "tools/end-call.yaml": "apiVersion: atoms-gitops/v1\nkind: Tool\nmetadata:\n  name: end-call\nspec:\n  type: end_call\n  name: end_call\n  description: Ends the call.\n",
    "prompts/intro.md": "You work for Acme.\n",
    "agents/support.yaml": "apiVersion: atoms-gitops/v1\nkind: Agent\nmetadata:\n  name: support-line\nextends: _shared/voice.yaml\nspec:\n  prompt: { files: [../prompts/intro.md] }\n",
    "agents/billing.yaml": "apiVersion: atoms-gitops/v1\nkind: Agent\nmetadata:\n  name: billing-line\nextends: _shared/voice.yaml\nspec:\n  prompt: You bill.\n",
  };

  it("writes plain definitions for live agents only, leaves the fleet's files alone, and plan is empty right after", async () => {
    ws = await startWorkspace({ model });
    for (const [rel, text] of Object.entries(fleet)) ws.write(rel, text);
    const applied = await ws.cli(["apply", "--yes"]);
    expect(applied.code, applied.stdout + applied.stderr).toBe(0);
    // A live agent nobody defines yet, configured like the fleet (the same voice and tool): still imported plainly.
    ws.emulator.control.seedAgent({ name: "legacy-line", config: { firstMessage: "Hello from Acme.", synthesizer: { speed: 1.15 }, singlePromptConfig: { prompt: "Legacy.\n", tools: [{ type: "end_call", name: "end_call", description: "Ends the call." }] } } });

    const run = await ws.cli(["import", "--all"]);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain("skipped support-line: already defined in agents/support.yaml");
    expect(run.stdout).toContain("skipped billing-line: already defined in agents/billing.yaml");
    const written = readFileSync(join(ws.dir, "agents/legacy-line.yaml"), "utf8");
    expect(written).not.toMatch(/^extends:|\bref:|kind: AgentBase/m);
    expect(written).toContain("kind: Agent\n");
    expect(written).toContain("name: end_call");
    for (const [rel, text] of Object.entries(fleet)) expect(readFileSync(join(ws.dir, rel), "utf8"), rel).toBe(text);
    expect(readdirSync(join(ws.dir, "agents")).sort()).toEqual(["_shared", "billing.yaml", "legacy-line.yaml", "support.yaml"]);

    const writes = writesIn(ws.emulator).length;
    const plan = await ws.cli(["plan", "--detailed-exitcode"]);
    expect(plan.code, plan.stdout + plan.stderr).toBe(0);
    expect(plan.stdout).toContain("No changes");
    expect(writesIn(ws.emulator)).toHaveLength(writes);
  });
});
