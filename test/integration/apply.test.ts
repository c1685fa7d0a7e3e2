import { afterEach, describe, expect, it } from "vitest";
import { agentYaml, BASE_CONFIG, BASE_SPEC } from "../helpers/defs.js";
import { startWorkspace, writesIn, type Workspace } from "../helpers/workspace.js";

const MODELS = ["versions", "branches"] as const;

describe.each(MODELS)("apply against the %s model", (model) => {
  let ws: Workspace;
  afterEach(async () => ws?.close());

  async function seeded(names: string[], options: { securityCheckMs?: number } = {}) {
    ws = await startWorkspace({ model, securityCheckMs: options.securityCheckMs ?? 0 });
    const ids: Record<string, string> = {};
    for (const name of names) {
      ids[name] = ws.emulator.control.seedAgent({ name, config: BASE_CONFIG });
      ws.write(`agents/${name}.yaml`, agentYaml(name, BASE_SPEC));
    }
    return ids;
  }

  function activeVersion(id: string): string | null {
    const agent = ws.emulator.state.agents.find((a) => a._id === id);
    return agent?.activeVersionId ?? null;
  }

  function openDrafts(): number {
    return ws.emulator.state.openDrafts();
  }

  it("changes only what changed, verifies every write, activates only after the check passed, leaves no draft", async () => {
    const ids = await seeded(["alpha", "beta"], { securityCheckMs: 300 });
    ws.write("agents/alpha.yaml", agentYaml("alpha", BASE_SPEC.replace("speed: 1.1", "speed: 1.3")));
    ws.write("agents/beta.yaml", agentYaml("beta", BASE_SPEC.replace("Keep answers short.", "Keep answers very short.")));
    const before = { alpha: activeVersion(ids.alpha!), beta: activeVersion(ids.beta!) };

    const run = await ws.cli(["apply", "--yes"]);
    expect(run.stderr + run.stdout).toContain("2 applied");
    expect(run.code).toBe(0);

    const patches = ws.emulator.requests.filter((r) => (r.method === "PATCH" && r.path.endsWith("/config")) || (r.method === "PUT" && r.path.endsWith("/draft")));
    expect(patches).toHaveLength(2);
    const bodyFor = (id: string) => patches.find((p) => p.path.includes(id))!.body as Record<string, unknown>;
    const alphaBody = { ...bodyFor(ids.alpha!) };
    delete alphaBody.expectedRevision;
    expect(alphaBody).toEqual({ synthesizer: { speed: 1.3 } });
    const betaBody = { ...bodyFor(ids.beta!) };
    delete betaBody.expectedRevision;
    expect(betaBody).toEqual({ singlePromptConfig: { prompt: "You are a helpful support agent for Acme.\nKeep answers very short.\n" } });

    // A verification read of the draft follows every patch.
    for (const patch of patches) {
      const i = ws.emulator.requests.indexOf(patch);
      const verify = ws.emulator.requests.slice(i + 1).find((r) => r.method === "GET" && r.query.draftId);
      expect(verify, `verification read after ${patch.path}`).toBeDefined();
    }
    // Activation never raced the security check (the emulator answers 400 "Security check pending" if it did).
    const activations = ws.emulator.requests.filter((r) => /\/activate$|\/live$/.test(r.path));
    for (const a of activations) expect(a.status).toBe(200);
    expect(ws.emulator.requests.some((r) => r.path.startsWith("/workflow"))).toBe(false);
    expect(openDrafts()).toBe(0);
    expect(activeVersion(ids.alpha!)).not.toBe(before.alpha);
    expect(activeVersion(ids.beta!)).not.toBe(before.beta);

    // Idempotent: a second apply writes nothing, and plan is empty.
    const writes = writesIn(ws.emulator).length;
    const again = await ws.cli(["apply", "--yes"]);
    expect(again.code).toBe(0);
    expect(writesIn(ws.emulator)).toHaveLength(writes);
    const plan = await ws.cli(["plan", "--detailed-exitcode"]);
    expect(plan.code).toBe(0);
    expect(plan.stdout).toContain("No changes");
  });

  it("a tools-only change resends the current prompt inside singlePromptConfig", async () => {
    const ids = await seeded(["alpha"]);
    ws.write(
      "agents/alpha.yaml",
      agentYaml(
        "alpha",
        `${BASE_SPEC}
  - type: transfer_call
    name: to_human
    description: Transfer to a person.
    transferNumber: "+14155550100"
    transferOption:
      type: cold_transfer`,
      ),
    );
    const run = await ws.cli(["apply", "--yes"]);
    expect(run.code, run.stderr).toBe(0);
    const patch = ws.emulator.requests.find((r) => (r.method === "PATCH" && r.path.endsWith("/config")) || (r.method === "PUT" && r.path.endsWith("/draft")))!;
    const body = patch.body as { singlePromptConfig: { prompt: string; tools: Array<{ name: string }> } };
    expect(Object.keys(body).filter((k) => k !== "expectedRevision")).toEqual(["singlePromptConfig"]);
    expect(body.singlePromptConfig.prompt).toBe(BASE_CONFIG.singlePromptConfig.prompt);
    expect(body.singlePromptConfig.tools.map((t) => t.name)).toEqual(["end_call", "to_human"]);
    expect(activeVersion(ids.alpha!)).toBeTruthy();
    expect((await ws.cli(["plan"])).stdout).toContain("No changes");
  });

  it("creates a new agent and brings it to the definition", async () => {
    await seeded([]);
    ws.write("agents/fresh.yaml", agentYaml("fresh", BASE_SPEC.replace("speed: 1.1", "speed: 0.9")));
    const run = await ws.cli(["apply", "--yes"]);
    expect(run.code, run.stderr).toBe(0);
    const create = ws.emulator.requests.find((r) => r.method === "POST" && r.path === "/agent");
    expect(create?.status).toBe(201);
    expect(ws.emulator.state.agents.filter((a) => a.name === "fresh")).toHaveLength(1);
    expect((await ws.cli(["plan", "--detailed-exitcode"])).code).toBe(0);
  });

  it("a failed security check on one of five agents: the other four apply, that one keeps its version and no draft", async () => {
    const names = ["a1", "a2", "a3", "a4", "a5"];
    const ids = await seeded(names, { securityCheckMs: 50 });
    for (const n of names) ws.write(`agents/${n}.yaml`, agentYaml(n, BASE_SPEC.replace("speed: 1.1", "speed: 1.4")));
    const before = Object.fromEntries(names.map((n) => [n, activeVersion(ids[n]!)]));
    ws.emulator.control.failNextSecurityChecks(1, "prompt injection pattern detected");

    const run = await ws.cli(["apply", "--yes", "--concurrency", "1"]);
    expect(run.code).not.toBe(0);
    expect(run.stdout).toContain("security check failed: prompt injection pattern detected");
    expect(run.stdout).toMatch(/4 applied, 1 failed/);
    const unchanged = names.filter((n) => activeVersion(ids[n]!) === before[n]);
    expect(unchanged).toHaveLength(1);
    expect(openDrafts()).toBe(0);

    // Re-running converges: the failed one is retried with a fresh draft.
    const again = await ws.cli(["apply", "--yes"]);
    expect(again.code, again.stdout + again.stderr).toBe(0);
    expect(names.every((n) => activeVersion(ids[n]!) !== before[n])).toBe(true);
  });

  it("a field the API silently dropped fails that agent, names the field, and discards the draft", async () => {
    const ids = await seeded(["alpha"]);
    ws.write("agents/alpha.yaml", agentYaml("alpha", BASE_SPEC.replace("Hi, thanks for calling Acme.", "Hello from Acme!")));
    const before = activeVersion(ids.alpha!);
    // The server acknowledges the write but stores nothing (what it does with fields it does not recognise).
    ws.emulator.control.queueFault({
      method: model === "versions" ? "PATCH" : "PUT",
      path: model === "versions" ? /\/drafts\/[0-9a-f]{24}\/config$/ : /\/branches\/[0-9a-f]{24}\/draft$/,
      fault: { status: 200, body: { status: true, data: { _id: "0".repeat(24), draftRevision: 1 } } },
    });
    const run = await ws.cli(["apply", "--yes"]);
    expect(run.code).not.toBe(0);
    expect(run.stdout).toContain("/spec/firstMessage");
    expect(run.stdout).toMatch(/did not store/);
    expect(activeVersion(ids.alpha!)).toBe(before);
    expect(openDrafts()).toBe(0);
    expect(ws.emulator.requests.some((r) => r.method === "POST" && r.path.endsWith("/publish"))).toBe(false);
  });

  it("a stale saved plan (a dashboard edit after planning) writes nothing at all", async () => {
    const ids = await seeded(["alpha", "beta"]);
    ws.write("agents/alpha.yaml", agentYaml("alpha", BASE_SPEC.replace("speed: 1.1", "speed: 1.3")));
    ws.write("agents/beta.yaml", agentYaml("beta", BASE_SPEC.replace("speed: 1.1", "speed: 1.5")));
    const plan = await ws.cli(["plan", "--out", "plan.json"]);
    expect(plan.code, plan.stderr).toBe(0);
    ws.emulator.control.dashboardEdit(ids.beta!, { firstMessage: "Edited in the dashboard" });
    const writes = writesIn(ws.emulator).length;

    const run = await ws.cli(["apply", "plan.json", "--yes"]);
    expect(run.code).toBe(6);
    expect(run.stderr).toMatch(/stale/i);
    expect(run.stderr).toContain("beta");
    expect(writesIn(ws.emulator)).toHaveLength(writes);
  });

  it("a saved plan whose new agent's definition was edited after planning is refused, and nothing is created", async () => {
    ws = await startWorkspace({ model, securityCheckMs: 0 });
    ws.write("agents/newbie.yaml", agentYaml("newbie", BASE_SPEC));
    expect((await ws.cli(["plan", "--out", "plan.json"])).code).toBe(0);
    ws.write("agents/newbie.yaml", agentYaml("newbie", BASE_SPEC.replace("slmModel: gpt-4o", "slmModel: gpt-4.1")));
    const run = await ws.cli(["apply", "plan.json", "--yes"]);
    expect(run.code, run.stdout + run.stderr).toBe(6);
    expect(run.stderr).toContain("the definitions changed since the plan was made");
    // Said once: the advice is not repeated inside the reason.
    expect(run.stderr.match(/again/gi)).toHaveLength(1);
    expect(ws.emulator.state.agents.some((a) => a.name === "newbie")).toBe(false);
    expect(writesIn(ws.emulator)).toEqual([]);
  });

  it("a saved plan that archives an agent is refused once that agent has a definition again", async () => {
    await seeded(["alpha", "gone"]);
    // Only agents this tool published for are ever archived.
    ws.write("agents/gone.yaml", agentYaml("gone", BASE_SPEC.replace("speed: 1.1", "speed: 1.3")));
    expect((await ws.cli(["apply", "--yes", "--label", "atoms-gitops abc1234"])).code).toBe(0);
    ws.remove("agents/gone.yaml");
    const planned = await ws.cli(["plan", "--prune", "--out", "plan.json"]);
    expect(planned.stdout).toMatch(/gone will be archived/);
    ws.write("agents/gone.yaml", agentYaml("gone", BASE_SPEC));
    const writes = writesIn(ws.emulator).length;
    const run = await ws.cli(["apply", "plan.json", "--yes"]);
    expect(run.code, run.stdout + run.stderr).toBe(6);
    expect(run.stderr, run.stdout).toContain("gone, which the plan archives, has a definition again");
    expect(writesIn(ws.emulator)).toHaveLength(writes);
  });

  it("a fresh saved plan applies exactly and converges", async () => {
    await seeded(["alpha"]);
    ws.write("agents/alpha.yaml", agentYaml("alpha", BASE_SPEC.replace("speed: 1.1", "speed: 1.3")));
    expect((await ws.cli(["plan", "--out", "plan.json"])).code).toBe(0);
    const run = await ws.cli(["apply", "plan.json", "--yes"]);
    expect(run.code, run.stderr).toBe(0);
    expect((await ws.cli(["plan", "--detailed-exitcode"])).code).toBe(0);
  });

  it("refuses to apply without --yes when not on a terminal, writing nothing", async () => {
    await seeded(["alpha"]);
    ws.write("agents/alpha.yaml", agentYaml("alpha", BASE_SPEC.replace("speed: 1.1", "speed: 1.3")));
    const run = await ws.cli(["apply"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/--yes/);
    expect(writesIn(ws.emulator)).toEqual([]);
  });
});
