import { readFile } from "node:fs/promises";
import { accessTokenOf, callBff, keysEtagOf } from "../support/bff-api.ts";
import { csvRecords } from "../support/csv.ts";
import { expect, test } from "../support/fixtures.ts";
import { signIn } from "../support/sign-in.ts";

// The rotation the lead looks for: support regenerates this secondary key first (as in the support
// journey, through the BFF with support's own token), so this journey does not depend on the order.
const WORKSPACE = "ws-research-japaneast";
const NAME = "vision-tagger";

test("the team lead exports the posture report, finds the rotation in the audit log and verifies the log", async ({
  page,
  harvest,
}) => {
  const support = await (await harvest.newContext("support")).newPage();
  await signIn(support, "support");
  const token = await accessTokenOf(support);
  const rotation = await callBff(
    support,
    "POST",
    `/api/deployments/${WORKSPACE}/${NAME}/keys/Secondary/regenerate`,
    token,
    { "If-Match": await keysEtagOf(support, WORKSPACE, NAME, token) },
  );
  harvest.add("regenerate answer", rotation.text);
  expect(rotation.status).toBe(200);
  const fingerprint = (JSON.parse(rotation.text) as { key: { fingerprint: string } }).key.fingerprint;

  await signIn(page, "lead");

  // Posture: export every finding as CSV, and read the file.
  await page.getByRole("navigation").getByRole("link", { name: "Posture" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Posture" })).toBeVisible();
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export CSV" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^keyturn-posture-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile(await download.path(), "utf8");
  harvest.add("posture CSV", csv);
  expect(csv.startsWith("\uFEFF"), "a byte-order mark first, for spreadsheets").toBe(true);
  const { header, records } = csvRecords(csv);
  expect(header).toEqual([
    "Severity",
    "Rule",
    "Finding",
    "What to do",
    "Workspace",
    "Deployment",
    "Compute",
    "Rule id",
  ]);
  const has = (deployment: string, rule: string) =>
    records.some((r) => r.Deployment === deployment && r["Rule id"] === rule);
  // Seeded findings no journey changes: ACI services with auth off, token auth across regions.
  for (const deployment of ["demo-open-aci", "forecast-aci", "sandbox-aci"]) {
    expect(has(deployment, "auth-disabled"), `${deployment} auth-disabled`).toBe(true);
  }
  for (const deployment of ["credit-risk-dr", "route-optimizer", "speech-intent"]) {
    expect(has(deployment, "token-cross-region"), `${deployment} token-cross-region`).toBe(true);
  }
  // Every finding says in words what is wrong and what to do, beside its rule's id.
  for (const record of records) {
    for (const column of ["Severity", "Rule", "Finding", "What to do", "Rule id"]) {
      expect(record[column], `${column} of ${record.Deployment}`).not.toBe("");
    }
  }

  // Audit: filter to support's regeneration of this key.
  await page.getByRole("navigation").getByRole("link", { name: "Audit log" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
  const filters = page.getByRole("search", { name: "Filter the audit log" });
  await filters.getByRole("combobox", { name: "Action" }).selectOption({ label: "Regenerated a key" });
  await filters.getByRole("combobox", { name: "Outcome" }).selectOption({ label: "Succeeded" });
  await filters.getByRole("textbox", { name: "Actor" }).fill("support@keyturn.test");
  await filters.getByRole("textbox", { name: "Deployment" }).fill(NAME);
  await expect(page).toHaveURL(/deployment=vision-tagger/);
  await expect(page).toHaveURL(/actor=support/);
  const rows = page
    .getByRole("table")
    .last()
    .getByRole("row")
    .filter({ hasNot: page.getByRole("columnheader") });
  await expect(rows.first()).toContainText("Regenerated a key");
  await expect(rows.first()).toContainText("Sam Support");
  await expect(rows.first()).toContainText(NAME);
  for (const row of await rows.all()) await expect(row).toContainText("Succeeded");

  // The newest one is the rotation above: its details name the new key's fingerprint.
  await rows
    .first()
    .getByRole("button", { name: /^Details of record/ })
    .click();
  const record = page.getByRole("dialog", { name: /^Audit record/ });
  await expect(record).toContainText(fingerprint);
  await expect(record).toContainText("Secondary");
  await record.getByRole("button", { name: "Close" }).first().click();
  await expect(record).toBeHidden();

  // Verify: the chain is intact.
  await page.getByRole("button", { name: "Verify integrity" }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Intact: / })).toContainText(
    /Intact: [\d,]+ records? checked, up to record [\d,]+\./,
  );
});
