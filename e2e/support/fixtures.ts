// Every journey's `test`: the leak harvest is on (auto) for the page's context and any context a
// journey opens with `harvest.newContext`; the known secrets are read from the emulator before and
// after, and the test fails if any of them, or any workspace token, shows up outside a reveal.
import { type BrowserContext, type BrowserContextOptions, test as base, expect } from "@playwright/test";
import { findLeaks, LeakHarvest } from "./leak-harvest.ts";
import { CONSOLE_URL } from "./ports.ts";
import { ledger } from "./secret-ledger.ts";

export interface Harvest {
  /** Opens another harvested browser context (a second user), closed after the check. */
  newContext(label: string, options?: BrowserContextOptions): Promise<BrowserContext>;
  /** Adds something the test itself saw (clipboard text, a direct API answer) to the search. */
  add(where: string, text: string): void;
  /** Reads storage and DOM of every open page now, e.g. right after a secret was hidden. */
  snapshot(stage: string): Promise<void>;
}

export const test = base.extend<{ harvest: Harvest }>({
  harvest: [
    async ({ context, browser }, use, testInfo) => {
      await ledger.readFleet();
      const harvest = new LeakHarvest();
      harvest.attach(context, "main");
      await use({
        newContext: (label, options = {}) =>
          harvest.newContext(browser, label, {
            baseURL: CONSOLE_URL,
            ignoreHTTPSErrors: true,
            ...options,
          }),
        add: (where, text) => harvest.add(where, text),
        snapshot: (stage) => harvest.snapshotPages(stage),
      });

      await harvest.snapshotPages("end of test");
      await harvest.settle();
      await harvest.closeOwned();
      await ledger.readFleet();
      for (const shown of harvest.revealed)
        ledger.add(shown.value, `the ${shown.kind} revealed by ${shown.where}`, shown.kind);
      expect.soft(harvest.cspViolations, "the browser refused nothing under the CSP").toEqual([]);
      const leaks = findLeaks(harvest.captures, ledger.all());
      if (leaks.length > 0) {
        await testInfo.attach("leaks.json", {
          body: JSON.stringify(leaks, null, 2),
          contentType: "application/json",
        });
      }
      expect(
        leaks.map((leak) => `${leak.what} — in ${leak.where}`),
        `no key or token outside a reveal (searched ${harvest.captures.length} captures for ${ledger.all().length} secrets)`,
      ).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
