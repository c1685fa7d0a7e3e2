import { rmSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { loadDefinitions } from "../../../src/load/index.js";
import { agentYaml, tempRepo } from "./helpers.js";

describe("spec.timezone.offset", () => {
  let root: string | undefined;
  afterEach(() => root && rmSync(root, { recursive: true, force: true }));

  async function load(timezone: string) {
    root = tempRepo({ "agents/a.yaml": agentYaml("a", `  timezone: ${timezone}\n`) });
    return (await loadDefinitions({ dir: "agents", cwd: root, processEnv: {} })).diagnostics;
  }

  it("an offset that contradicts its IANA zone is a located error naming the zone's offset", async () => {
    const diagnostics = await load("{ label: Asia/Kolkata, offset: 0 }");
    expect(diagnostics).toEqual([
      expect.objectContaining({ severity: "error", code: "rule/timezone-offset", path: "/spec/timezone/offset", line: 6, message: expect.stringMatching(/contradicts Asia\/Kolkata, whose offset is 330 minutes/) }),
    ]);
  });

  it("both the standard and the daylight offset of a zone are right; a label that is not a zone is not checked", async () => {
    expect(await load("{ label: America/Chicago, offset: -360 }")).toEqual([]);
    rmSync(root!, { recursive: true, force: true });
    expect(await load("{ label: America/Chicago, offset: -300 }")).toEqual([]);
    rmSync(root!, { recursive: true, force: true });
    expect(await load('{ label: "(GMT+5:30) India", offset: 0 }')).toEqual([]);
  });
});
