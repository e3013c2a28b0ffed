import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Real HTTPS identity provider (RSA keys, certificate) and HTTP servers on loopback.
    testTimeout: 20_000,
    hookTimeout: 30_000,
    env: { LOG_LEVEL: "error" },
  },
});
