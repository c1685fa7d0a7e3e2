import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";
import HeavyFirst from "./test/setup/heavy-first.js";

// Files that replace a module with vi.mock need a module registry of their own; every other file shares its
// worker's, so the sources are loaded once per worker rather than once per file.
const OWN_MODULES = ["test/integration/apply-git.test.ts", "test/integration/plan-project-file.test.ts"];

export default defineConfig({
  test: {
    environment: "node",
    // temp-root first: the cache folder of cache-home is then made (and removed) inside the run's temp root.
    globalSetup: ["test/setup/temp-root.ts", "test/setup/cache-home.ts", "test/setup/cli-bundle.ts"],
    setupFiles: ["test/setup/temp-dirs.ts"],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Every core (vitest's default leaves one idle): no test races the wall clock any more, since the in-process CLI
    // tests run on a virtual clock and the children start from one prebuilt bundle.
    maxWorkers: availableParallelism(),
    sequence: { sequencer: HeavyFirst },
    projects: [
      { extends: true, test: { name: "shared", include: ["test/**/*.test.ts"], exclude: OWN_MODULES, isolate: false } },
      { extends: true, test: { name: "own-modules", include: OWN_MODULES } },
    ],
  },
});
