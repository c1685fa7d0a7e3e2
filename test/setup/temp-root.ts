import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Every test of a run makes its temporary folders under one root of its own (TMPDIR, which os.tmpdir() reads, and
 * which the test workers inherit), so what a test forgot to remove is found after the run even while other runs share
 * the machine's temp directory. The root is removed either way; leftovers fail the run, named, so a leak is fixed
 * where it is made. Spawned CLIs keep the machine's temp directory (their environment is the test's own).
 */
export default function setup(): () => void {
  // Each vitest project runs the global setups; the first one's root serves the whole run.
  if (process.env.ATOMS_GITOPS_TEST_TEMP_ROOT) return () => {};
  const outer = process.env.TMPDIR;
  const root = mkdtempSync(join(tmpdir(), "atoms-gitops-test-run-"));
  shareTsxCache(root);
  process.env.TMPDIR = root;
  process.env.ATOMS_GITOPS_TEST_TEMP_ROOT = root;
  return () => {
    delete process.env.ATOMS_GITOPS_TEST_TEMP_ROOT;
    const left = leftovers(root);
    rmSync(root, { recursive: true, force: true });
    if (outer === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = outer;
    if (left.length > 0) {
      // A throw here is only printed ("error during close"); the exit code is what fails a CI job.
      process.exitCode = 1;
      throw new Error(`tests left ${left.length} entr${left.length === 1 ? "y" : "ies"} in the temp directory (remove them where they are made): ${left.join(", ")}`);
    }
  };
}

/** Caches of the tools the tests run under, which they keep in the temp directory on purpose. */
const TOOL_CACHES = [/^tsx-/, /^vite/];

/**
 * Children spawned through tsx inherit TMPDIR; with an empty cache each would compile the sources again (seconds on a
 * busy machine, enough to break the tests that time a CLI run). The machine's own tsx cache is linked in instead; the
 * link, not the cache, goes with the root.
 */
function shareTsxCache(root: string): void {
  const name = `tsx-${process.getuid?.() ?? "user"}`;
  const shared = join(tmpdir(), name);
  mkdirSync(shared, { recursive: true, mode: 0o700 });
  symlinkSync(shared, join(root, name), "dir");
}

export function leftovers(root: string): string[] {
  return readdirSync(root)
    .filter((name) => !TOOL_CACHES.some((re) => re.test(name)))
    .sort();
}
