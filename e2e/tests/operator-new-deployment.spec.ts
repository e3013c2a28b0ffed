import { openTab } from "../support/console-pages.ts";
import { emulator } from "../support/emulator.ts";
import { expect, test } from "../support/fixtures.ts";
import { signIn } from "../support/sign-in.ts";
import { expectToast } from "../support/toasts.ts";

const WORKSPACE = "ws-research-japaneast";
// Its own name each run, so the journey can run again on the same system.
const NAME = `e2e-aci-${Date.now().toString(36)}`;

test.afterEach(async () => {
  await emulator.deleteService(WORKSPACE, NAME);
});

test("an operator creates an ACI deployment with key auth and sees it become healthy", async ({ page }) => {
  await signIn(page, "operator");
  await page.getByRole("navigation").getByRole("link", { name: "New deployment" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New deployment" })).toBeVisible();

  // 1. Target
  await page.getByRole("combobox", { name: "Workspace" }).selectOption(WORKSPACE);
  await page.getByRole("textbox", { name: "Service name" }).fill(NAME);
  await page.getByRole("radio", { name: /^ACI — / }).check();
  await page.getByRole("button", { name: "Next" }).click();
  // 2. Resources (the seed's 1 core, 1 GB; the workspace's region)
  await expect(page.getByRole("heading", { level: 2, name: "Resources" })).toBeFocused();
  await expect(page.getByRole("spinbutton", { name: "CPU cores" })).toHaveValue("1");
  await page.getByRole("button", { name: "Next" }).click();
  // 3. Authentication: ACI starts with key auth off; token auth is not available.
  await expect(page.getByRole("heading", { level: 2, name: "Authentication" })).toBeFocused();
  await expect(
    page.getByText("Defaults for ACI: key authentication off; token authentication not available."),
  ).toBeVisible();
  const keySwitch = page.getByRole("switch", { name: "Key authentication" });
  await expect(keySwitch).not.toBeChecked();
  await expect(page.getByRole("switch", { name: "Token authentication" })).toBeDisabled();
  await keySwitch.check();
  await expect(page.getByText("Callers must send one of the service's keys.")).toBeVisible();
  await page.getByRole("button", { name: "Next" }).click();
  // 4. Review
  await expect(page.getByRole("heading", { level: 2, name: "Review" })).toBeFocused();
  await expect(page.getByRole("main")).toContainText(NAME);
  await page.getByRole("button", { name: "Create deployment" }).click();

  // The deployment page watches it until it is healthy.
  await expect(page.getByRole("heading", { level: 1, name: NAME })).toBeVisible({ timeout: 30_000 });
  await expectToast(page, `${NAME} was created.`);
  await expectToast(page, "The deployment is healthy and ready to be called.");
  await expect(page.getByRole("definition").filter({ hasText: /^Healthy$/ })).toBeVisible();

  const created = await emulator.service(WORKSPACE, NAME);
  expect(created).toMatchObject({
    computeType: "ACI",
    state: "Healthy",
    authEnabled: true,
  });
  expect(created).not.toHaveProperty("aadAuthEnabled"); // an ACI answer has none, as on Azure
  // Key auth is really on: no credential is refused, the new key answers.
  const keys = await emulator.listKeys(WORKSPACE, NAME);
  expect(await emulator.score(created.scoringUri ?? "")).toBe(401);
  expect(await emulator.score(created.scoringUri ?? "", keys.primaryKey ?? "")).toBe(200);

  await openTab(page, "Authentication");
  await expect(page.getByRole("switch", { name: "Key authentication" })).toBeChecked();

  // Cleaned up the way an operator would: delete, confirmed.
  await page.getByRole("button", { name: "Delete", exact: true }).click();
  const confirm = page.getByRole("alertdialog", { name: `Delete ${NAME}?` });
  await confirm.getByRole("button", { name: "Delete the deployment" }).click();
  await expectToast(page, new RegExp(`^${NAME} (was|is being) deleted\\.$`));
  await expect(page.getByRole("heading", { level: 1, name: "Inventory" })).toBeVisible();
  await expect
    .poll(async () => (await emulator.services(WORKSPACE)).some((s) => s.name === NAME))
    .toBe(false);
});
