import { expect, test } from "../support/fixtures.ts";

test("an operator signs in through dev-idp and lands on the inventory", async ({ page }) => {
  await page.goto("/?login_hint=operator@keyturn.test");
  await page.getByRole("button", { name: /sign in/i }).click();
  await expect(page.getByRole("banner")).toContainText("Olivia Operator", { timeout: 30_000 });
  await expect(page.getByRole("navigation")).toBeVisible();
  await expect(page.getByRole("main")).toContainText(/ws-/, { timeout: 30_000 });
});
