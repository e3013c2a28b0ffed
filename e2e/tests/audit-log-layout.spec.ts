// The audit log as an auditor reads it at 1280×800: the records start on the first screen, sign-ins
// are hidden until asked for, an operation is one row, and nothing stretches the table.
import { expectAccessible } from "../support/a11y.ts";
import { expect, test } from "../support/fixtures.ts";
import { signIn } from "../support/sign-in.ts";

test.use({ viewport: { width: 1280, height: 800 } });

test("the audit log's records start on the first screen, without sign-ins, each operation once", async ({
  page,
}, testInfo) => {
  await signIn(page, "lead");
  // Writes records of its own (an operation with an outcome) so the log is not only sign-ins.
  await page.goto("/audit");
  await page.getByRole("button", { name: "Verify integrity" }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Intact: / })).toBeVisible();
  await page.reload();

  const records = page.getByRole("table").last();
  const rows = records.getByRole("row").filter({ hasNot: page.getByRole("columnheader") });
  await expect(rows.first()).toBeVisible();
  const firstRow = await rows.first().boundingBox();
  expect(firstRow && firstRow.y + firstRow.height, "the first record above the fold").toBeLessThanOrEqual(
    800,
  );
  await expect(records).not.toContainText("Opened the console");
  await expect(page.getByRole("button", { name: "Signed checkpoints" })).toHaveAttribute(
    "aria-expanded",
    "false",
  );

  // No request shows twice (a started record and its outcome are one row).
  const ids = await rows.evaluateAll((cells) =>
    cells.map(
      (row) => row.querySelector("td:nth-child(6) [tabindex], td:nth-child(6) span")?.textContent ?? "",
    ),
  );
  expect(new Set(ids).size).toBe(ids.length);
  await expect(records.getByRole("button", { name: /^Copy the request ID of record/ }).first()).toBeVisible();
  const table = await records.boundingBox();
  expect(table?.width ?? Number.POSITIVE_INFINITY, "the table within the screen").toBeLessThanOrEqual(1280);
  await expectAccessible(page, "audit log at 1280", testInfo);

  await page.getByRole("switch", { name: "Show sign-ins" }).check();
  await expect(records).toContainText("Opened the console");
});
