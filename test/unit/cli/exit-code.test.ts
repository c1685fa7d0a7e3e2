import { Command } from "commander";
import { describe, expect, it } from "vitest";
import { exitCodeOf, returningExitCode } from "../../../src/cli/commands/exit-code.js";

function program(code: number): Command {
  const p = new Command().exitOverride();
  p.command("run").option("--x <v>").action(returningExitCode(async (opts: { x?: string }) => (opts.x === "fail" ? 1 : code)));
  return p;
}

describe("a command's exit code", () => {
  it("is what its action returned, per program, so a program run inside another keeps its own", async () => {
    const outer = program(2);
    const inner = program(0);
    await outer.parseAsync(["node", "x", "run"]);
    await inner.parseAsync(["node", "x", "run", "--x", "fail"]);
    expect(exitCodeOf(outer)).toBe(2);
    expect(exitCodeOf(inner)).toBe(1);
  });

  it("is ok when no action ran", () => {
    expect(exitCodeOf(program(2))).toBe(0);
  });
});
