// Where people used to get stuck or misled: a change of authentication mode confirmed with the callers it
// breaks, an expired session with a way back that keeps the edit, an unknown deployment, and controls a
// role does not allow that say why.
import type { Page } from "@playwright/test";
import { expectAccessible } from "../support/a11y.ts";
import { deploymentPath, openTab } from "../support/console-pages.ts";
import { emulator } from "../support/emulator.ts";
import { expect, test } from "../support/fixtures.ts";
import { signIn, stepUpPopupClosed } from "../support/sign-in.ts";
import { expectToast } from "../support/toasts.ts";

// A seeded AKS service with key auth, put back afterwards.
const WORKSPACE = "ws-prod-eastus";
const NAME = "churn-predictor";

test.afterEach(async () => {
  await emulator.setAuth(WORKSPACE, NAME, { keyAuth: true, tokenAuth: false });
});

/**
 * Ends the session as it ends for real: the identity provider's sign-in is over (its cookie gone, so a
 * silent renewal is refused) and MSAL's cache keeps the account but no token.
 */
async function expireSession(page: Page): Promise<void> {
  await page.context().clearCookies();
  const removed = await page.evaluate(() => {
    let count = 0;
    for (const key of Object.keys(sessionStorage)) {
      try {
        const entry = JSON.parse(sessionStorage.getItem(key) ?? "") as { credentialType?: string };
        if (entry.credentialType === "AccessToken" || entry.credentialType === "RefreshToken") {
          sessionStorage.removeItem(key);
          count += 1;
        }
      } catch {
        // not one of MSAL's JSON entries
      }
    }
    return count;
  });
  expect(removed, "MSAL's access and refresh tokens removed").toBeGreaterThan(0);
}

async function openAuthTab(page: Page): Promise<void> {
  await page.goto(deploymentPath(WORKSPACE, NAME, "auth"));
  await expect(page.getByRole("heading", { level: 1, name: NAME })).toBeVisible();
  await expect(page.getByRole("switch", { name: "Key authentication" })).toBeChecked();
}

test("switching from key to token auth is confirmed with the callers it breaks, then the test console is offered", async ({
  page,
}, testInfo) => {
  await signIn(page, "operator");
  await openAuthTab(page);
  await page.getByRole("switch", { name: "Token authentication" }).click();
  await page.getByRole("button", { name: "Save" }).click();

  const dialog = page.getByRole("alertdialog", { name: "Switch to token authentication?" });
  await expect(dialog).toContainText("Callers that send keys get 401 as soon as you save.");
  await expectAccessible(page, "auth mode confirmation", testInfo);
  await dialog.getByRole("button", { name: "Keep key authentication" }).click();
  await expect(dialog).toBeHidden();
  expect((await emulator.service(WORKSPACE, NAME)).authEnabled).toBe(true); // nothing sent

  await page.getByRole("button", { name: "Save" }).click();
  await dialog.getByRole("button", { name: "Switch to token authentication" }).click();
  await expectToast(page, "Authentication settings saved");
  const changed = await emulator.service(WORKSPACE, NAME);
  expect({ key: changed.authEnabled, token: changed.aadAuthEnabled }).toEqual({ key: false, token: true });

  await page.getByRole("button", { name: "Open the test console" }).click();
  await expect(page.getByRole("tab", { name: "Test console" })).toHaveAttribute("aria-selected", "true");
  await expect(page.getByRole("tab", { name: "Test console" })).toBeFocused();
  await expect(page.getByRole("radio", { name: "Token" })).toBeChecked();
});

test("an expired session asks to sign in again in a popup, keeps the unsaved edit and finishes the save", async ({
  page,
}, testInfo) => {
  await signIn(page, "operator");
  await openAuthTab(page);
  await page.getByRole("switch", { name: "Token authentication" }).click(); // the unsaved edit
  await expireSession(page);

  await page.getByRole("button", { name: "Save" }).click();
  await page
    .getByRole("alertdialog", { name: "Switch to token authentication?" })
    .getByRole("button", { name: "Switch to token authentication" })
    .click();
  const expired = page.getByRole("alertdialog", { name: "Your session has expired" });
  await expect(expired).toBeVisible();
  // The banner, behind the modal dialog (so out of the accessibility tree for now).
  const header = page.locator("header");
  await expect(header).toContainText("Your session has expired");
  await expect(header).not.toContainText("Signed in as");
  await expectAccessible(page, "session expired dialog", testInfo);

  const popup = page.waitForEvent("popup");
  await expired.getByRole("button", { name: "Sign in again" }).click();
  await stepUpPopupClosed(await popup);
  await expectToast(page, "Authentication settings saved");
  await expect(page.getByRole("banner")).toContainText("Signed in as Olivia Operator");
  const changed = await emulator.service(WORKSPACE, NAME);
  expect({ key: changed.authEnabled, token: changed.aadAuthEnabled }).toEqual({ key: false, token: true });
});

test("a session left expired is said in the header, still after a reload, and Sign in again brings the page back", async ({
  page,
}) => {
  await signIn(page, "operator");
  await expireSession(page);
  await page.goto(deploymentPath(WORKSPACE, NAME, "keys")); // its first call finds the session over
  const expired = page.getByRole("alertdialog", { name: "Your session has expired" });
  await expired.getByRole("button", { name: "Not now" }).click();
  const banner = page.getByRole("banner");
  await expect(banner).toContainText("Your session has expired");
  await expect(banner).not.toContainText("Signed in as");
  await expect(banner.getByRole("button", { name: "Sign in again" })).toBeVisible();

  await page.reload();
  await expect(page.locator("header")).toContainText("Your session has expired");
  await expect(page.locator("header")).not.toContainText("Signed in as");
  const popup = page.waitForEvent("popup");
  await expired.getByRole("button", { name: "Sign in again" }).click();
  await stepUpPopupClosed(await popup);
  await expect(page.getByRole("banner")).toContainText("Signed in as Olivia Operator");
  await expect(page.getByRole("region", { name: "Primary key" })).toBeVisible();
});

test("an unknown deployment says it was not found and links back to the inventory", async ({
  page,
}, testInfo) => {
  await signIn(page, "operator", deploymentPath(WORKSPACE, "no-such-service"));
  await expect(page.getByRole("heading", { level: 1, name: "Deployment not found" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText(
    `The workspace ${WORKSPACE} has no deployment named no-such-service`,
  );
  await expect(page.getByRole("button", { name: "Try again" })).toHaveCount(0);
  await expectAccessible(page, "deployment not found", testInfo);
  await page.getByRole("link", { name: "Go to the inventory" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Inventory" })).toBeVisible();
});

test("a user without a role is told what they can do, and each control they cannot use says why", async ({
  page,
}, testInfo) => {
  await signIn(page, "norole");
  await expect(page.getByRole("main")).toContainText("You are signed in without a Keyturn role");
  await expectAccessible(page, "inventory with the no-role banner", testInfo);

  await page.goto(deploymentPath(WORKSPACE, "credit-risk-dr", "testConsole"));
  const send = page.getByRole("button", { name: "Send", exact: true });
  await expect(send).toHaveAttribute("aria-disabled", "true");
  await expect(page.getByRole("tabpanel")).toContainText(
    "Only people with one of the Operator or Key rotator roles can do this.",
  );
  await expect(page.getByRole("tabpanel")).toContainText(
    "Only people with one of the Operator, Key rotator, Auditor, or Admin roles can do this.",
  );
  await expectAccessible(page, "test console, disabled with reasons", testInfo);

  await openTab(page, "Keys");
  await expect(page.getByRole("tabpanel")).toContainText(
    "You can read these keys' details, but not reveal, regenerate or identify a key.",
  );
});

test("a team lead's Get a token says why it is disabled instead of inviting them to get one", async ({
  page,
}) => {
  await signIn(page, "lead", deploymentPath(WORKSPACE, "credit-risk-dr", "token"));
  const get = page.getByRole("button", { name: "Get a token" });
  await expect(get).toHaveAttribute("aria-disabled", "true");
  await expect(page.getByRole("tabpanel")).toContainText(
    "Only people with one of the Operator or Key rotator roles can do this.",
  );
  await expect(page.getByRole("tabpanel")).not.toContainText("Get a token to see its claims");
});
