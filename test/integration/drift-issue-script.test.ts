import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { agentYaml, BASE_CONFIG, BASE_SPEC } from "../helpers/defs.js";
import { startWorkspace, type Workspace } from "../helpers/workspace.js";

// The nightly drift example pipes the CLI's `drift --format json` into examples/scripts/drift-issue.mjs: the two must
// agree on the report's shape, checked here with the real CLI against the emulator.
const SCRIPT = resolve(import.meta.dirname, "../../examples/scripts/drift-issue.mjs");

describe("the drift issue of the nightly example, from the real drift report", () => {
  let ws: Workspace;
  afterEach(async () => ws?.close());

  it("names the drifted agent, its field and who made the dashboard edit", async () => {
    ws = await startWorkspace({ model: "versions" });
    const id = ws.emulator.control.seedAgent({ name: "alpha", config: BASE_CONFIG });
    ws.emulator.control.seedAgent({ name: "beta", config: BASE_CONFIG });
    ws.write("agents/alpha.yaml", agentYaml("alpha", BASE_SPEC));
    ws.write("agents/beta.yaml", agentYaml("beta", BASE_SPEC));
    expect((await ws.cli(["apply", "--yes", "--label", "atoms-gitops abc1234"])).code).toBe(0);
    ws.emulator.control.dashboardEdit(id, { firstMessage: "Hello from the dashboard" }, { label: "friday tweak", by: "Jane Doe" });

    const drift = await ws.cli(["drift", "--format", "json", "--detailed-exitcode"]);
    expect(drift.code, drift.stderr).toBe(2);
    writeFileSync(join(ws.dir, "drift.json"), drift.stdout);
    const body = execFileSync(process.execPath, [SCRIPT, join(ws.dir, "drift.json")], { encoding: "utf8" });

    expect(body).toContain("Drift in `default`: 1 agent differs from git");
    const row = body.split("\n").find((l) => l.startsWith("| `alpha`"))!;
    expect(row).toMatch(/version \d+ `friday tweak`/);
    expect(row).toContain("published by `Jane Doe`");
    expect(row).toContain("(**not** by atoms-gitops)");
    expect(row).toContain("`/spec/firstMessage`");
    expect(body).not.toContain("`beta`");
    expect(body).not.toContain("Hello from the dashboard");
  });
});
