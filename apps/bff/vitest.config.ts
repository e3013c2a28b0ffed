import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    globalSetup: ["./test/support/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 90_000,
    // PGlite instances are memory-hungry; two workers fit a 2-core machine.
    maxWorkers: 2,
  },
});
