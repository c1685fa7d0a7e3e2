import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmulator } from "../../src/index.js";
import { agentYaml, BASE_CONFIG, BASE_SPEC } from "../helpers/defs.js";

const ROOT = resolve(import.meta.dirname, "../..");
const BIN = join(ROOT, "bin", "atoms-gitops.js");
const BUNDLE = join(ROOT, "dist", "cli", "atoms-gitops.js");

function run(args: string[], cwd: string, env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { PATH: process.env.PATH ?? "", NO_COLOR: "1", ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("exit", (code) => done({ code, stdout, stderr }));
  });
}

/**
 * The command users run is bin/atoms-gitops.js over the bundle `npm run build` writes (installs run it through
 * `prepare`); everything else tests src/ directly, so this checks the bundle itself.
 */
describe("the built CLI (bin/atoms-gitops.js and its bundle)", () => {
  let dir: string;
  let url: string;
  const emulator = createEmulator({ securityCheckMs: 0, model: "versions" });

  beforeAll(async () => {
    if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`npm run build\` (npm ci runs it through prepare)`);
    dir = mkdtempSync(join(tmpdir(), "atoms-built-"));
    mkdirSync(join(dir, "agents"));
    writeFileSync(join(dir, "agents", "alpha.yaml"), agentYaml("alpha", BASE_SPEC.replace("speed: 1.1", "speed: 1.3")));
    writeFileSync(join(dir, "agents", "beta.yaml"), agentYaml("beta", BASE_SPEC));
    emulator.control.seedAgent({ name: "alpha", config: BASE_CONFIG });
    url = (await emulator.listen()).url;
  });
  afterAll(async () => {
    await emulator.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("finds the files it loads at run time next to the bundle", () => {
    // The definition loader's worker thread and the agent schema are resolved relative to the bundle's own URL.
    expect(existsSync(new URL("../load/load-worker.js", pathToFileURL(BUNDLE)))).toBe(true);
    expect(existsSync(new URL("../../schemas/agent.schema.json", pathToFileURL(BUNDLE)))).toBe(true);
  });

  it("validates, then plans against an emulator over HTTP with GET requests only", async () => {
    const valid = await run(["validate"], dir, {});
    expect(valid.stderr).toBe("");
    expect(valid.code).toBe(0);

    const plan = await run(["plan", "--detailed-exitcode"], dir, { ATOMS_BASE_URL: url, ATOMS_API_KEY: "sk_emulator_local" });
    expect(plan.stderr).toBe("");
    expect(plan.code).toBe(2);
    expect(plan.stdout).toContain("/spec/synthesizer/speed: 1.1 -> 1.3");
    expect(plan.stdout).toContain("Plan: 1 to create, 1 to update");
    expect(emulator.requests.length).toBeGreaterThan(0);
    expect(emulator.requests.every((r) => r.method === "GET")).toBe(true);
  });

  it("reports bad input with a location and exit 1", async () => {
    const bad = mkdtempSync(join(tmpdir(), "atoms-built-bad-"));
    try {
      mkdirSync(join(bad, "agents"));
      writeFileSync(join(bad, "agents", "broken.yaml"), agentYaml("broken", BASE_SPEC.replace("speed: 1.1", "speed: fast")));
      const res = await run(["validate"], bad, {});
      expect(res.code).toBe(1);
      expect(res.stdout + res.stderr).toMatch(/agents\/broken\.yaml:\d+:\d+/);
    } finally {
      rmSync(bad, { recursive: true, force: true });
    }
  });
});
