import { afterEach, describe, expect, it } from "vitest";
import { agentYaml, BASE_CONFIG, BASE_SPEC } from "../helpers/defs.js";
import { startWorkspace, type Workspace } from "../helpers/workspace.js";
import { spawnCli } from "./resilience-harness.js";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Lets `ms` pass for the emulator: on the workspace's virtual clock when it has one, else in real time. */
const pass = (ws: Workspace, ms: number) => (ws.clock ? ws.clock.sleep(ms) : sleep(ms));

/** An emulator with one agent "bot" and a definition that changes it; `live` is what serves before the apply. */
async function seededBot(model: "versions" | "branches", securityCheckMs: number, realTime = false) {
  const ws = await startWorkspace({ model, securityCheckMs, realTime });
  const id = ws.emulator.control.seedAgent({ name: "bot", config: BASE_CONFIG });
  ws.write("agents/bot.yaml", agentYaml("bot", BASE_SPEC.replace("speed: 1.1", "speed: 1.4")));
  const live = ws.emulator.state.activeVersion(id)?.doc._id;
  expect(live).toBeTruthy();
  return { ws, id, live };
}

/**
 * What apply reports must be what the platform ends up doing. On the branches model a publish that is left scanning
 * commits when the scan passes, whatever the client said; these cells give up (timeout) or stop (interrupt) while
 * the scan runs, then wait past the scan and compare the report with the live state.
 */
describe("a publish the run gave up on, branches model", () => {
  let ws: Workspace;
  afterEach(async () => ws?.close());

  it("security-check timeout: reported failed and cancelled, and nothing goes live after the scan would have passed", async () => {
    let id: string, live: string | undefined;
    ({ ws, id, live } = await seededBot("branches", 1500));
    const run = await ws.cli(["apply", "--yes", "--security-check-timeout", "0.4"]);
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).toContain("the pending publish was cancelled: nothing went live");
    await pass(ws, 1800);
    expect(ws.emulator.state.activeVersion(id)?.doc._id).toBe(live);
    expect(ws.emulator.state.openDrafts(id)).toBe(0);
    // The change is still to be made, and a run with time for the check makes it.
    expect((await ws.cli(["plan", "--detailed-exitcode"])).code).toBe(2);
    expect((await ws.cli(["apply", "--yes"])).code).toBe(0);
    expect((await ws.cli(["plan", "--detailed-exitcode"])).code).toBe(0);
  });

  it("interrupt during the scan: reported cancelled, and nothing goes live after the scan would have passed", async () => {
    let id: string, live: string | undefined;
    // Real time: the interrupt comes from outside the clock, while the scan runs.
    ({ ws, id, live } = await seededBot("branches", 1500, true));
    const running = ws.cli(["apply", "--yes"]);
    for (let i = 0; i < 200 && !ws.emulator.requests.some((r) => r.method === "POST" && r.path.endsWith("/draft/publish")); i++) await sleep(10);
    await sleep(100);
    process.emit("SIGINT", "SIGINT");
    const run = await running;
    expect(run.code).toBe(8);
    expect(run.stdout + run.stderr).toContain("the pending publish was cancelled: nothing went live");
    await pass(ws, 1800);
    expect(ws.emulator.state.activeVersion(id)?.doc._id).toBe(live);
    expect(ws.emulator.state.openDrafts(id)).toBe(0);
  });
});

describe("a run killed during the scan, branches model", () => {
  let ws: Workspace;
  afterEach(async () => ws?.close());

  it("the next run says exactly which revision went live when the scan passed, and converges", async () => {
    let id: string, live: string | undefined;
    ({ ws, id, live } = await seededBot("branches", 800));
    const killed = await spawnCli(["apply", "--yes"], {
      cwd: ws.dir,
      env: { ATOMS_API_KEY: "sk_emulator_local", ATOMS_BASE_URL: ws.baseUrl, ATOMS_GITOPS_FAULT_KILL_AFTER_STEP: "publish" },
    }).done;
    expect(killed.signal, killed.stderr).toBe("SIGKILL");
    await pass(ws, 1200);
    const wentLive = ws.emulator.state.activeVersion(id)?.doc._id;
    expect(wentLive).not.toBe(live);
    const again = await ws.cli(["apply", "--yes"]);
    expect(again.code, again.stdout + again.stderr).toBe(0);
    expect(again.stderr, again.stdout).toContain(`revision ${wentLive}`);
    expect(again.stderr).toContain("went live when the check passed");
    expect((await ws.cli(["plan", "--detailed-exitcode"])).code).toBe(0);
  });
});

describe("a publish the run gave up on, versions model", () => {
  let ws: Workspace;
  afterEach(async () => ws?.close());

  it("security-check timeout: the version stays published but inactive, and the report says so", async () => {
    let id: string, live: string | undefined;
    ({ ws, id, live } = await seededBot("versions", 1500));
    const run = await ws.cli(["apply", "--yes", "--security-check-timeout", "0.4"]);
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).toMatch(/is published but not active; the next apply activates it/);
    await pass(ws, 1800);
    expect(ws.emulator.state.activeVersion(id)?.doc._id).toBe(live);
    expect(ws.emulator.state.openDrafts(id)).toBe(0);
  });
});
