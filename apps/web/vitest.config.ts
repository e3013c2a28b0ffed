import { defineConfig, mergeConfig } from "vitest/config";
import viteConfig from "./vite.config.ts";

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      environment: "jsdom",
      setupFiles: ["./src/testing/setup.ts"],
      include: ["src/**/*.test.{ts,tsx}"],
      // Type tests (`*.test-d.ts`: the BFF contract against the typed client) run with every test
      // run: tsc checks the project, and any type error fails the run.
      typecheck: { enabled: true, include: ["src/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
      css: false,
      restoreMocks: true,
      unstubGlobals: true,
    },
  }),
);
