import type { Page } from "@playwright/test";
import { deploymentPath, openFromInventory, openTab } from "../support/console-pages.ts";
import { emulator } from "../support/emulator.ts";
import { expect, type Harvest, test } from "../support/fixtures.ts";
import { signIn } from "../support/sign-in.ts";
import { expectToast } from "../support/toasts.ts";

// This journey's own deployment: a seeded AKS service with authentication off; put back afterwards.
const WORKSPACE = "ws-ml-westeurope";
const NAME = "anomaly-watch";

test.afterEach(async () => {
  await emulator.setAuth(WORKSPACE, NAME, { keyAuth: false, tokenAuth: false });
});

/** Two operators open the same version; the first turns key auth on and saves. Returns the second. */
async function firstSavesWhileSecondEdits(page: Page, harvest: Harvest): Promise<Page> {
  await signIn(page, "operator");
  await openFromInventory(page, NAME);
  await openTab(page, "Authentication");
  const second = await (await harvest.newContext("second operator")).newPage();
  await signIn(second, "operator", deploymentPath(WORKSPACE, NAME, "auth"));
  await expect(second.getByRole("heading", { level: 1, name: NAME })).toBeVisible();
  await expect(page.getByRole("switch", { name: "Key authentication" })).not.toBeChecked();
  await expect(second.getByRole("switch", { name: "Key authentication" })).not.toBeChecked();

  await page.getByRole("switch", { name: "Key authentication" }).check();
  await page.getByRole("button", { name: "Save" }).click();
  await confirmSwitch(page, "key");
  await expectToast(page, "Authentication settings saved");
  return second;
}

/** Confirms the change of mode the Save asked about: from off to key or token authentication. */
async function confirmSwitch(page: Page, to: "key" | "token"): Promise<void> {
  const dialog = page.getByRole("alertdialog", { name: `Switch to ${to} authentication?` });
  await expect(dialog).toContainText("Callers that send no credential get 401 as soon as you save.");
  await dialog.getByRole("button", { name: `Switch to ${to} authentication`, exact: true }).click();
}

/** The second saves on the old version: 412, explained, with a reload that shows the first's change. */
async function secondIsToldOfTheConflict(second: Page, to: "key" | "token"): Promise<void> {
  const answered = second.waitForResponse(
    (r) => r.request().method() === "PATCH" && r.url().endsWith(`/${NAME}/auth`),
  );
  await second.getByRole("button", { name: "Save" }).click();
  await confirmSwitch(second, to);
  expect((await answered).status()).toBe(412);
  const alert = second.getByRole("alert").filter({ hasText: "Someone else changed these settings" });
  await expect(alert).toContainText("Someone changed this item since you opened it.");
  await expect(alert).toContainText("Your change was not saved.");

  await alert.getByRole("button", { name: "Reload" }).click();
  await expect(second.getByText("The current settings are shown. Your change was not saved.")).toBeVisible();
  await expect(second.getByRole("switch", { name: "Key authentication" })).toBeChecked();
  await expect(second.getByRole("switch", { name: "Token authentication" })).not.toBeChecked();
  const service = await emulator.service(WORKSPACE, NAME);
  expect({ key: service.authEnabled, token: service.aadAuthEnabled }).toEqual({ key: true, token: false });
}

test("two operators edit the same deployment; the second save is told of the conflict (412) and offered a reload", async ({
  page,
  harvest,
}) => {
  const second = await firstSavesWhileSecondEdits(page, harvest);
  await second.getByRole("switch", { name: "Key authentication" }).check();
  await secondIsToldOfTheConflict(second, "key");
});

test("a stale change that the new version would refuse is still a conflict (412), not a rule error", async ({
  page,
  harvest,
}) => {
  const second = await firstSavesWhileSecondEdits(page, harvest);
  await second.getByRole("switch", { name: "Token authentication" }).check();
  await secondIsToldOfTheConflict(second, "token");
});
