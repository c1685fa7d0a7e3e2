import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { agentYaml, BASE_SPEC } from "../helpers/defs.js";
import { cliArgs } from "../helpers/spawned-cli.js";
import { EMULATOR_KEY, startWorkspace, type Workspace } from "../helpers/workspace.js";


/** `atoms-gitops apply --yes | head -1`: the reader goes away after the first chunk of output. */
function applyIntoClosingPipe(ws: Workspace): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, cliArgs(["apply", "--yes"]), {
    cwd: ws.dir,
    env: { PATH: process.env.PATH ?? "", NO_COLOR: "1", ATOMS_API_KEY: EMULATOR_KEY, ATOMS_BASE_URL: ws.baseUrl },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr!.setEncoding("utf8").on("data", (c: string) => (stderr += c));
  child.stdout!.once("data", () => child.stdout!.destroy());
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, stderr })));
}

describe.each(["versions", "branches"] as const)("apply whose output pipe closes early (%s)", (model) => {
  let ws: Workspace;
  afterEach(async () => ws?.close());

  it("still creates, labels and verifies the agents, and exits with the run's code", async () => {
    ws = await startWorkspace({ model, securityCheckMs: 200 });
    ws.write("agents/alpha.yaml", agentYaml("alpha", BASE_SPEC));
    ws.write("agents/beta.yaml", agentYaml("beta", BASE_SPEC.replace("speed: 1.1", "speed: 1.3")));
    const run = await applyIntoClosingPipe(ws);
    expect(run.code, run.stderr).toBe(0);
    for (const name of ["alpha", "beta"]) {
      const agent = ws.emulator.state.agents.find((a) => a.name === name);
      expect(agent, name).toBeDefined();
      // Revisions cannot be relabelled: on branches a create keeps the platform's first label (docs/operations.md).
      if (model === "versions") expect(ws.emulator.state.activeVersion(agent!._id)?.doc.label, name).toMatch(/^atoms-gitops /);
    }
    expect(ws.emulator.state.openDrafts()).toBe(0);
    // The run reached its end and recorded success: nothing was cut short after the pipe closed.
    const journal = readdirSync(join(ws.dir, ".atoms-gitops", "journal")).map((f) => readFileSync(join(ws.dir, ".atoms-gitops", "journal", f), "utf8")).join("");
    const end = journal.trim().split("\n").map((l) => JSON.parse(l) as { type: string; ok?: boolean; summary?: { applied: number } }).find((r) => r.type === "run-end");
    expect(end).toMatchObject({ ok: true, summary: { applied: 2 } });
  }, 30_000);
});
