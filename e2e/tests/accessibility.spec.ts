// axe on every screen and state the journeys reach, in English and in Spanish: no serious or
// critical violation. Deployments are opened by address and tabs by position, so the walk is the
// same in both languages.
import type { Page, TestInfo } from "@playwright/test";
import { expectAccessible, type Language, switchLanguage } from "../support/a11y.ts";
import { deploymentPath } from "../support/console-pages.ts";
import { emulator } from "../support/emulator.ts";
import { expect, test } from "../support/fixtures.ts";
import { LABELS } from "../support/labels.ts";
import { STEP_UP_MAX_AGE_SECONDS } from "../support/ports.ts";
import { signIn, stepUpPopupClosed } from "../support/sign-in.ts";

const TAB = { overview: 0, auth: 1, keys: 2, token: 3, testConsole: 4, snippets: 5 } as const;
const DOWN_REGION = "japaneast"; // ws-research-japaneast: speech-intent has token auth

async function openDeployment(page: Page, workspace: string, name: string): Promise<void> {
  await page.goto(deploymentPath(workspace, name));
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

async function openTabAt(page: Page, index: number): Promise<void> {
  const tab = page.getByRole("tablist").first().getByRole("tab").nth(index);
  await tab.click();
  await expect(tab).toHaveAttribute("aria-selected", "true");
}

test.afterEach(async () => {
  await emulator.regionUp(DOWN_REGION);
});

for (const language of ["en", "es"] as const satisfies Language[]) {
  const l = LABELS[language];

  test(`an operator's screens pass axe (${language})`, async ({ page }, testInfo: TestInfo) => {
    test.setTimeout(300_000);
    const check = (screen: string) => expectAccessible(page, `${screen} (${language})`, testInfo);

    await page.goto("/");
    if (language === "es") await switchLanguage(page, "es");
    await check("sign-in page");
    const signedIn = await signIn(page, "operator");
    await expect(page.locator("html")).toHaveAttribute("lang", language);
    await check("inventory");

    // A key-auth AKS service: overview, the auth form mid-edit, its confirmation, a 412 conflict, keys, a
    // dialog, snippets.
    await openDeployment(page, "ws-prod-eastus", "churn-predictor");
    await check("deployment overview");
    await openTabAt(page, TAB.auth);
    await page.getByRole("switch").nth(1).click();
    await expect(page.getByRole("switch").nth(0)).not.toBeChecked();
    await emulator.setAuth("ws-prod-eastus", "churn-predictor", { keyAuth: true, tokenAuth: false });
    await page.getByRole("button", { name: l.save }).click();
    const confirmSwitch = page.getByRole("alertdialog");
    await expect(confirmSwitch).toBeVisible();
    await check("auth mode confirmation");
    await confirmSwitch.getByRole("button", { name: l.switchToToken, exact: true }).click();
    await expect(page.getByRole("alert")).toBeVisible();
    await check("auth settings, conflict");
    await openTabAt(page, TAB.keys);
    await expect(page.getByRole("button", { name: l.regenerateSecondary })).toBeVisible();
    await check("keys");
    await page.getByRole("button", { name: l.regenerateSecondary }).click();
    await expect(page.getByRole("alertdialog")).toBeVisible();
    await check("regenerate confirmation");
    await page.keyboard.press("Escape");
    await expect(page.getByRole("alertdialog")).toBeHidden();
    await openTabAt(page, TAB.snippets);
    await expect(page.getByRole("tabpanel").last().getByRole("code")).toBeVisible();
    await check("snippets");

    // A token-auth AKS service whose cluster is in another region: token, test call, enforcement.
    await openDeployment(page, "ws-prod-eastus", "credit-risk-dr");
    await openTabAt(page, TAB.auth);
    await check("auth settings with the cross-region warning");
    await openTabAt(page, TAB.token);
    await page.getByRole("button", { name: l.getToken }).click();
    await expect(page.getByRole("timer").first()).toBeVisible();
    await check("token with claims and countdown");
    await openTabAt(page, TAB.testConsole);
    await page.getByRole("button", { name: l.send, exact: true }).click();
    await page.getByRole("button", { name: l.verify, exact: true }).click();
    await expect(page.getByRole("table")).toHaveCount(2, { timeout: 15_000 });
    await check("test call result and enforcement report");

    // An ACI service: token auth not available, explained.
    await openDeployment(page, "ws-prod-eastus", "pricing-aci");
    await openTabAt(page, TAB.auth);
    await check("ACI auth settings");

    // The workspace's region down: the token panel explains it.
    await openDeployment(page, "ws-research-japaneast", "speech-intent");
    await openTabAt(page, TAB.token);
    await emulator.regionDown(DOWN_REGION);
    await page.getByRole("button", { name: l.getToken }).click();
    await expect(page.getByRole("alert")).toBeVisible();
    await check("token panel, region down");
    await emulator.regionUp(DOWN_REGION);

    // The new-deployment wizard: each step, and the first with its errors.
    await page.goto("/deployments/new");
    await page.getByRole("button", { name: l.next }).click();
    await expect(page.getByRole("combobox", { name: l.workspace })).toHaveAttribute("aria-invalid", "true");
    await check("new deployment, target with errors");
    await page.getByRole("combobox", { name: l.workspace }).selectOption("ws-research-japaneast");
    await page.getByRole("textbox", { name: l.serviceName }).fill("a11y-check");
    for (const step of ["resources", "authentication", "review"]) {
      await page.getByRole("button", { name: l.next }).click();
      await expect(page.locator("#new-deployment-step")).toBeFocused();
      await check(`new deployment, ${step}`);
    }

    // Screens outside the operator's role, and posture.
    await page.goto("/audit");
    await check("audit log, not allowed");
    await page.goto("/posture");
    await check("posture");

    // Reveal after step-up: the dialog, then the revealed key.
    const stepUpDue = signedIn.at + (STEP_UP_MAX_AGE_SECONDS + 2) * 1000 - Date.now();
    if (stepUpDue > 0) await page.waitForTimeout(stepUpDue);
    await openDeployment(page, "ws-prod-eastus", "churn-predictor");
    await openTabAt(page, TAB.keys);
    await page.getByRole("button", { name: l.revealPrimary }).click();
    await expect(page.getByRole("alertdialog")).toBeVisible();
    await check("step-up dialog");
    const popup = page.waitForEvent("popup");
    await page.getByRole("button", { name: l.signInAgain }).click();
    await stepUpPopupClosed(await popup);
    await expect(page.getByRole("timer")).toBeVisible();
    await check("revealed key");
    await page.getByRole("button", { name: l.hideNow }).click();
    await expect(page.getByRole("timer")).toBeHidden();
  });

  test(`a read-only user's screens pass axe (${language})`, async ({ page }, testInfo: TestInfo) => {
    const check = (screen: string) => expectAccessible(page, `${screen} (${language})`, testInfo);
    await page.goto("/");
    if (language === "es") await switchLanguage(page, "es");
    await signIn(page, "norole");
    await check("inventory without a role");
    await openDeployment(page, "ws-prod-eastus", "churn-predictor");
    await openTabAt(page, TAB.auth);
    await expect(page.getByRole("switch").first()).toBeDisabled();
    await check("auth settings, read-only");
    await openTabAt(page, TAB.keys);
    await check("keys, read-only");
    await openTabAt(page, TAB.testConsole);
    await check("test console, not allowed to send");
    await page.goto("/posture");
    await check("posture without a role");
  });

  test(`an admin's rotation policies and webhooks pass axe (${language})`, async ({
    page,
  }, testInfo: TestInfo) => {
    test.setTimeout(240_000);
    const check = (screen: string) => expectAccessible(page, `${screen} (${language})`, testInfo);
    await page.goto("/");
    if (language === "es") await switchLanguage(page, "es");
    const signedIn = await signIn(page, "admin");
    await page.goto("/settings");
    const policies = page.getByRole("region", { name: l.rotationPolicies, exact: true });
    const webhooks = page.getByRole("region", { name: l.webhooks, exact: true });
    await expect(policies.getByRole("button", { name: l.addPolicy })).toBeEnabled();
    await check("settings");

    // A rotation policy, through its form: first with its errors. Off and scoped to a tag no
    // deployment has, so the scheduler never rotates anything with it.
    // A retry must not meet the first attempt's policy and webhook (same name, same address).
    const attempt = testInfo.retry;
    const policyName = `a11y-${language}-${attempt}`;
    await policies.getByRole("button", { name: l.addPolicy }).click();
    const policyForm = page.getByRole("dialog");
    await policyForm.getByRole("textbox", { name: l.policyName, exact: true }).fill("");
    await policyForm.getByRole("button", { name: l.savePolicy }).click();
    await expect(policyForm.getByRole("textbox", { name: l.policyName, exact: true })).toHaveAttribute(
      "aria-invalid",
      "true",
    );
    await check("rotation policy form with errors");
    await policyForm.getByRole("textbox", { name: l.policyName, exact: true }).fill(policyName);
    await policyForm.getByRole("combobox", { name: l.appliesTo }).selectOption("tag");
    await policyForm.getByRole("textbox", { name: l.tagName }).fill("a11y");
    await policyForm.getByRole("textbox", { name: l.tagValue }).fill(language);
    await policyForm.getByRole("checkbox", { name: l.policyOn }).uncheck();
    await policyForm.getByRole("button", { name: l.savePolicy }).click();
    await expect(policyForm).toBeHidden();
    await expect(policies.getByRole("table")).toContainText(policyName);
    await check("rotation policies");
    await policies.getByRole("button", { name: `${l.previewPolicy} ${policyName}` }).click();
    const preview = page.getByRole("dialog");
    await expect(preview.getByRole("progressbar")).toHaveCount(0);
    await check("rotation policy preview");
    await preview.getByRole("button", { name: l.close }).click();
    await expect(preview).toBeHidden();

    // A webhook to it: its form, then (the add steps up) its secret shown once.
    const url = `http://localhost:9/a11y-${language}-${attempt}`;
    await webhooks.getByRole("button", { name: l.addWebhook }).click();
    const hookForm = page.getByRole("dialog");
    await hookForm.getByRole("textbox", { name: l.receiverUrl }).fill(url);
    await hookForm.getByRole("combobox").selectOption({ label: policyName });
    await check("webhook form");
    const stepUpDue = signedIn.at + (STEP_UP_MAX_AGE_SECONDS + 2) * 1000 - Date.now();
    if (stepUpDue > 0) await page.waitForTimeout(stepUpDue);
    await hookForm.getByRole("button", { name: l.addWebhook }).click();
    const popup = page.waitForEvent("popup");
    await page.getByRole("button", { name: l.signInAgain }).click();
    await stepUpPopupClosed(await popup);
    const secret = page.getByRole("alertdialog");
    await expect(secret.getByRole("button", { name: l.copiedSecret })).toBeVisible();
    await check("webhook secret shown once");
    await secret.getByRole("button", { name: l.copiedSecret }).click();
    await expect(secret).toBeHidden();
    await expect(webhooks.getByRole("table")).toContainText(url);
    await check("webhooks");

    // Its edit form: an error shown inline, then leaving with unsaved changes asks first.
    await webhooks.getByRole("button", { name: `${l.editWebhook} ${url}`, exact: true }).click();
    const edit = page.getByRole("dialog");
    await edit.getByRole("textbox", { name: l.receiverUrl }).fill("");
    await edit.getByRole("button", { name: l.save, exact: true }).click();
    await expect(edit.getByRole("textbox", { name: l.receiverUrl })).toHaveAttribute("aria-invalid", "true");
    await check("webhook edit with errors");
    await page.keyboard.press("Escape");
    const discard = page.getByRole("alertdialog");
    await expect(discard.getByRole("button", { name: l.discardChanges })).toBeVisible();
    await check("discard the webhook's changes");
    await discard.getByRole("button", { name: l.discardChanges }).click();
    await expect(edit).toBeHidden();

    await webhooks.getByRole("button", { name: `${l.deliveryLog} ${url}`, exact: true }).click();
    const log = page.getByRole("dialog");
    await expect(log.getByRole("progressbar")).toHaveCount(0);
    await check("webhook delivery log");
    await log.getByRole("button", { name: l.close, exact: true }).click();
    await expect(log).toBeHidden();
  });

  test(`the team lead's screens pass axe (${language})`, async ({ page }, testInfo: TestInfo) => {
    const check = (screen: string) => expectAccessible(page, `${screen} (${language})`, testInfo);
    await page.goto("/");
    if (language === "es") await switchLanguage(page, "es");
    await signIn(page, "lead");
    await page.goto("/posture");
    await expect(page.getByRole("heading", { level: 2 }).first()).toBeVisible();
    await check("posture report");
    await page.goto("/audit");
    // Verifying writes a record of its own, so the log has at least one to show after a reload.
    await page.getByRole("button", { name: l.verifyIntegrity }).click();
    await expect(page.getByRole("status").filter({ hasText: /\d/ }).first()).toBeVisible();
    await check("audit log, verified");
    await page.reload();
    const details = page.locator("table button[aria-haspopup=dialog]").first();
    await expect(details).toBeVisible();
    await check("audit log with records");
    await details.click();
    await expect(page.getByRole("dialog")).toBeVisible();
    await check("audit record");
  });
}
