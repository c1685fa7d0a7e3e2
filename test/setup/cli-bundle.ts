import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
// @ts-expect-error: a plain ESM build script without type declarations
import { buildActionBundle } from "../../scripts/bundle-action.mjs";

/**
 * One bundle of the CLI from src/, built when the run starts, for the tests that start the CLI as a child process
 * (kills, signals, closed pipes). Starting a child through tsx compiles ~200 modules each time (about 1 s of CPU);
 * the bundle starts in a quarter of that, and being built from src/ it is never stale. It is the Action's build
 * (every dependency inside, the load worker beside it), so it runs from the run's temp folder.
 */
export default async function setup(): Promise<() => void> {
  // Once per run, not once per vitest project.
  if (process.env.ATOMS_GITOPS_TEST_CLI) return () => {};
  const dir = mkdtempSync(join(tmpdir(), "atoms-gitops-test-cli-"));
  await (buildActionBundle as (outDir: string) => Promise<void>)(dir);
  process.env.ATOMS_GITOPS_TEST_CLI = join(dir, "cli", "atoms-gitops.js");
  return () => {
    delete process.env.ATOMS_GITOPS_TEST_CLI;
    rmSync(dir, { recursive: true, force: true });
  };
}
