import type { Page } from "@playwright/test";
import { accessTokenOf, callBff, keysEtagOf } from "../support/bff-api.ts";
import { openFromInventory, openTab } from "../support/console-pages.ts";
import { emulator } from "../support/emulator.ts";
import { expect, type Harvest, test } from "../support/fixtures.ts";
import { signIn } from "../support/sign-in.ts";

// Looked at, never changed: a seeded AKS service with key auth.
const WORKSPACE = "ws-prod-eastus";
const NAME = "churn-predictor";
const REGENERATE = `/api/deployments/${WORKSPACE}/${NAME}/keys/Secondary/regenerate`;

/**
 * The regenerate endpoint called straight with the user's own access token and the keys' current ETag
 * (so only the role can be the reason): 403, nothing changed.
 */
async function directRegenerateIsForbidden(page: Page, harvest: Harvest): Promise<void> {
  const before = await emulator.listKeys(WORKSPACE, NAME);
  const token = await accessTokenOf(page);
  const ifMatch = { "If-Match": await keysEtagOf(page, WORKSPACE, NAME, token) };
  const answer = await callBff(page, "POST", REGENERATE, token, ifMatch);
  harvest.add("direct regenerate answer", answer.text);
  expect(answer.status).toBe(403);
  expect(JSON.parse(answer.text)).toMatchObject({ status: 403, code: "forbidden" });
  expect(await emulator.listKeys(WORKSPACE, NAME)).toEqual(before);
}

test("an auditor sees the keys' metadata but no regenerate control, and a direct regenerate call is refused", async ({
  page,
  harvest,
}) => {
  await signIn(page, "lead");
  await openFromInventory(page, NAME);
  await openTab(page, "Keys");
  const secondary = page.getByRole("region", { name: "Secondary key" });
  await expect(secondary.getByText("Fingerprint")).toBeVisible();
  await expect(secondary.getByRole("img", { name: "Secondary key, value hidden" })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Regenerate/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Reveal/ })).toHaveCount(0);
  await expect(page.getByLabel("Key to identify")).toHaveCount(0);

  await directRegenerateIsForbidden(page, harvest);
});

test("a user with no role reads the inventory and a deployment, with no action, and a direct regenerate call is refused", async ({
  page,
  harvest,
}) => {
  await signIn(page, "norole");
  // The inventory (a signed-in baseline permission, decision record 006).
  await expect(page.getByRole("heading", { level: 1, name: "Inventory" })).toBeVisible();
  // The v1 list, named by its count (the online endpoints' table is beside it).
  await expect(page.getByRole("table", { name: /^\d+ deployments?$/ })).toContainText(NAME);
  await expect(page.getByRole("navigation").getByRole("link", { name: "New deployment" })).toHaveCount(0);

  await openFromInventory(page, NAME);
  await expect(page.getByRole("button", { name: "Delete" })).toHaveCount(0);
  // Authentication settings: shown, read-only, no save.
  await openTab(page, "Authentication");
  await expect(page.getByRole("switch", { name: "Key authentication" })).toBeChecked();
  await expect(page.getByRole("switch", { name: "Key authentication" })).toBeDisabled();
  await expect(page.getByRole("switch", { name: "Token authentication" })).toBeDisabled();
  await expect(page.getByRole("button", { name: "Save" })).toHaveCount(0);
  // Key metadata, without regenerate or reveal.
  await openTab(page, "Keys");
  await expect(page.getByRole("region", { name: "Primary key" }).getByText("Fingerprint")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Regenerate/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Reveal/ })).toHaveCount(0);
  // Test console: nothing to send (shown disabled with the reason, or not at all).
  await openTab(page, "Test console");
  for (const name of ["Send", "Verify enforcement"]) {
    const control = page.getByRole("button", { name });
    if ((await control.count()) > 0) await expect(control).toBeDisabled();
  }

  await directRegenerateIsForbidden(page, harvest);
});
