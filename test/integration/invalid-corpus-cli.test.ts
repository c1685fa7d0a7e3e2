import { cpSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startWorkspace, writesIn, type Workspace } from "../helpers/workspace.js";

/**
 * The invalid-input corpus (test/unit/load/corpus.test.ts pins each case's diagnostics) through the CLI against an
 * emulator: every case fails validate and plan with exit 1, and apply refuses before its first request that writes.
 */
const CORPUS = resolve(import.meta.dirname, "../fixtures/invalid");
const cases = readdirSync(CORPUS).filter((c) => !c.startsWith(".")).sort();

describe("the invalid-input corpus from the command line", () => {
  let ws: Workspace;
  afterEach(async () => ws?.close());

  it.each(cases)("%s: validate and plan exit 1, apply writes nothing", async (c) => {
    ws = await startWorkspace({ model: "branches" });
    for (const entry of readdirSync(join(CORPUS, c))) if (entry !== "expected.json") cpSync(join(CORPUS, c, entry), join(ws.dir, entry), { recursive: true });
    const validate = await ws.cli(["validate"]);
    expect(validate.code, validate.stdout).toBe(1);
    // Every error is located: file:line:col.
    const errors = validate.stdout.split("\n").filter((l) => / error [\w-]+\/[\w-]+:/.test(l));
    expect(errors.length).toBeGreaterThan(0);
    for (const line of errors) expect(line).toMatch(/^\S+:\d+:\d+ error /);
    const plan = await ws.cli(["plan"]);
    expect(plan.code, plan.stdout + plan.stderr).toBe(1);
    const apply = await ws.cli(["apply", "--yes"]);
    expect(apply.code, apply.stdout + apply.stderr).toBe(1);
    expect(writesIn(ws.emulator)).toEqual([]);
  });
});
