import { afterEach, describe, expect, it } from "vitest";
import { agentYaml, BASE_CONFIG, BASE_SPEC } from "../helpers/defs.js";
import { startWorkspace, type Workspace } from "../helpers/workspace.js";

describe("renaming a pinned agent onto a name another agent has", () => {
  let ws: Workspace;
  afterEach(async () => ws?.close());

  it("is refused at plan time with a located error; nothing is renamed", async () => {
    ws = await startWorkspace({ model: "versions" });
    const id = ws.emulator.control.seedAgent({ name: "alpha", config: BASE_CONFIG });
    ws.emulator.control.seedAgent({ name: "beta", config: BASE_CONFIG });
    ws.write("agents/alpha.yaml", agentYaml("beta", BASE_SPEC, `id: ${id}`));
    const plan = await ws.cli(["plan"]);
    expect(plan.code).toBe(1);
    expect(plan.stderr).toMatch(/agents\/alpha\.yaml:4:\d+ error identity\/rename-collision: renaming .* from "alpha" to "beta" would give two agents that name/);
    const apply = await ws.cli(["apply", "--yes"]);
    expect(apply.code).toBe(1);
    expect(ws.emulator.state.agent(id)!.name).toBe("alpha");
  });

  it("a swap, where the other agent is renamed away in the same change, is allowed", async () => {
    ws = await startWorkspace({ model: "versions" });
    const a = ws.emulator.control.seedAgent({ name: "alpha", config: BASE_CONFIG });
    const b = ws.emulator.control.seedAgent({ name: "beta", config: BASE_CONFIG });
    ws.write("agents/alpha.yaml", agentYaml("beta", BASE_SPEC, `id: ${a}`));
    ws.write("agents/beta.yaml", agentYaml("gamma", BASE_SPEC, `id: ${b}`));
    const plan = await ws.cli(["plan"]);
    expect(plan.stderr).not.toMatch(/rename-collision/);
  });
});
