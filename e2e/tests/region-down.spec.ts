import { deploymentPath, openFromInventory, openTab } from "../support/console-pages.ts";
import { emulator } from "../support/emulator.ts";
import { expect, test } from "../support/fixtures.ts";
import { signIn } from "../support/sign-in.ts";

// West Europe hosts ws-ml-westeurope. route-optimizer authenticates with tokens and runs on a cluster
// in East US: tokens still come from the workspace's region. sentiment-aci (same workspace) and
// churn-predictor (another workspace) authenticate with keys.
const REGION = "westeurope";
const WORKSPACE = "ws-ml-westeurope";
const TOKEN_SERVICE = "route-optimizer";
const KEY_SERVICE_SAME_WORKSPACE = "sentiment-aci";
const KEY_SERVICE_ELSEWHERE = "churn-predictor";
// The BFF keeps a token until its refresh-by time, so no journey may fetch one for TOKEN_SERVICE
// successfully (the outage would then not show); recovery is shown on another token service.
const TOKEN_SERVICE_AFTER = "claims-triage";

test.afterEach(async () => {
  await emulator.regionUp(REGION);
});

test("the workspace's region goes down: the token panel explains it, its deployments show their last-known state, key-auth services keep answering", async ({
  page,
}) => {
  const keys = await emulator.listKeys(WORKSPACE, KEY_SERVICE_SAME_WORKSPACE);
  const keyScoringUri = await emulator.scoringUri(WORKSPACE, KEY_SERVICE_SAME_WORKSPACE);

  await signIn(page, "operator");
  await openFromInventory(page, TOKEN_SERVICE);
  await openTab(page, "Token");

  await emulator.regionDown(REGION);
  expect(await emulator.regionsDown()).toEqual([REGION]);

  await page.getByRole("button", { name: "Get a token" }).click();
  const alert = page.getByRole("alert").filter({ hasText: "The workspace's region is down" });
  await expect(alert).toContainText(
    "Tokens come from the workspace's region, West Europe, so none can be had until it is back, even if the service's cluster runs in another region.",
  );
  await expect(alert).toContainText("Services that use key authentication keep working.");

  // A deployment of the workspace still opens, from the inventory's last-known state, read-only.
  await openFromInventory(page, KEY_SERVICE_SAME_WORKSPACE);
  const lastKnown = page.getByText(/What you see is its last-known state, read /);
  await expect(lastKnown).toContainText("The region of the workspace ws-ml-westeurope, West Europe, is down");
  await openTab(page, "Authentication");
  await expect(page.getByText("Changes are unavailable while the workspace's region is down.")).toBeVisible();
  for (const toggle of await page.getByRole("switch").all()) await expect(toggle).toBeDisabled();

  // Key auth needs no token: the data plane of the same workspace still answers a key…
  expect(await emulator.score(keyScoringUri, keys.primaryKey ?? "")).toBe(200);
  expect(await emulator.score(keyScoringUri)).toBe(401);
  // …and through the console, a key-auth service of a workspace elsewhere answers a test call.
  await openFromInventory(page, KEY_SERVICE_ELSEWHERE);
  await openTab(page, "Test console");
  await expect(page.getByRole("radio", { name: "Primary key" })).toBeChecked();
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.getByText("Status 200")).toBeVisible();

  // Back up: the deployment is read live again, and tokens of the workspace can be had again.
  await emulator.regionUp(REGION);
  await page.goto(deploymentPath(WORKSPACE, KEY_SERVICE_SAME_WORKSPACE));
  await expect(page.getByRole("heading", { level: 1, name: KEY_SERVICE_SAME_WORKSPACE })).toBeVisible();
  await expect(lastKnown).toBeHidden();
  await openFromInventory(page, TOKEN_SERVICE_AFTER);
  await openTab(page, "Token");
  await page.getByRole("button", { name: "Get a token" }).click();
  await expect(page.getByRole("table", { name: "Claims" })).toContainText(`/services/${TOKEN_SERVICE_AFTER}`);
});
