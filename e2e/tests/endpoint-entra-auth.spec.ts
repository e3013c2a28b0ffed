import { expectAccessible, switchLanguage } from "../support/a11y.ts";
import { expect, test } from "../support/fixtures.ts";
import { servicePrincipalToken } from "../support/idp-client.ts";
import { EMULATOR_URL } from "../support/ports.ts";
import { signIn } from "../support/sign-in.ts";
import { expectToast } from "../support/toasts.ts";

// This journey's own endpoint: a seeded managed endpoint with key auth that no other journey uses.
const WORKSPACE = "ws-research-japaneast";
const NAME = "vision-online";
const ARM = `/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/keyturn-dev/providers/Microsoft.MachineLearningServices/workspaces/${WORKSPACE}/onlineEndpoints/${NAME}?api-version=2026-07-01`;

/** The endpoint's auth mode as Azure (the emulator) holds it, read straight with the BFF's principal. */
async function authModeInAzure(): Promise<string> {
  const response = await fetch(`${EMULATOR_URL}${ARM}`, {
    headers: { authorization: `Bearer ${await servicePrincipalToken("bff")}` },
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { properties: { authMode: string } }).properties.authMode;
}

test("an operator switches a managed endpoint to Entra-token auth and tests it with the console's own Entra token", async ({
  page,
}, testInfo) => {
  expect(await authModeInAzure()).toBe("Key");
  // From the inventory: the online endpoints in the one list with the services, by kind and mode.
  await signIn(page, "operator", "/inventory");
  const list = page.getByRole("table", { name: /^\d+ deployments?$/ });
  const filters = page.getByRole("search", { name: "Filter the deployments" });
  await filters
    .getByRole("combobox", { name: "Compute" })
    .selectOption({ label: "Kubernetes online endpoint" });
  await expect(list.getByRole("link", { name: "route-k8s", exact: true })).toBeVisible();
  await filters.getByRole("combobox", { name: "Compute" }).selectOption({ label: "Managed online endpoint" });
  await filters
    .getByRole("combobox", { name: "Authentication" })
    .selectOption({ label: "Key (online endpoint)" });
  await expect(page).toHaveURL(/[?&]authMode=Key(&|$)/);
  await expect(list.getByRole("link", { name: "route-k8s", exact: true })).toHaveCount(0);
  await expect(list.getByRole("link", { name: "fraud-online", exact: true })).toHaveCount(0);
  await list.getByRole("link", { name: NAME, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: NAME })).toBeVisible();
  await expect(page.getByRole("tabpanel")).toContainText("Managed online endpoint");
  await expectAccessible(page, "endpoint overview", testInfo);

  await page.getByRole("tab", { name: "Authentication", exact: true }).click();
  await page.getByRole("radio", { name: "Microsoft Entra token" }).check();
  await page.getByRole("button", { name: "Change the mode" }).click();
  const confirm = page.getByRole("alertdialog", { name: "Change authentication to Microsoft Entra token?" });
  await expect(confirm).toContainText("Callers that send the old credential are refused");
  await expect(confirm.getByRole("button", { name: "Cancel" })).toBeFocused();
  const changing = page.waitForRequest((r) => r.method() === "PUT" && r.url().endsWith(`/${NAME}/auth`));
  await confirm.getByRole("button", { name: "Change to Microsoft Entra token" }).click();
  // Sent with If-Match: the endpoint's ETag as the page read it.
  expect((await changing).headers()["if-match"]).toMatch(/^"[A-Za-z0-9_-]+"$/);
  await expectToast(page, "The endpoint now uses Microsoft Entra token authentication.");
  expect(await authModeInAzure()).toBe("AADToken");

  // Who may call: a token for Azure ML and the score/action permission.
  await expect(page.getByText("Who may call")).toBeVisible();
  await expect(page.getByRole("tabpanel")).toContainText("onlineEndpoints/score/action");
  // Checked once the toast has gone: axe reads a toast mid-fade as low contrast.
  await expect(page.getByText("The endpoint now uses Microsoft Entra token authentication.")).toHaveCount(0, {
    timeout: 20_000,
  });
  await expectAccessible(page, "endpoint authentication", testInfo);
  // Out of Key mode the Keys tab lists no keys: the endpoint's rotations, and why none can start.
  await page.getByRole("tab", { name: "Keys", exact: true }).click();
  await expect(page.getByText(/Only an endpoint in Key mode can be rotated/)).toBeVisible();
  await expect(page.getByRole("region", { name: "Primary key" })).toHaveCount(0);

  // The BFF calls the scoring URI with its own Entra token for https://ml.azure.com.
  await page.getByRole("tab", { name: "Test console", exact: true }).click();
  await expect(page.getByRole("radio", { name: "Keyturn's own Microsoft Entra token" })).toBeChecked();
  await page.getByRole("combobox", { name: "Deployment" }).selectOption("main");
  await page.getByRole("button", { name: "Send the test call" }).click();
  await expect(page.getByText("Status 200")).toBeVisible();
  await expect(page.getByText("Answered by main")).toBeVisible();

  // Enforcement: none, a random key, a forged token and a real token of another audience are refused.
  await page.getByRole("button", { name: "Verify enforcement" }).click();
  await expect(page.getByText("Every check was refused, as expected.")).toBeVisible();
  await expect(
    page.getByRole("listitem").filter({ hasText: "An Entra token of another audience" }),
  ).toContainText("Refused");
  await expectAccessible(page, "endpoint test console", testInfo);

  // The same screen in Spanish, axe clean too.
  await switchLanguage(page, "es");
  await page.getByRole("tab", { name: "Autenticación", exact: true }).click();
  await expect(page.getByText("Quién puede llamar")).toBeVisible();
  await expectAccessible(page, "endpoint authentication (es)", testInfo);
  await switchLanguage(page, "en");
});
