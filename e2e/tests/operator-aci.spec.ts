import { openFromInventory, openTab } from "../support/console-pages.ts";
import { emulator } from "../support/emulator.ts";
import { expect, test } from "../support/fixtures.ts";
import { signIn } from "../support/sign-in.ts";
import { expectToast } from "../support/toasts.ts";

// Read-only journeys on a seeded ACI service with key auth.
const WORKSPACE = "ws-prod-eastus";
const NAME = "pricing-aci";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

test("an operator tries token auth on an ACI service and is told why not", async ({ page }) => {
  await signIn(page, "operator");
  await openFromInventory(page, NAME);
  await openTab(page, "Authentication");

  const tokenSwitch = page.getByRole("switch", { name: "Token authentication" });
  await expect(tokenSwitch).toBeDisabled();
  await expect(tokenSwitch).not.toBeChecked();
  // The domain's reason is the switch's hint, so it is read with the switch.
  await expect(tokenSwitch).toHaveAccessibleDescription(
    "Token authentication is only available for AKS services, not ACI.",
  );
  await expect(page.getByRole("switch", { name: "Key authentication" })).toBeEnabled();

  await openTab(page, "Token");
  await expect(page.getByRole("tabpanel")).toContainText(
    "ACI services do not support token authentication: only AKS services do.",
  );
  await expect(page.getByRole("button", { name: "Get a token" })).toHaveCount(0);

  const service = await emulator.service(WORKSPACE, NAME);
  expect(service.authEnabled).toBe(true);
  expect(service).not.toHaveProperty("aadAuthEnabled"); // an ACI answer has none, as on Azure
});

test("an operator copies a client snippet that names the scoring URI and no secret", async ({
  page,
  harvest,
}) => {
  await signIn(page, "operator");
  await openFromInventory(page, NAME);
  await openTab(page, "Snippets");

  for (const language of ["Python", "cURL", "TypeScript"]) {
    await page.getByRole("tab", { name: language, exact: true }).click();
    await page.getByRole("button", { name: `Copy ${language}` }).click();
    await expectToast(page, `${language} snippet copied to the clipboard.`);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    harvest.add(`clipboard after copying the ${language} snippet`, copied);
    expect(copied).toContain(await emulator.scoringUri(WORKSPACE, NAME));
    expect(copied).toContain("<your-primary-key>");
    await expect(page.getByRole("region", { name: `${language} code` })).toContainText(
      copied.split("\n")[0] ?? "",
    );
  }
});
