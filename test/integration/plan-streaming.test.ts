import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createClient, createEmulator, loadDefinitions, planWorkspace, renderPlanJson } from "../../src/index.js";
import { agentYaml, BASE_CONFIG, BASE_SPEC } from "../helpers/defs.js";

// 230 agents: three pages of the agent list, so reads start from the first page while later ones are in flight.
const N = 230;
const name = (i: number) => `agent-${String(i).padStart(3, "0")}`;

describe("planning while definitions stream in and the agent list pages arrive", () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  function workspace(extraRemote: string[] = []) {
    dir = mkdtempSync(join(tmpdir(), "atoms-stream-"));
    mkdirSync(join(dir, "agents"));
    const emulator = createEmulator({ securityCheckMs: 0, model: "versions" });
    for (let i = 0; i < N; i++) {
      const changed = i % 4 === 0;
      writeFileSync(join(dir, "agents", `${name(i)}.yaml`), agentYaml(name(i), changed ? BASE_SPEC.replace("speed: 1.1", "speed: 1.4") : BASE_SPEC));
      emulator.control.seedAgent({ name: name(i), config: BASE_CONFIG });
    }
    for (const n of extraRemote) emulator.control.seedAgent({ name: n, config: BASE_CONFIG });
    const client = createClient({ baseUrl: "http://127.0.0.1/atoms/v1", apiKey: "sk_emulator_local", fetch: (r) => emulator.fetch(r), rps: 100_000 });
    const agentsDir = join(dir, "agents");
    const cwd = dir;
    return {
      emulator,
      client,
      loadAll: () => loadDefinitions({ dir: agentsDir, cwd, processEnv: {} }),
      stream: (onDefinition: Parameters<typeof loadDefinitions>[0]["onDefinition"]) => loadDefinitions({ dir: agentsDir, cwd, processEnv: {}, onDefinition }),
    };
  }

  it("gives exactly the plan of the load-first path, with one read per agent", async () => {
    const ws = workspace();
    const fixed = { dir: "agents", now: () => new Date("2026-11-22T00:00:00Z") };
    const streamed = await planWorkspace({ ...fixed, load: ws.stream, client: ws.client });
    const reads = ws.emulator.requests.filter((r) => /^\/agent\/[0-9a-f]{24}$/.test(r.path));
    expect(new Set(reads.map((r) => r.path)).size).toBe(N);
    expect(reads).toHaveLength(N);
    expect(ws.emulator.requests.every((r) => r.method === "GET")).toBe(true);

    const loaded = await planWorkspace({ ...fixed, load: await ws.loadAll(), client: ws.client });
    expect(renderPlanJson(streamed.plan)).toBe(renderPlanJson(loaded.plan));
    expect(streamed.plan.summary).toMatchObject({ update: Math.ceil(N / 4), noop: N - Math.ceil(N / 4), create: 0 });
    await ws.emulator.close();
  });

  it("a name that a later page shows twice still asks for a pin (an early read never decides identity)", async () => {
    const ws = workspace([name(5)]);
    await expect(planWorkspace({ dir: "agents", load: ws.stream, client: ws.client })).rejects.toThrow(/matching definitions to remote agents/);
    await ws.emulator.close();
  });
});
