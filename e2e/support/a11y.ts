// axe-core on the page as it is now: no serious or critical violation of WCAG 2.x A/AA rules.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, type TestInfo } from "@playwright/test";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/**
 * Tabster's focus "dummy" elements (Fluent v9): empty, aria-hidden on purpose, focusable only to send
 * focus on at once. axe's aria-hidden-focus flags them; Fluent lists it as a known false positive
 * (microsoft/tabster#288, accessibility-insights-web#7605 suppresses it). Only those nodes are left out.
 */
const TABSTER_DUMMIES = "[data-tabster-dummy]";

export async function expectAccessible(page: Page, screen: string, testInfo?: TestInfo): Promise<void> {
  // A toast or menu fading in has the colours of half its opacity: axe would measure a contrast no one
  // sees once it has settled. Wait (bounded) until no finite animation has run for 300 ms: a toast
  // whose fade starts just after a first look would otherwise be measured mid-fade.
  await page.evaluate(() => {
    delete (window as { axeSettledSince?: number }).axeSettledSince;
  });
  await page
    .waitForFunction(
      () => {
        const w = window as { axeSettledSince?: number };
        // Finite ones only: a spinner turns forever.
        const settled = document
          .getAnimations()
          .every((a) => a.playState !== "running" || a.effect?.getComputedTiming().endTime === Infinity);
        if (!settled) {
          w.axeSettledSince = undefined;
          return false;
        }
        w.axeSettledSince ??= performance.now();
        return performance.now() - w.axeSettledSince >= 300;
      },
      undefined,
      { timeout: 5_000, polling: 50 },
    )
    .catch(() => undefined);
  const results = await new AxeBuilder({ page })
    .withTags(WCAG_TAGS)
    .exclude(TABSTER_DUMMIES)
    // Only violations are read: skipping the details of passes keeps each run short.
    .options({ resultTypes: ["violations"] })
    .analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  if (serious.length > 0 && testInfo) {
    await testInfo.attach(`axe ${screen}.json`, {
      body: JSON.stringify(serious, null, 2),
      contentType: "application/json",
    });
  }
  expect(
    serious.map(
      (v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
    ),
    `axe on ${screen}`,
  ).toEqual([]);
}

export type Language = "en" | "es";

/** Picks the language in the top bar's switch (kept in localStorage `keyturn.language`). */
export async function switchLanguage(page: Page, language: Language): Promise<void> {
  await page.getByRole("combobox", { name: /^(Language|Idioma)$/ }).selectOption(language);
  await expect(page.locator("html")).toHaveAttribute("lang", language);
}
