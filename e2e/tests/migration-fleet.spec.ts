import { readFile } from "node:fs/promises";
import { expectAccessible, switchLanguage } from "../support/a11y.ts";
import { csvRecords } from "../support/csv.ts";
import { expect, test } from "../support/fixtures.ts";
import { signIn } from "../support/sign-in.ts";

// Read-only all the way: the lead only reads plans, so no other journey's state matters.
const WORKSPACE = "ws-prod-eastus";
const SERVICE = "demo-open-aci"; // ACI, auth off: its callers must start sending a key

test("a lead exports the migration plan of the fleet", async ({ page, harvest }, testInfo) => {
  await signIn(page, "lead", "/posture");
  await expect(page.getByRole("heading", { level: 1, name: "Posture" })).toBeVisible();

  // Posture names the v1 finding; it links to the service's way to v2.
  await page.getByRole("combobox", { name: "Rule" }).selectOption({ label: "SDK v1 support ended" });
  await expect(page).toHaveURL(/rule=v1-support-ended/);
  const findings = page
    .getByRole("table")
    .filter({ hasText: "Support for Azure Machine Learning SDK v1 ended" });
  const row = findings
    .getByRole("row")
    .filter({ has: page.getByRole("link", { name: SERVICE, exact: true }) });
  await expect(row.first()).toContainText("June 30, 2026");
  await row.first().getByRole("link", { name: SERVICE, exact: true }).click();

  await expect(page).toHaveURL(`/deployments/${WORKSPACE}/${SERVICE}/migration`);
  await expect(page.getByRole("heading", { level: 1, name: `Way to v2: ${SERVICE}` })).toBeVisible();
  await expect(page.getByText("Managed online endpoint")).toBeVisible();
  await expect(page.getByText("callers must start sending a key")).toBeVisible();
  const callers = page.getByRole("table", { name: "What callers must change" });
  await expect(callers).toContainText(`https://${SERVICE}.eastus.inference.ml.azure.com/score`);
  await expect(page.getByText("The endpoint has not been created yet.")).toBeVisible();
  // A lead reads plans; creating the endpoint is an Operator's.
  await expect(page.getByRole("button", { name: "Create the endpoint" })).toHaveCount(0);
  await expectAccessible(page, "way to v2", testInfo);

  // The service's definition, as `az ml online-endpoint create -f` reads it.
  const yamlDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download YAML" }).click();
  const yamlFile = await yamlDownload;
  expect(yamlFile.suggestedFilename()).toBe(`${SERVICE}.endpoint.yaml`);
  const yaml = await readFile(await yamlFile.path(), "utf8");
  harvest.add("endpoint YAML", yaml);
  expect(yaml).toMatch(
    /^\$schema: https:\/\/azuremlschemas\.azureedge\.net\/latest\/managedOnlineEndpoint\.schema\.json\n/,
  );
  expect(yaml).toContain(`"keyturn-migrated-from": "${WORKSPACE}/${SERVICE}"`);

  // Every service's plan, exported for the lead.
  await page.getByRole("link", { name: "Every service's plan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Way to v2 for every v1 service" })).toBeVisible();
  const plans = page.getByRole("table", { name: "Plans of the v1 services" });
  await expect(plans.getByRole("link", { name: SERVICE, exact: true })).toBeVisible();
  await expect(plans.getByRole("link", { name: "partner-gateway" })).toHaveCount(0); // a kind Keyturn does not manage
  await expectAccessible(page, "every service's plan", testInfo);
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export CSV" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^keyturn-migration-plans-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile(await download.path(), "utf8");
  harvest.add("migration plans CSV", csv);
  const { header, records } = csvRecords(csv);
  expect(header).toEqual([
    "workspace",
    "service",
    "service_kind",
    "auth_from",
    "successor_kind",
    "endpoint_name",
    "auth_to",
    "scoring_url_from",
    "scoring_url_to",
    "definition_complete",
    "breaking_notes",
    "action_notes",
    "info_notes",
  ]);
  expect(records.length).toBeGreaterThanOrEqual(18); // the seeded ACI and AKS services
  const of = (service: string) => records.find((r) => r.service === service);
  expect(of(SERVICE)).toMatchObject({
    service_kind: "ACI",
    auth_from: "none",
    successor_kind: "Managed",
    auth_to: "Key",
  });
  expect(of(SERVICE)?.breaking_notes).toContain("callers-must-send-key");
  expect(of("fraud-scoring")).toMatchObject({ successor_kind: "Kubernetes", auth_to: "AMLToken" });
  expect(of("partner-gateway")).toBeUndefined();

  // The same screen in Spanish passes axe too.
  await switchLanguage(page, "es");
  await expect(
    page.getByRole("heading", { level: 1, name: "Camino a v2 de cada servicio v1" }),
  ).toBeVisible();
  await expectAccessible(page, "every service's plan (es)", testInfo);
});
