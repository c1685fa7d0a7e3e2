import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { agentYaml, BASE_CONFIG, BASE_SPEC } from "../helpers/defs.js";
import { startWorkspace, type Workspace } from "../helpers/workspace.js";

describe("a saved plan file edited by hand", () => {
  let ws: Workspace;
  afterEach(async () => ws?.close());

  it("is reported as a plan that no longer holds, not as the agent having moved; nothing is written", async () => {
    ws = await startWorkspace({ model: "versions" });
    const id = ws.emulator.control.seedAgent({ name: "alpha", config: BASE_CONFIG });
    ws.write("agents/alpha.yaml", agentYaml("alpha", BASE_SPEC.replace("speed: 1.1", "speed: 1.3")));
    expect((await ws.cli(["plan", "--out", "plan.json"])).code).toBe(0);
    const file = join(ws.dir, "plan.json");
    writeFileSync(file, readFileSync(file, "utf8").replace('"after": 1.3', '"after": 1.9'));
    const before = ws.emulator.state.activeVersion(id)!.doc;
    const run = await ws.cli(["apply", "plan.json", "--yes"]);
    expect(run.code).toBe(6);
    expect(run.stderr).toMatch(/the agent has not moved since planning, so the plan file was edited or the definitions changed/);
    expect(run.stderr).not.toMatch(/changed since the plan was made/);
    expect(ws.emulator.state.activeVersion(id)!.doc).toEqual(before);
  });
});
