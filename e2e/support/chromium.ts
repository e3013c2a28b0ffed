import { existsSync } from "node:fs";

const CANDIDATES = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];

/** Debian's Chromium: Playwright cannot download browsers here, so a missing one is an error, never a skip. */
export function chromiumPath(): string {
  const found = CANDIDATES.find((candidate): candidate is string => !!candidate && existsSync(candidate));
  if (!found) {
    throw new Error(
      "No Chromium found for the end-to-end tests. Install Debian's package: " +
        "`apt-get update && apt-get install -y chromium` (or set CHROMIUM_PATH).",
    );
  }
  return found;
}
