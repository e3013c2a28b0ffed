import { openFromInventory, openTab } from "../support/console-pages.ts";
import { emulator } from "../support/emulator.ts";
import { expect, test } from "../support/fixtures.ts";
import { IDP_URL, STEP_UP_MAX_AGE_SECONDS } from "../support/ports.ts";
import { signIn, stepUpPopupClosed } from "../support/sign-in.ts";
import { expectToast } from "../support/toasts.ts";

// This journey's own deployment: a seeded AKS service with key auth. Rotating its secondary key
// changes nothing another journey relies on.
const WORKSPACE = "ws-research-japaneast";
const NAME = "vision-tagger";

test("support regenerates the secondary key, proves old refused and new accepted, and reveals it once after step-up", async ({
  page,
  harvest,
}) => {
  // Read directly from the workspace before the rotation: the value that must stop working.
  const before = await emulator.listKeys(WORKSPACE, NAME);
  const scoringUri = await emulator.scoringUri(WORKSPACE, NAME);
  expect(await emulator.score(scoringUri, before.secondaryKey ?? "")).toBe(200);

  const signedIn = await signIn(page, "support");
  await openFromInventory(page, NAME);
  await openTab(page, "Keys");

  // Regenerate, with the confirmation that names the consequence.
  await page.getByRole("button", { name: "Regenerate Secondary key" }).click();
  const confirm = page.getByRole("alertdialog", { name: "Regenerate the Secondary key?" });
  await expect(confirm).toContainText(
    "Callers using the Secondary key get 401 at once; the Primary key keeps working",
  );
  await expect(confirm.getByRole("button", { name: "Cancel" })).toBeFocused();
  const regenerating = page.waitForRequest(
    (r) => r.method() === "POST" && r.url().endsWith(`/${NAME}/keys/Secondary/regenerate`),
  );
  await confirm.getByRole("button", { name: "Regenerate Secondary key" }).click();
  // Sent with If-Match: the keys' ETag as the panel listed them.
  expect((await regenerating).headers()["if-match"]).toMatch(/^"[A-Za-z0-9_-]+"$/);
  await expect(confirm).toBeHidden();
  await expectToast(page, /^Secondary key regenerated\. Its new fingerprint is [0-9a-f]{12}\.$/);
  await expect(page.getByRole("region", { name: "Secondary key" })).toContainText(
    ", by support@keyturn.test",
  );

  const after = await emulator.listKeys(WORKSPACE, NAME);
  expect(after.secondaryKey).not.toBe(before.secondaryKey);
  expect(after.primaryKey, "regenerating one key never touches the other").toBe(before.primaryKey);

  // A test call with the new secondary works (the BFF sends it; the browser never holds it)…
  await openTab(page, "Test console");
  await page.getByRole("radio", { name: "Secondary key" }).check();
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.getByText("Status 200")).toBeVisible();
  await expect(page.getByText("Sent with: Secondary key, to")).toBeVisible();
  // …and the previous secondary, called straight at the scoring URI, is refused; the others answer.
  expect(await emulator.score(scoringUri, before.secondaryKey ?? "")).toBe(401);
  expect(await emulator.score(scoringUri, after.secondaryKey ?? "")).toBe(200);
  expect(await emulator.score(scoringUri, after.primaryKey ?? "")).toBe(200);
  // The console's own check of the replaced value agrees.
  await page.getByRole("button", { name: "Verify enforcement" }).click();
  await expect(
    page
      .getByRole("table", { name: "Enforcement report" })
      .getByRole("row")
      .filter({ hasText: "The value of the Secondary key replaced by a recent regeneration" }),
  ).toContainText("Refused with 401, as expected.");

  // Reveal the new key once. The sign-in is older than the step-up window by now (or soon): the
  // BFF asks for a fresh sign-in, done in a popup through dev-idp with max_age.
  const stepUpDue = signedIn.at + (STEP_UP_MAX_AGE_SECONDS + 2) * 1000 - Date.now();
  if (stepUpDue > 0) await page.waitForTimeout(stepUpDue);
  await openTab(page, "Keys");
  const challenged = page.waitForResponse(
    (r) => r.url().endsWith(`/${NAME}/keys/Secondary/reveal`) && r.status() === 401,
  );
  await page.getByRole("button", { name: "Reveal Secondary key" }).click();
  const challenge = await challenged;
  expect(await challenge.headerValue("www-authenticate")).toMatch(
    /error="insufficient_user_authentication".*max_age=30/,
  );
  const stepUp = page.getByRole("alertdialog", { name: "Confirm it is you" });
  await expect(stepUp).toContainText("This action needs a recent sign-in.");
  const revealed = page.waitForResponse(
    (r) => r.url().endsWith(`/${NAME}/keys/Secondary/reveal`) && r.status() === 200,
  );
  const popupOpened = page.waitForEvent("popup");
  const authorize = page
    .context()
    .waitForEvent("request", (r) => r.url().startsWith(IDP_URL) && r.url().includes("prompt=login"));
  await stepUp.getByRole("button", { name: "Sign in again" }).click();
  const popup = await popupOpened;
  const asked = new URL((await authorize).url());
  expect(asked.searchParams.get("max_age")).toBe(String(STEP_UP_MAX_AGE_SECONDS));
  expect(asked.searchParams.get("login_hint")).toBe("support@keyturn.test");
  // dev-idp signs the hinted persona in again; the popup closes itself.
  await stepUpPopupClosed(popup);
  const reveal = await revealed;
  expect(await reveal.headerValue("cache-control")).toContain("no-store");

  const shown = page.getByRole("region", { name: "Value of the Secondary key" });
  await expect(shown).toContainText(after.secondaryKey ?? "<none>");
  await expect(shown).toBeFocused();
  await expect(shown.getByRole("timer")).toHaveText(/^Hidden in \d+ seconds?$/);
  await expect(page.getByRole("button", { name: "Reveal Secondary key" })).toBeDisabled();

  await shown.getByRole("button", { name: "Hide now" }).click();
  await expect(shown).toBeHidden();
  await expect(page.getByRole("button", { name: "Reveal Secondary key" })).toBeFocused();
  // Gone from the page once hidden: storage and DOM are searched now, not only at the end.
  await harvest.snapshot("after hiding the revealed key");
});
