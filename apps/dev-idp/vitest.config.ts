import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts", "src/**/*.test.ts"],
    // Real TLS servers and RSA key generation: allow slow CI machines some room. A file's identity
    // provider (test/support/fixtures.ts) starts inside its first test, so that test's time covers
    // it too; no test sets its own timeout.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    env: { LOG_LEVEL: "warn" },
  },
});
