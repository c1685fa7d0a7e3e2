import { mkdtempSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { build } from "esbuild";

const ROOT = resolve(import.meta.dirname, "../..");

/**
 * One bundle of the CLI from src/, built when the run starts, for the tests that start the CLI as a child process
 * (kills, signals, closed pipes). Starting a child through tsx compiles ~200 modules each time (about 1 s of CPU);
 * the bundle starts in a quarter of that, and being built from src/ it is never stale. It lives under node_modules/
 * so that the dependencies left out of it (ajv) resolve as they do from dist/; the load worker is bundled beside it,
 * at the path the CLI looks for it relative to itself.
 */
export default async function setup(): Promise<() => void> {
  // Once per run, not once per vitest project.
  if (process.env.ATOMS_GITOPS_TEST_CLI) return () => {};
  const dir = mkdtempSync(join(ROOT, "node_modules", ".cache-atoms-gitops-test-cli-"));
  await build({
    entryPoints: { "cli/atoms-gitops": join(ROOT, "src/cli/run.ts"), "load/load-worker": join(ROOT, "src/load/load-worker.ts") },
    outdir: dir,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    external: ["ajv", "ajv-formats"],
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    logLevel: "warning",
  });
  process.env.ATOMS_GITOPS_TEST_CLI = join(dir, "cli", "atoms-gitops.js");
  return () => {
    delete process.env.ATOMS_GITOPS_TEST_CLI;
    rmSync(dir, { recursive: true, force: true });
  };
}
