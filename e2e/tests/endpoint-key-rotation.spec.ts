import { expectAccessible } from "../support/a11y.ts";
import { expect, test } from "../support/fixtures.ts";
import { servicePrincipalToken } from "../support/idp-client.ts";
import { readSecret, startVaultCaller, vaultUrlOf } from "../support/key-vault.ts";
import { EMULATOR_URL } from "../support/ports.ts";
import { signIn } from "../support/sign-in.ts";
import { expectToast } from "../support/toasts.ts";

// This journey's own endpoint: a seeded Kubernetes endpoint with key auth that no other journey uses.
const WORKSPACE = "ws-ml-westeurope";
const NAME = "route-k8s";
// The embedded default gave the endpoint a destination in its workspace's vault (secret = its name).
const VAULT = vaultUrlOf(WORKSPACE);
const ENDPOINT = `/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/keyturn-dev/providers/Microsoft.MachineLearningServices/workspaces/${WORKSPACE}/onlineEndpoints/${NAME}`;
const API = "api-version=2026-07-01";
const INPUT = { data: [[0.04, 0.05, 0.06, 0.02, -0.04, -0.03, -0.04, 0, 0.02, -0.02]] };

async function arm(path: string, method = "GET") {
  const response = await fetch(`${EMULATOR_URL}${ENDPOINT}${path}?${API}`, {
    method,
    headers: { authorization: `Bearer ${await servicePrincipalToken("bff")}` },
  });
  expect(response.status).toBe(200);
  return response.json();
}
const keysInAzure = () => arm("/listKeys", "POST") as Promise<{ primaryKey: string; secondaryKey: string }>;
const scoringUri = async () =>
  ((await arm("")) as { properties: { scoringUri: string } }).properties.scoringUri;
const score = async (uri: string, key: string) =>
  (
    await fetch(uri, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
      body: JSON.stringify(INPUT),
    })
  ).status;

test("support regenerates an endpoint's secondary key: the old one is refused at once, the new one scores", async ({
  page,
}, testInfo) => {
  const before = await keysInAzure();
  const uri = await scoringUri();
  expect(await score(uri, before.secondaryKey)).toBe(200);

  await signIn(page, "support", `/endpoints/${WORKSPACE}/${NAME}?tab=keys`);
  await expect(page.getByRole("region", { name: "Secondary key" })).toBeVisible();
  await expectAccessible(page, "endpoint keys", testInfo);

  await page.getByRole("button", { name: "Regenerate Secondary key" }).click();
  const confirm = page.getByRole("alertdialog", { name: "Regenerate the Secondary key?" });
  await expect(confirm).toContainText("the other key keeps working");
  await expect(confirm.getByRole("button", { name: "Cancel" })).toBeFocused();
  const regenerating = page.waitForRequest(
    (r) => r.method() === "POST" && r.url().endsWith(`/${NAME}/keys/Secondary/regenerate`),
  );
  await confirm.getByRole("button", { name: "Regenerate the Secondary key" }).click();
  expect((await regenerating).headers()["if-match"]).toMatch(/^"[A-Za-z0-9_-]+"$/);
  await expectToast(page, "The Secondary key was regenerated.");
  await expect(page.getByRole("region", { name: "Secondary key" })).toContainText(
    ", by support@keyturn.test",
  );

  const after = await keysInAzure();
  expect(after.secondaryKey).not.toBe(before.secondaryKey);
  expect(after.primaryKey, "regenerating one key never touches the other").toBe(before.primaryKey);
  expect(await score(uri, before.secondaryKey)).toBe(401);
  expect(await score(uri, after.secondaryKey)).toBe(200);

  // The console's test call with the new key, on the chosen deployment, and its own check of the old one.
  await page.getByRole("tab", { name: "Test console", exact: true }).click();
  await page.getByRole("radio", { name: "Secondary key" }).check();
  await page.getByRole("combobox", { name: "Deployment" }).selectOption("main");
  await page.getByRole("button", { name: "Send the test call" }).click();
  await expect(page.getByText("Status 200")).toBeVisible();
  await expect(page.getByText("Answered by main")).toBeVisible();
  await page.getByRole("button", { name: "Verify enforcement" }).click();
  await expect(
    page.getByRole("listitem").filter({ hasText: "The key a regeneration replaced" }),
  ).toContainText("Refused with 401");
});

test("support rotates an endpoint's keys from its Keys panel: the steps finish and the rotation is in the history", async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  const before = await keysInAzure();
  const uri = await scoringUri();

  // The seed published the key callers send now (in the background at start); a caller reads it
  // before every call through the whole rotation.
  await expect
    .poll(() => readSecret(VAULT, NAME), { timeout: 60_000, message: "the seeded secret" })
    .toBe(before.primaryKey);
  const caller = startVaultCaller(VAULT, NAME, uri);

  await signIn(page, "support", `/endpoints/${WORKSPACE}/${NAME}?tab=keys`);
  const history = page.getByRole("table", { name: `Rotations of ${NAME}` });
  await expect(history.or(page.getByText("No rotation of this endpoint yet."))).toBeVisible();

  // The wizard of a v1 service, on the endpoint's own routes, publishing to the endpoint's vault.
  await page.getByRole("button", { name: "Rotate the keys…" }).click();
  const wizard = page.getByRole("alertdialog", { name: `Rotate the keys of ${NAME}` });
  await expect(wizard).toContainText("The Secondary key is regenerated.");
  await expect(wizard.getByText(`${VAULT} · ${NAME}`)).toBeVisible();
  // A short grace period: development allows it.
  await wizard.getByRole("textbox", { name: /Grace period/ }).fill("5");
  await wizard.getByRole("combobox", { name: "Unit of the grace period" }).selectOption("seconds");
  await wizard.getByRole("button", { name: "Continue" }).click();
  const confirm = page.getByRole("alertdialog", { name: `Start the rotation of ${NAME}?` });
  const started = page.waitForRequest(
    (r) => r.method() === "POST" && r.url().endsWith(`/api/endpoints/${WORKSPACE}/${NAME}/rotations`),
  );
  await confirm.getByRole("button", { name: "Start the rotation" }).click();
  expect((await started).postDataJSON()).toEqual({ graceSeconds: 5 });
  await expect(confirm).toBeHidden();

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
  await expect(done.getByText("Regenerated: no longer works")).toBeVisible();
  await expect(history.getByRole("row").nth(1)).toContainText("support@keyturn.test");
  await expect(history.getByRole("row").nth(1)).toContainText("Completed");
  await expectAccessible(page, "endpoint rotation completed", testInfo);

  // Not one call failed, and Key Vault holds the key callers send now.
  expect(await caller.stop()).toMatchObject({ failed: [] });
  // Both keys were replaced in Azure: the one callers sent is refused, the new one scores.
  const after = await keysInAzure();
  expect(after.primaryKey).not.toBe(before.primaryKey);
  expect(after.secondaryKey).not.toBe(before.secondaryKey);
  expect(await score(uri, before.primaryKey)).toBe(401);
  expect(await score(uri, after.secondaryKey)).toBe(200);
  expect(await readSecret(VAULT, NAME), "Key Vault holds the new key").toBe(after.secondaryKey);
});
