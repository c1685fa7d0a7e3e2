import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    // temp-root first: the cache folder of cache-home is then made (and removed) inside the run's temp root.
    globalSetup: ["test/setup/temp-root.ts", "test/setup/cache-home.ts", "test/setup/cli-bundle.ts"],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Two cores on CI machines: keep workers modest so timing-sensitive emulator tests stay stable.
    maxWorkers: 2,
  },
});
