import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const ROOT = resolve(import.meta.dirname, "../..");

/**
 * Node's arguments to run the CLI from src/ in a child process: the run's bundle (test/setup/cli-bundle.ts), or tsx
 * when the tests run without that setup (a single file under another config).
 */
export function cliArgs(argv: readonly string[]): string[] {
  const bundle = process.env.ATOMS_GITOPS_TEST_CLI;
  if (bundle) return [bundle, ...argv];
  return ["--import", pathToFileURL(join(ROOT, "node_modules/tsx/dist/loader.mjs")).href, join(ROOT, "src/cli/run.ts"), ...argv];
}
