import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Real HTTPS identity provider (RSA keys, certificate) and HTTP servers on loopback. A file's
    // servers (test/support/fixtures.ts) start inside its first test, so that test's time covers
    // them too. Long property and fuzz runs take LONG_RUN from the same file; no test sets its own.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    env: { LOG_LEVEL: "error" },
  },
});
