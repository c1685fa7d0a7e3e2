import { rmSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { agentYaml, BASE_SPEC } from "../helpers/defs.js";
import { startWorkspace, writesIn, type Workspace } from "../helpers/workspace.js";

describe.each(["versions", "branches"] as const)("a definition that cannot be read, against the %s model", (model) => {
  let ws: Workspace;
  afterEach(async () => ws?.close());

  it("apply --prune --yes with a dangling symlinked definition exits non-zero, writes nothing and archives nothing", async () => {
    ws = await startWorkspace({ model });
    ws.write("agents/keep.yaml", agentYaml("keep", BASE_SPEC));
    // Shared from another checkout (a submodule, say) through a symlink.
    ws.write("shared/linked.yaml", agentYaml("linked", BASE_SPEC));
    symlinkSync("../shared/linked.yaml", join(ws.dir, "agents/linked.yaml"));
    const first = await ws.cli(["apply", "--yes", "--label", "atoms-gitops abc1234"]);
    expect(first.code, first.stdout + first.stderr).toBe(0);
    const linked = ws.emulator.state.agents.find((a) => a.name === "linked")!;
    expect(linked.archived).toBe(false);

    rmSync(join(ws.dir, "shared/linked.yaml"));
    const writes = writesIn(ws.emulator).length;
    const run = await ws.cli(["apply", "--prune", "--yes"]);
    expect(run.code).not.toBe(0);
    expect(run.stdout + run.stderr).toContain("agents/linked.yaml:1:1 error file/unreadable");
    expect(writesIn(ws.emulator)).toHaveLength(writes);
    expect(ws.emulator.state.agent(linked._id)!.archived).toBe(false);

    const plan = await ws.cli(["plan", "--prune"]);
    expect(plan.code).not.toBe(0);
    expect(plan.stdout).not.toContain("archived");
  });
});
