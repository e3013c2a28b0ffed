import { openFromInventory, openTab } from "../support/console-pages.ts";
import { emulator } from "../support/emulator.ts";
import { expect, test } from "../support/fixtures.ts";
import { signIn } from "../support/sign-in.ts";
import { expectToast } from "../support/toasts.ts";

// This journey's own deployment (an AKS service with key auth, cluster in the workspace's region);
// put back to key auth afterwards so the journey can run again on the same system.
const WORKSPACE = "ws-ml-westeurope";
const NAME = "diabetes-progression";

test.afterEach(async () => {
  await emulator.setAuth(WORKSPACE, NAME, { keyAuth: true, tokenAuth: false });
});

test("an operator switches an AKS service from key to token auth, gets a token, tests it and verifies enforcement", async ({
  page,
}) => {
  const keys = await emulator.listKeys(WORKSPACE, NAME);
  const scoringUri = await emulator.scoringUri(WORKSPACE, NAME);
  expect(await emulator.score(scoringUri, keys.primaryKey ?? "")).toBe(200);

  await signIn(page, "operator");
  await openFromInventory(page, NAME);
  await openTab(page, "Authentication");

  const keySwitch = page.getByRole("switch", { name: "Key authentication" });
  const tokenSwitch = page.getByRole("switch", { name: "Token authentication" });
  await expect(keySwitch).toBeChecked();
  await expect(tokenSwitch).not.toBeChecked();
  await tokenSwitch.click();
  // The domain's rule, applied and explained while editing: key goes off in the same change.
  await expect(tokenSwitch).toBeChecked();
  await expect(keySwitch).not.toBeChecked();
  await expect(
    page.getByRole("status").filter({ hasText: "Key authentication was turned off" }),
  ).toContainText("a service cannot use key and token authentication at the same time");
  await expect(page.getByText("Callers must send a token from the workspace.")).toBeVisible();
  await page.getByRole("button", { name: "Save" }).click();
  const confirm = page.getByRole("alertdialog", { name: "Switch to token authentication?" });
  await expect(confirm).toContainText("Callers that send keys get 401 as soon as you save.");
  await confirm.getByRole("button", { name: "Switch to token authentication", exact: true }).click();
  await expectToast(page, "Authentication settings saved");
  await expectToast(page, "Callers now authenticate with a token.");

  // The workspace enforces it at once: the key that worked a moment ago is refused.
  const changed = await emulator.service(WORKSPACE, NAME);
  expect({ key: changed.authEnabled, token: changed.aadAuthEnabled }).toEqual({ key: false, token: true });
  expect(await emulator.score(scoringUri, keys.primaryKey ?? "")).toBe(401);

  // A token: its claims and a live refresh-by countdown.
  await openTab(page, "Token");
  await page.getByRole("button", { name: "Get a token" }).click();
  const claims = page.getByRole("table", { name: "Claims" });
  await expect(claims.getByRole("row", { name: /^aud / })).toContainText(`/services/${NAME}`);
  await expect(claims.getByRole("row", { name: /^iss / })).toContainText(`/workspaces/${WORKSPACE}`);
  await expect(page.getByText("Fresh", { exact: true })).toBeVisible();
  const refreshTimer = page.getByRole("timer").first();
  await expect(refreshTimer).toHaveText(/^in \d+ min/);
  const before = await refreshTimer.textContent();
  await expect(refreshTimer).not.toHaveText(before ?? "", { timeout: 5_000 });

  // A test call with the token, made by the BFF.
  await openTab(page, "Test console");
  await expect(page.getByRole("radio", { name: "Token" })).toBeChecked();
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.getByText("Status 200")).toBeVisible();
  await expect(page.getByText("Sent with: Token, to")).toBeVisible();

  // Verify enforcement: every negative check is refused.
  await page.getByRole("button", { name: "Verify enforcement" }).click();
  const report = page.getByRole("table", { name: "Enforcement report" });
  await expect(
    page.getByText("Every check was refused as expected: the service enforces token authentication."),
  ).toBeVisible();
  for (const check of [
    "A call without a credential",
    "A random value shaped like a key",
    "A well-formed token signed by a key the service does not trust",
  ]) {
    const row = report.getByRole("row").filter({ hasText: check });
    await expect(row).toContainText("Pass");
    await expect(row).toContainText(/Refused with 401, as expected\./);
  }
  // No key was replaced by a regeneration here, so that check has nothing to send.
  await expect(
    report.getByRole("row").filter({ hasText: "replaced by a recent regeneration" }),
  ).toContainText("Skipped");
  await expect(report.getByText("Fail", { exact: true })).toHaveCount(0);
});
