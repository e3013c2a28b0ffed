import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts", "src/**/*.test.ts"],
    // Real TLS servers and RSA key generation: allow slow CI machines some room.
    testTimeout: 15_000,
    hookTimeout: 30_000,
    env: { LOG_LEVEL: "warn" },
  },
});
