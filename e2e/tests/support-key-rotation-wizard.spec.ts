import type { Page } from "@playwright/test";
import { expectAccessible } from "../support/a11y.ts";
import { restartBff } from "../support/bff-control.ts";
import { openFromInventory, openTab } from "../support/console-pages.ts";
import { emulator } from "../support/emulator.ts";
import { expect, test } from "../support/fixtures.ts";
import { readSecret, startVaultCaller, vaultUrlOf } from "../support/key-vault.ts";
import { signIn } from "../support/sign-in.ts";

// This journey's own deployment: a seeded ACI service with key auth that no other journey rotates or
// regenerates. The embedded default gave it a destination in its workspace's vault (secret = its name).
const WORKSPACE = "ws-research-japaneast";
const NAME = "notebook-aci";
const VAULT = vaultUrlOf(WORKSPACE);

test.describe.configure({ mode: "serial" });

/** The wizard, read and confirmed with a grace period in seconds (development allows a short one). */
async function rotateThroughWizard(page: Page, graceSeconds: number) {
  await page.getByRole("button", { name: "Rotate the keys…" }).click();
  const wizard = page.getByRole("alertdialog", { name: `Rotate the keys of ${NAME}` });
  await wizard.getByRole("textbox", { name: /Grace period/ }).fill(String(graceSeconds));
  await wizard.getByRole("combobox", { name: "Unit of the grace period" }).selectOption("seconds");
  await expect(wizard.getByText(`${VAULT} · ${NAME}`)).toBeVisible();
  await wizard.getByRole("button", { name: "Continue" }).click();
  const confirm = page.getByRole("alertdialog", { name: `Start the rotation of ${NAME}?` });
  await expect(confirm.getByRole("button", { name: "Back" })).toBeVisible();
  await confirm.getByRole("button", { name: "Start the rotation" }).click();
  await expect(confirm).toBeHidden();
}

/** Waits for the seeded destination's first publish (the BFF seeds it in the background at start). */
async function publishedKey(): Promise<string> {
  let value: string | null = null;
  await expect
    .poll(async () => (value = await readSecret(VAULT, NAME)), {
      timeout: 60_000,
      message: "the seeded secret",
    })
    .not.toBeNull();
  return value as unknown as string;
}

test("support rotates the keys through the wizard while a caller reading Key Vault never fails", async ({
  page,
}, testInfo) => {
  test.setTimeout(240_000);
  const before = await emulator.listKeys(WORKSPACE, NAME);
  expect(await publishedKey(), "the destination holds the key callers send now").toBe(before.primaryKey);
  const scoringUri = await emulator.scoringUri(WORKSPACE, NAME);
  const caller = startVaultCaller(VAULT, NAME, scoringUri);

  await signIn(page, "support");
  await openFromInventory(page, NAME);
  await openTab(page, "Keys");
  await expect(page.getByText("No rotation of this deployment yet.")).toBeVisible();

  // Before anything starts: what happens, when each key dies, where the key goes, what to tell callers.
  await page.getByRole("button", { name: "Rotate the keys…" }).click();
  const wizard = page.getByRole("alertdialog", { name: `Rotate the keys of ${NAME}` });
  await expect(wizard).toContainText(
    "The Secondary key is regenerated. Its current value stops working at once",
  );
  await expect(wizard).toContainText("At once, when the rotation starts");
  await expect(wizard).toContainText("must switch to the new Secondary key after it is published");
  await expectAccessible(page, "rotation wizard", testInfo);
  await wizard.getByRole("button", { name: "Cancel" }).click();
  await expect(wizard).toBeHidden();

  await rotateThroughWizard(page, 10);
  const progress = page.getByRole("region", { name: "Rotation in progress" });
  await expect(progress.getByRole("status")).toContainText("Now:");
  await expectAccessible(page, "rotation in progress", testInfo);

  const done = page.getByRole("region", { name: "Rotation completed" });
  await expect(done).toBeVisible({ timeout: 120_000 });
  const steps = done.getByRole("table", { name: "Steps of the rotation" });
  for (const step of [
    "Regenerate the standby key",
    "Verify the new key",
    "Publish to Key Vault",
    "Grace period",
    "Regenerate the old key",
  ]) {
    await expect(steps.getByRole("row", { name: new RegExp(`^${step}`) })).toContainText("Succeeded");
  }
  await expect(steps.getByRole("row", { name: /^Regenerate the old key/ })).toContainText(
    "for support@keyturn.test",
  );
  await expect(done.getByRole("listitem").filter({ hasText: `${VAULT} · ${NAME}` })).toContainText(
    /Version \w+/,
  );
  await expect(done.getByText("Regenerated: no longer works")).toBeVisible();
  const history = page.getByRole("table", { name: `Rotations of ${NAME}` });
  await expect(history.getByRole("row").nth(1)).toContainText("support@keyturn.test");
  await expect(history.getByRole("row").nth(1)).toContainText("Completed");

  // A few more calls after the old key died, then the caller's tally: not one call failed.
  await page.waitForTimeout(1_000);
  const calls = await caller.stop();
  expect(calls.failed, "calls refused during the rotation").toEqual([]);
  expect(calls.ok).toBeGreaterThan(10);

  const after = await emulator.listKeys(WORKSPACE, NAME);
  expect(after.secondaryKey).not.toBe(before.secondaryKey);
  expect(after.primaryKey).not.toBe(before.primaryKey);
  expect(await readSecret(VAULT, NAME), "Key Vault holds the new key").toBe(after.secondaryKey);
  expect(await emulator.score(scoringUri, before.primaryKey ?? ""), "the old key is dead").toBe(401);
  await expectAccessible(page, "rotation completed", testInfo);
});

test("a rotation interrupted by a BFF restart is resumed by the BFF that comes back and completes", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const before = await emulator.listKeys(WORKSPACE, NAME);
  const scoringUri = await emulator.scoringUri(WORKSPACE, NAME);
  const caller = startVaultCaller(VAULT, NAME, scoringUri);

  await signIn(page, "support");
  await openFromInventory(page, NAME);
  await openTab(page, "Keys");
  // The previous rotation made Secondary the key callers send: this one regenerates Primary first.
  await page.getByRole("button", { name: "Rotate the keys…" }).click();
  await expect(page.getByRole("alertdialog")).toContainText("The Primary key is regenerated.");
  await page.getByRole("alertdialog").getByRole("button", { name: "Cancel" }).click();
  await rotateThroughWizard(page, 30);

  // In its grace period (new key published, old key alive), the BFF restarts under it.
  const progress = page.getByRole("region", { name: "Rotation in progress" });
  await expect(progress.getByRole("status")).toHaveText("Now: Grace period", { timeout: 60_000 });
  const steps = progress.getByRole("table", { name: "Steps of the rotation" });
  const firstRunner = await steps
    .getByRole("row", { name: /^Regenerate the standby key/ })
    .getByRole("cell")
    .nth(4)
    .textContent();
  await restartBff();

  // The new BFF takes the rotation over from its recorded steps and finishes it after the grace period.
  const done = page.getByRole("region", { name: "Rotation completed" });
  await expect(done).toBeVisible({ timeout: 150_000 });
  const finished = done.getByRole("table", { name: "Steps of the rotation" });
  const retired = finished.getByRole("row", { name: /^Regenerate the old key/ });
  await expect(retired).toContainText("Succeeded");
  expect(await retired.getByRole("cell").nth(4).textContent(), "another BFF ran the last step").not.toBe(
    firstRunner,
  );

  const calls = await caller.stop();
  expect(calls.failed, "calls refused during the rotation and the restart").toEqual([]);
  const after = await emulator.listKeys(WORKSPACE, NAME);
  expect(after.primaryKey).not.toBe(before.primaryKey);
  expect(after.secondaryKey).not.toBe(before.secondaryKey);
  expect(await readSecret(VAULT, NAME)).toBe(after.primaryKey);
  expect(await emulator.score(scoringUri, before.secondaryKey ?? "")).toBe(401);
});
