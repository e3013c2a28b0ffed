import { defineConfig } from "@playwright/test";
import { chromiumPath } from "./support/chromium.ts";
import { CONSOLE_URL } from "./support/ports.ts";

export default defineConfig({
  testDir: "./tests",
  fullyParallel: false,
  workers: 1,
  // One retry on CI, reported as "flaky" in the output: a journey that fails twice is red. The shared
  // CI machine once stalled a journey past its timeout that passes here in a minute and a half.
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter: [["list"]],
  timeout: 120_000, // a journey with a step-up popup takes ~40 s on a quiet 2-core machine
  // A screen that waits on the BFF and the emulator can take seconds on a loaded machine: an assertion
  // retries for 15 s (still failing at its own step) rather than Playwright's 5 s.
  expect: { timeout: 15_000 },
  use: {
    baseURL: CONSOLE_URL,
    ignoreHTTPSErrors: true,
    // Bounded so that a hang fails at its own step, with its own message, not at the test timeout.
    actionTimeout: 30_000,
    navigationTimeout: 30_000,
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
