import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { agentYaml, BASE_CONFIG, BASE_SPEC } from "../helpers/defs.js";
import { EMULATOR_KEY, startWorkspace, type Workspace } from "../helpers/workspace.js";

/**
 * Two deploys of the same agents from two checkouts (two runners: no shared journal) with different values. A run may
 * discard only drafts it can prove are its own or abandoned; the other's live draft is a rival, never a "leftover".
 */
describe.each(["versions", "branches"] as const)("two applies from two checkouts at once, %s model", (model) => {
  let ws: Workspace;
  let other: string;
  afterEach(async () => {
    await ws?.close();
    rmSync(other, { recursive: true, force: true });
  });

  it("one publishes per agent, the other fails explained (never a bare 404), no draft of either is left, a re-run converges", async () => {
    ws = await startWorkspace({ model, securityCheckMs: 300 });
    other = mkdtempSync(join(tmpdir(), "atoms-gitops-test-"));
    mkdirSync(join(other, "agents"));
    for (const name of ["alpha", "beta"]) {
      ws.emulator.control.seedAgent({ name, config: BASE_CONFIG });
      ws.write(`agents/${name}.yaml`, agentYaml(name, BASE_SPEC.replace("speed: 1.1", "speed: 1.3")));
      writeFileSync(join(other, "agents", `${name}.yaml`), agentYaml(name, BASE_SPEC.replace("speed: 1.1", "speed: 1.5")));
    }
    const env = { ATOMS_API_KEY: EMULATOR_KEY, ATOMS_BASE_URL: ws.baseUrl };
    const [a, b] = await Promise.all([ws.cli(["apply", "--yes", "--format", "json"]), runCli(["apply", "--yes", "--format", "json"], { cwd: other, env })]);
    const outcomes = [a, b].flatMap((run) =>
      run.stdout
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l) as { type: string; name?: string; status?: string; error?: { code?: string; message: string } })
        .filter((r) => r.type === "agent"),
    );
    for (const name of ["alpha", "beta"]) {
      const mine = outcomes.filter((o) => o.name === name);
      expect(mine.filter((o) => o.status === "applied").length, JSON.stringify(mine)).toBeGreaterThanOrEqual(1);
      for (const o of mine.filter((x) => x.status === "failed")) {
        expect(o.error?.code, JSON.stringify(o)).not.toBe("http_404");
        expect(o.error?.message).toMatch(/another atoms-gitops run|someone else|conflict|published while|open draft/i);
      }
    }
    expect(ws.emulator.state.openDrafts()).toBe(0);
    // Whoever lost re-runs and converges on its own values.
    expect((await ws.cli(["apply", "--yes"])).code).toBe(0);
    expect((await ws.cli(["plan", "--detailed-exitcode"])).code).toBe(0);
  });
});
