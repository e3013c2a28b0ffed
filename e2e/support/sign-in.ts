// Signing in as a dev-idp persona, the way a person does: the console's Sign in button, with
// `login_hint` on the address so dev-idp signs that persona in without its chooser page.
import { expect, type Page } from "@playwright/test";

/** dev-idp's personas (apps/dev-idp/src/personas.ts) by what they do. */
export const PERSONAS = {
  operator: { email: "operator@keyturn.test", name: "Olivia Operator" },
  support: { email: "support@keyturn.test", name: "Sam Support" },
  lead: { email: "lead@keyturn.test", name: "Lee Lead" },
  admin: { email: "admin@keyturn.test", name: "Ada Admin" },
  norole: { email: "norole@keyturn.test", name: "Noel Norole" },
} as const;

export type PersonaName = keyof typeof PERSONAS;

export interface SignedIn {
  /** When the sign-in finished (Date.now()): the step-up window counts from about then. */
  at: number;
}

/**
 * Signs `persona` in, starting at `path` (the console returns there afterwards), and waits until the
 * top bar names them. Works in English and Spanish (it clicks the only button on the sign-in page).
 */
export async function signIn(page: Page, persona: PersonaName, path = "/"): Promise<SignedIn> {
  const { email, name } = PERSONAS[persona];
  const url = new URL(path, "http://placeholder");
  url.searchParams.set("login_hint", email);
  await page.goto(`${url.pathname}${url.search}`);
  await page.getByRole("button", { name: /sign in|iniciar sesión/i }).click();
  await expect(page.getByRole("banner")).toContainText(name, { timeout: 30_000 });
  return { at: Date.now() };
}

/**
 * Waits for the step-up popup to close itself (dev-idp signs the hinted persona in again and MSAL
 * closes it). If it stays open, fails saying where it stopped, rather than at the test timeout.
 */
export async function stepUpPopupClosed(popup: Page): Promise<void> {
  // A popup that closed before this wait began sends no "close" event any more: it is done, not stuck.
  if (popup.isClosed()) return;
  try {
    await popup.waitForEvent("close", { timeout: 30_000 });
  } catch (error) {
    if (popup.isClosed()) return;
    const at = popup.isClosed() ? "(closed)" : popup.url();
    const text = popup.isClosed()
      ? ""
      : await popup
          .locator("body")
          .textContent({ timeout: 2_000 })
          .then(
            (t) => t ?? "",
            () => "",
          );
    throw new Error(`the step-up popup did not close; it stayed at ${at}: ${text.slice(0, 300)}`, {
      cause: error,
    });
  }
}
