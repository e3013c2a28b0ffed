import { AuthError, InteractionRequiredAuthError, type IPublicClientApplication } from "@azure/msal-browser";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createAuth, STEP_UP_STATE } from "./auth";
import type { AuthConfig } from "./auth-config";
import { answerStepUpConsent } from "./step-up-consent";

const config: AuthConfig = {
  authority: "https://localhost:8443",
  clientId: "keyturn-console",
  scopes: ["api://keyturn/access_as_user"],
  protocolMode: "OIDC",
  knownAuthorities: ["localhost:8443"],
};

const account = {
  homeAccountId: "oid.tid",
  environment: "localhost:8443",
  tenantId: "tid",
  username: "operator@keyturn.test",
  localAccountId: "oid",
  idToken: "id-token",
};

function fakeMsal() {
  const msal = {
    getActiveAccount: vi.fn(() => account),
    getAllAccounts: vi.fn(() => [account]),
    loginRedirect: vi.fn(async () => {}),
    logoutRedirect: vi.fn(async () => {}),
    acquireTokenSilent: vi.fn(async () => ({ accessToken: "silent-token" })),
    acquireTokenRedirect: vi.fn(async () => {}),
    acquireTokenPopup: vi.fn(async () => ({ accessToken: "stepped-up-token" })),
  };
  return msal;
}

const authFor = (msal: ReturnType<typeof fakeMsal>) =>
  createAuth(msal as unknown as IPublicClientApplication, config);

afterEach(() => answerStepUpConsent(false));

describe("auth", () => {
  it("signs in by redirect with the API scope and the login hint, returning without it", async () => {
    window.history.replaceState(null, "", "/inventory?login_hint=operator%40keyturn.test&x=1");
    const msal = fakeMsal();
    await authFor(msal).signIn("operator@keyturn.test");
    expect(msal.loginRedirect).toHaveBeenCalledWith({
      scopes: config.scopes,
      loginHint: "operator@keyturn.test",
      redirectStartPage: "http://localhost:3000/inventory?x=1",
    });
  });

  it("signs out with the ID token as hint", async () => {
    const msal = fakeMsal();
    await authFor(msal).signOut();
    expect(msal.logoutRedirect).toHaveBeenCalledWith(
      expect.objectContaining({ account, idTokenHint: "id-token" }),
    );
  });

  it("gets the API token silently (refresh token) and falls back to a redirect when interaction is required", async () => {
    const msal = fakeMsal();
    const auth = authFor(msal);
    await expect(auth.getAccessToken()).resolves.toBe("silent-token");
    expect(msal.acquireTokenSilent).toHaveBeenCalledWith({
      scopes: config.scopes,
      account,
      forceRefresh: false,
    });

    msal.acquireTokenSilent.mockRejectedValueOnce(
      new InteractionRequiredAuthError("login_required", "sign in again"),
    );
    void auth.getAccessToken();
    await vi.waitFor(() => expect(msal.acquireTokenRedirect).toHaveBeenCalled());
  });

  it("steps up after the user confirms: a popup forcing a fresh sign-in with max_age", async () => {
    const msal = fakeMsal();
    const token = authFor(msal).stepUp({ maxAge: 600 });
    answerStepUpConsent(true);
    await expect(token).resolves.toBe("stepped-up-token");
    expect(msal.acquireTokenPopup).toHaveBeenCalledWith({
      scopes: config.scopes,
      account,
      loginHint: "operator@keyturn.test",
      prompt: "login",
      extraQueryParameters: { max_age: "600" },
    });
  });

  it("returns null when the user declines or closes the popup", async () => {
    const msal = fakeMsal();
    const auth = authFor(msal);
    const declined = auth.stepUp({});
    answerStepUpConsent(false);
    await expect(declined).resolves.toBeNull();
    expect(msal.acquireTokenPopup).not.toHaveBeenCalled();

    msal.acquireTokenPopup.mockRejectedValueOnce(new AuthError("user_cancelled", "closed"));
    const closed = auth.stepUp({});
    answerStepUpConsent(true);
    await expect(closed).resolves.toBeNull();
  });

  it("falls back to a redirect step-up when popups are blocked", async () => {
    const msal = fakeMsal();
    msal.acquireTokenPopup.mockRejectedValue(new AuthError("popup_window_error", "blocked"));
    void authFor(msal).stepUp({});
    answerStepUpConsent(true);
    await vi.waitFor(() =>
      expect(msal.acquireTokenRedirect).toHaveBeenCalledWith(
        expect.objectContaining({ prompt: "login", state: STEP_UP_STATE }),
      ),
    );
  });

  it("shares one step-up between concurrent calls", async () => {
    const msal = fakeMsal();
    const auth = authFor(msal);
    const first = auth.stepUp({});
    const second = auth.stepUp({});
    answerStepUpConsent(true);
    await expect(Promise.all([first, second])).resolves.toEqual(["stepped-up-token", "stepped-up-token"]);
    expect(msal.acquireTokenPopup).toHaveBeenCalledTimes(1);
  });
});
