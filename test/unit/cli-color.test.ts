import { describe, expect, it } from "vitest";
import type { CliIo } from "../../src/cli/io.js";
import { useColor } from "../../src/cli/shared.js";

const io = (tty: boolean, env: Record<string, string> = {}): CliIo => ({
  stdout: { write: () => true, isTTY: tty },
  stderr: { write: () => true, isTTY: tty },
  env,
  cwd: "/",
});

describe("colour", () => {
  it("only on a terminal", () => {
    expect(useColor(io(true))).toBe(true);
    expect(useColor(io(false))).toBe(false);
  });
  it("never with NO_COLOR set, even on a terminal", () => {
    expect(useColor(io(true, { NO_COLOR: "1" }))).toBe(false);
  });
  it("not on a dumb terminal; FORCE_COLOR forces it in CI logs", () => {
    expect(useColor(io(true, { TERM: "dumb" }))).toBe(false);
    expect(useColor(io(false, { FORCE_COLOR: "1" }))).toBe(true);
  });
});
