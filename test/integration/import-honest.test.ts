import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { BASE_CONFIG } from "../helpers/defs.js";
import { startWorkspace, type Workspace } from "../helpers/workspace.js";

/** What a live workspace fills on a fresh agent (docs/atoms-api.md §3): nobody chose these values. */
const PLATFORM_FILLED = {
  muteUserUntilFirstBotResponse: false,
  enableStyleGuide: true,
  timezone: { label: "(GMT+0:00) UTC", offset: 0 },
  callDispositionConfig: "",
  voiceMailDetectionConfig: { enabled: false, endText: "Terminating call, you can call us back anytime. Thank you for calling." },
};

describe("import writes only definitions that validate and plan empty", () => {
  let ws: Workspace;
  afterEach(async () => ws?.close());

  async function importOne(config: Record<string, unknown>): Promise<{ yaml: string; stderr: string }> {
    ws = await startWorkspace({ model: "versions" });
    ws.emulator.control.seedAgent({ name: "alpha", config });
    const run = await ws.cli(["import", "--all"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/expect no changes/);
    const validate = await ws.cli(["validate"]);
    expect(validate.code, validate.stdout + validate.stderr).toBe(0);
    const plan = await ws.cli(["plan", "--detailed-exitcode"]);
    expect(plan.code, plan.stdout + plan.stderr).toBe(0);
    return { yaml: readFileSync(join(ws.dir, "agents", "alpha.yaml"), "utf8"), stderr: run.stderr };
  }

  it("leaves out the values the platform fills on every fresh agent", async () => {
    const { yaml } = await importOne({ ...BASE_CONFIG, ...PLATFORM_FILLED });
    for (const key of Object.keys(PLATFORM_FILLED)) expect(yaml).not.toContain(key);
    expect(yaml).toContain("firstMessage: Hi, thanks for calling Acme.");
  });

  it("a zone stored as a bare IANA label gets its offset; languages get their switching", async () => {
    const { yaml } = await importOne({
      ...BASE_CONFIG,
      timezone: "Asia/Kolkata",
      language: { default: "en", supported: ["en", "hi"], switching: { isEnabled: false } },
    });
    expect(yaml).toMatch(/timezone:\n\s+label: Asia\/Kolkata\n\s+offset: 330/);
    expect(yaml).toMatch(/switching:/);
  });

  it("a live value no definition can state stays unmanaged, and the user is told", async () => {
    const { yaml, stderr } = await importOne({ ...BASE_CONFIG, callDispositionConfig: { any: "shape" }, speechFormatting: { mode: "org" } });
    expect(yaml).not.toContain("callDispositionConfig");
    expect(yaml).not.toContain("speechFormatting");
    expect(stderr).toMatch(/\/spec\/callDispositionConfig left out, unmanaged/);
  });
});
