import { afterEach, describe, expect, it, vi } from "vitest";
import { agentYaml, BASE_CONFIG, BASE_SPEC } from "../helpers/defs.js";
import { startWorkspace, type Workspace } from "../helpers/workspace.js";

// Counts the reads of the project file, passing every read through to the real loader.
const reads = vi.hoisted(() => ({ project: 0 }));
vi.mock("../../src/load/source-text.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/load/source-text.js")>();
  return {
    ...real,
    readSourceText: (absPath: string, displayFile: string) => {
      if (absPath.endsWith("atoms-gitops.yaml")) reads.project++;
      return real.readSourceText(absPath, displayFile);
    },
  };
});

describe("plan with a project file", () => {
  let ws: Workspace;
  afterEach(async () => ws?.close());

  it("reads atoms-gitops.yaml once, and its environment's vars still reach the definitions", async () => {
    ws = await startWorkspace({ model: "versions" });
    ws.emulator.control.seedAgent({ name: "alpha", config: BASE_CONFIG });
    ws.write("atoms-gitops.yaml", "environments:\n  default:\n    vars: { speed: 1.3 }\n");
    ws.write("agents/alpha.yaml", agentYaml("alpha", BASE_SPEC.replace("speed: 1.1", "speed: ${vars.speed}")));
    reads.project = 0;

    const run = await ws.cli(["plan"]);

    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("~ /spec/synthesizer/speed: 1.1 -> 1.3");
    expect(reads.project).toBe(1);
  });
});
