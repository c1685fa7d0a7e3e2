import { execFileSync } from "node:child_process";
import { afterEach, describe, expect, it, vi } from "vitest";
import { agentYaml, BASE_CONFIG, BASE_SPEC } from "../helpers/defs.js";
import { startWorkspace, type Workspace } from "../helpers/workspace.js";

// Counts the times the CLI asks git for HEAD, passing every call through to the real child_process. (The loader's
// `git ls-files`, which lists what the checkout tracks, is another question.)
const git = vi.hoisted(() => ({ headReads: 0, spawns: 0 }));
vi.mock("node:child_process", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:child_process")>();
  const execFile = ((file: string, ...rest: unknown[]) => {
    if (file === "git") git.spawns++;
    if (file === "git" && Array.isArray(rest[0]) && rest[0][0] === "rev-parse") git.headReads++;
    return (real.execFile as (...args: unknown[]) => unknown)(file, ...rest);
  }) as typeof real.execFile;
  return { ...real, execFile, default: { ...real, execFile } };
});

function commitAll(dir: string): string {
  const env = { ...process.env, GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@example.com", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@example.com" };
  for (const args of [["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "agents"]]) execFileSync("git", args, { cwd: dir, env });
  return execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: dir, encoding: "utf8" }).trim();
}

describe("apply in a git checkout", () => {
  let ws: Workspace;
  afterEach(async () => ws?.close());

  it("labels the version with HEAD's short sha, asking git for HEAD once per run", async () => {
    ws = await startWorkspace({ model: "versions" });
    const id = ws.emulator.control.seedAgent({ name: "alpha", config: BASE_CONFIG });
    ws.write("atoms-gitops.yaml", "environments: {}\n");
    ws.write("agents/alpha.yaml", agentYaml("alpha", BASE_SPEC.replace("speed: 1.1", "speed: 1.3")));
    const sha = commitAll(ws.dir);
    git.headReads = 0;

    const run = await ws.cli(["apply", "--yes"]);

    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(ws.emulator.state.activeVersion(id)?.doc.label).toBe(`atoms-gitops ${sha}`);
    expect(git.headReads).toBe(1);
  });

  it("outside any checkout starts no git process at all, and labels by time", async () => {
    ws = await startWorkspace({ model: "versions" });
    const id = ws.emulator.control.seedAgent({ name: "alpha", config: BASE_CONFIG });
    ws.write("agents/alpha.yaml", agentYaml("alpha", BASE_SPEC.replace("speed: 1.1", "speed: 1.3")));
    git.spawns = 0;

    const plan = await ws.cli(["plan"]);
    const run = await ws.cli(["apply", "--yes"]);

    expect(plan.code, plan.stderr).toBe(0);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(ws.emulator.state.activeVersion(id)?.doc.label).toMatch(/^atoms-gitops \d{4}-\d\d-\d\d/);
    expect(git.spawns).toBe(0);
  });
});
