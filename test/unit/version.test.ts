import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain ESM build script without type declarations
import { buildActionBundle } from "../../scripts/bundle-action.mjs";
import { runCli } from "../helpers/cli.js";

const ROOT = resolve(import.meta.dirname, "../..");
const packageVersion = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;

// package.json is the one place the version is written; every way of running the tool reports that one.
describe("--version", () => {
  it("prints package.json's version when run from source", async () => {
    const run = await runCli(["--version"], { cwd: ROOT });
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(packageVersion);
  });

  it("prints package.json's version from a bundle, which has no package.json beside it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "atoms-gitops-version-"));
    try {
      await (buildActionBundle as (outDir: string) => Promise<void>)(dir);
      const out = execFileSync(process.execPath, [join(dir, "cli/atoms-gitops.js"), "--version"], { cwd: dir, encoding: "utf8" });
      expect(out.trim()).toBe(packageVersion);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
