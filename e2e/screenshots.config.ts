import { defineConfig } from "@playwright/test";
import journeys from "./playwright.config.ts";

/** The journeys' browser and system, pointed at the screenshot script instead of the tests. */
export default defineConfig({ ...journeys, testDir: "./screenshots", timeout: 90_000 });
