import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadDefinitions } from "../../src/index.js";
import { digestValue } from "../../src/plan/index.js";
import { definitionsDigest } from "../../src/workspace/digest.js";
import { startWorkspace, writesIn, type Workspace } from "../helpers/workspace.js";

interface RemoteFixture {
  agents: Array<Parameters<Workspace["emulator"]["control"]["seedAgent"]>[0]>;
  env?: Record<string, string>;
}

const FIXTURE = resolve(import.meta.dirname, "../fixtures/scenarios/011-sensitive-values");
const remote = JSON.parse(readFileSync(join(FIXTURE, "remote.json"), "utf8")) as RemoteFixture;
const env = remote.env ?? {};

describe("a saved plan keys its secret digests with a key kept outside the file", () => {
  let ws: Workspace;
  afterEach(async () => ws?.close());

  async function planned(extraEnv: Record<string, string> = {}) {
    ws = await startWorkspace({ model: "versions" });
    cpSync(join(FIXTURE, "agents"), join(ws.dir, "agents"), { recursive: true });
    for (const seed of remote.agents) ws.emulator.control.seedAgent(seed);
    const run = await ws.cli(["plan", "--out", "plan.json"], { ...env, ...extraEnv });
    expect(run.code, run.stderr).toBe(0);
    return readFileSync(join(ws.dir, "plan.json"), "utf8");
  }

  it("holds no unkeyed digest of a secret; apply uses the sidecar key and refuses without it", async () => {
    const file = await planned();
    for (const secret of Object.values(env)) {
      expect(file).not.toContain(digestValue(`Bearer ${secret}`).slice(7));
      expect(file).not.toContain(digestValue(secret).slice(7));
    }
    expect(file).toMatch(/"digest": "hmac-sha256:[0-9a-f]{64}"/);
    expect(file).not.toMatch(/"sensitive": true,\s*"digest": "sha256:/);
    // The definitions digest covers the secrets too: with the repository in hand, a bare one would test guesses as well.
    const load = await loadDefinitions({ dir: join(ws.dir, "agents"), cwd: ws.dir, processEnv: env });
    const bare = definitionsDigest(load.definitions);
    expect(bare).toMatch(/^sha256:/);
    expect(file).not.toContain(bare.slice(7));
    // What a CI log shows of `plan --format json` is keyed too, and stays the same from one run to the next.
    const stdout = (await ws.cli(["plan", "--format", "json"], env)).stdout;
    expect(stdout).not.toContain(bare.slice(7));
    for (const secret of Object.values(env)) {
      expect(stdout).not.toContain(digestValue(`Bearer ${secret}`).slice(7));
      expect(stdout).not.toContain(digestValue(secret).slice(7));
    }
    expect(stdout).toMatch(/"configDigest": "hmac-sha256:[0-9a-f]{64}"/);
    const again = (await ws.cli(["plan", "--format", "json"], env)).stdout;
    expect(again.replace(/"createdAt": "[^"]*"/, "")).toBe(stdout.replace(/"createdAt": "[^"]*"/, ""));
    expect(file).toMatch(/"configDigest": "hmac-sha256:[0-9a-f]{64}"/);
    const key = readFileSync(join(ws.dir, "plan.json.key"), "utf8").trim();
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(file).not.toContain(key);

    rmSync(join(ws.dir, "plan.json.key"));
    const without = await ws.cli(["apply", "plan.json", "--yes"], env);
    expect(without.code).toBe(1);
    expect(without.stderr).toContain("plan.json.key");
    writeFileSync(join(ws.dir, "plan.json.key"), "00".repeat(32));
    const wrong = await ws.cli(["apply", "plan.json", "--yes"], env);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/not the one it was planned with/);
    expect(writesIn(ws.emulator)).toEqual([]);

    writeFileSync(join(ws.dir, "plan.json.key"), key);
    const ok = await ws.cli(["apply", "plan.json", "--yes"], env);
    expect(ok.code, ok.stderr).toBe(0);
    expect((await ws.cli(["plan", "--detailed-exitcode"], env)).code).toBe(0);
  });

  it("still sees a secret changed since planning (the plan is stale)", async () => {
    await planned();
    const changed = Object.fromEntries(Object.keys(env).map((k) => [k, "tok_rotated_after_review"]));
    const run = await ws.cli(["apply", "plan.json", "--yes"], changed);
    expect(run.code, run.stderr).toBe(6);
    expect(writesIn(ws.emulator)).toEqual([]);
  });

  it("with ATOMS_PLAN_DIGEST_KEY: no sidecar, a per-plan nonce, and apply needs the same secret", async () => {
    const file = await planned({ ATOMS_PLAN_DIGEST_KEY: "ci-secret-one" });
    expect(existsSync(join(ws.dir, "plan.json.key"))).toBe(false);
    expect((JSON.parse(file) as { secretDigests: { nonce: string } }).secretDigests.nonce).toMatch(/^[0-9a-f]{32}$/);
    expect(file).not.toContain("ci-secret-one");
    expect((await ws.cli(["apply", "plan.json", "--yes"], env)).code).toBe(1);
    expect((await ws.cli(["apply", "plan.json", "--yes"], { ...env, ATOMS_PLAN_DIGEST_KEY: "other" })).code).toBe(1);
    const ok = await ws.cli(["apply", "plan.json", "--yes"], { ...env, ATOMS_PLAN_DIGEST_KEY: "ci-secret-one" });
    expect(ok.code, ok.stderr).toBe(0);
  });
});

describe("a saved preview plan keys its secret digests like a saved plan", () => {
  let ws: Workspace;
  afterEach(async () => ws?.close());

  it.each(["versions", "branches"] as const)("on %s: no unkeyed digest in the file, and apply promotes it with the key", async (model) => {
    ws = await startWorkspace({ model, securityCheckMs: 20 });
    cpSync(join(FIXTURE, "agents"), join(ws.dir, "agents"), { recursive: true });
    for (const seed of remote.agents) ws.emulator.control.seedAgent(seed);
    const run = await ws.cli(["preview", "--name", "pr-5", "--out", "plan.json"], env);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const file = readFileSync(join(ws.dir, "plan.json"), "utf8");
    expect(file).toContain('"preview"');
    for (const secret of Object.values(env)) {
      expect(file).not.toContain(digestValue(`Bearer ${secret}`).slice(7));
      expect(file).not.toContain(digestValue(secret).slice(7));
    }
    expect(file).toMatch(/"digest": "hmac-sha256:[0-9a-f]{64}"/);
    expect(file).toMatch(/"configDigest": "hmac-sha256:[0-9a-f]{64}"/);
    const key = readFileSync(join(ws.dir, "plan.json.key"), "utf8").trim();
    expect(file).not.toContain(key);

    rmSync(join(ws.dir, "plan.json.key"));
    expect((await ws.cli(["apply", "plan.json", "--yes"], env)).code).toBe(1);
    writeFileSync(join(ws.dir, "plan.json.key"), key);
    const publishedBefore = writesIn(ws.emulator).filter((w) => w.endsWith("/publish")).length;
    const ok = await ws.cli(["apply", "plan.json", "--yes"], env);
    expect(ok.code, ok.stdout + ok.stderr).toBe(0);
    // Promoted, not published again: the keyed digests held, so the previewed revision went live as it was.
    expect(writesIn(ws.emulator).filter((w) => w.endsWith("/publish")).length).toBe(publishedBefore);
    expect((await ws.cli(["plan", "--detailed-exitcode"], env)).code).toBe(0);
  });
});
