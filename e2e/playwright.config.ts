import { defineConfig } from "@playwright/test";
import { chromiumPath } from "./support/chromium.ts";
import { CONSOLE_URL } from "./support/ports.ts";

export default defineConfig({
  testDir: "./tests",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [["list"]],
  timeout: 120_000, // a journey with a step-up popup takes ~40 s on a quiet 2-core machine
  use: {
    baseURL: CONSOLE_URL,
    ignoreHTTPSErrors: true,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: {
    command: "pnpm exec tsx support/start-system.ts",
    url: `${CONSOLE_URL}/readyz`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
  },
});
