import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    globalSetup: ["test/setup/cache-home.ts"],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Two cores on CI machines: keep workers modest so timing-sensitive emulator tests stay stable.
    maxWorkers: 2,
  },
});
