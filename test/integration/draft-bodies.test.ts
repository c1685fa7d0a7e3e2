import { afterEach, describe, expect, it } from "vitest";
import { agentYaml, BASE_CONFIG, BASE_SPEC } from "../helpers/defs.js";
import { startWorkspace, type Workspace } from "../helpers/workspace.js";

const PRE_CALL = { isEnabled: true, url: "https://crm.acme.example/lookup", method: "POST", timeout: 5 };

describe.each(["versions", "branches"] as const)("a change to one leaf of an object the API requires whole (%s)", (model) => {
  let ws: Workspace;
  afterEach(async () => ws?.close());

  it("only preCallAPI.timeout changed: the write carries url and method, the apply succeeds and converges", async () => {
    ws = await startWorkspace({ model });
    const id = ws.emulator.control.seedAgent({ name: "alpha", config: { ...BASE_CONFIG, preCallAPI: PRE_CALL } });
    const preCall = `preCallAPI:\n  isEnabled: true\n  url: ${PRE_CALL.url}\n  method: POST\n  timeout: 12`;
    ws.write("agents/alpha.yaml", agentYaml("alpha", `${BASE_SPEC}\n${preCall}`));
    const apply = await ws.cli(["apply", "--yes"]);
    expect(apply.code, apply.stdout + apply.stderr).toBe(0);
    expect(activeResolved(ws, id)["preCallAPI"]).toMatchObject({
      ...PRE_CALL,
      timeout: 12,
    });
    expect((await ws.cli(["plan", "--detailed-exitcode"])).code).toBe(0);
  });

  it("a live timezone stored as a bare label: a new zone is written whole and the next plan is empty", async () => {
    ws = await startWorkspace({ model });
    const id = ws.emulator.control.seedAgent({ name: "alpha", config: { ...BASE_CONFIG, timezone: "Asia/Kolkata" } });
    ws.write("agents/alpha.yaml", agentYaml("alpha", `${BASE_SPEC}\ntimezone: { label: Europe/Paris, offset: 60 }`));
    const apply = await ws.cli(["apply", "--yes"]);
    expect(apply.code, apply.stdout + apply.stderr).toBe(0);
    expect(activeResolved(ws, id)["timezone"]).toEqual({ label: "Europe/Paris", offset: 60 });
    const again = await ws.cli(["plan", "--detailed-exitcode"]);
    expect(again.code, again.stdout).toBe(0);
  });
});

function activeResolved(ws: Workspace, id: string): Record<string, unknown> {
  return ws.emulator.state.activeVersion(id)!.config;
}
