// Toasts (Fluent's Toaster, bottom end): outcome messages that disappear after a few seconds.
import { expect, type Page } from "@playwright/test";

/** Waits for a toast (or its live-region announcement) saying `text`. */
export async function expectToast(page: Page, text: string | RegExp, timeout = 15_000): Promise<void> {
  await expect(page.getByText(text).first()).toBeVisible({ timeout });
}
