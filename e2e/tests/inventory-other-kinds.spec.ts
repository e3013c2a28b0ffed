import { expect, test } from "../support/fixtures.ts";
import { signIn } from "../support/sign-in.ts";

// Real workspaces hold services of kinds Keyturn does not manage and live in regions beyond the old
// list: the seeded edge workspace in South Central US has an AKSENDPOINT, an IOT and an UNKNOWN service,
// and an ACI service running in West US.

test("the inventory lists services of other kinds read-only, and regions as Azure names them", async ({
  page,
}) => {
  await signIn(page, "lead");
  await page.getByRole("searchbox", { name: "Search by name" }).fill("partner-gateway");
  await expect(page).toHaveURL(/[?&]q=partner-gateway(&|$)/);
  const list = page.getByRole("table", { name: /^\d+ deployments?$/ });
  const row = list.getByRole("row").filter({ hasText: "partner-gateway" });
  await expect(row).toContainText("AKSENDPOINT");
  await expect(row).toContainText("Read-only");
  await expect(row).toContainText("South Central US");
  // Read-only: no way into the auth screens.
  await expect(row.getByRole("link", { name: "partner-gateway", exact: true })).toHaveCount(0);

  await page.getByRole("searchbox", { name: "Search by name" }).fill("kiosk-aci");
  await expect(page).toHaveURL(/[?&]q=kiosk-aci(&|$)/);
  const aci = list.getByRole("row").filter({ hasText: "kiosk-aci" });
  await expect(aci).toContainText("West US");
  await expect(aci.getByRole("link", { name: "kiosk-aci", exact: true })).toBeVisible();
});
