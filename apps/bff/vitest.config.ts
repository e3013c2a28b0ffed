import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    globalSetup: ["./test/support/global-setup.ts"],
    // The default bounds of a test and a hook. The files that need longer (BFF processes, crash cycles,
    // hundreds of requests) are listed with theirs in test/support/timeouts.ts, which sets them per file:
    // one place for every longer bound, rather than a number at the end of each test.
    testTimeout: 30_000,
    hookTimeout: 90_000,
    setupFiles: ["./test/support/timeouts.ts"],
    // PGlite instances are memory-hungry; two workers fit a 2-core machine.
    maxWorkers: 2,
  },
});
