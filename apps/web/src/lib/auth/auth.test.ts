import {
  AuthError,
  CacheLookupPolicy,
  InteractionRequiredAuthError,
  type IPublicClientApplication,
} from "@azure/msal-browser";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createAuth, STEP_UP_STATE } from "./auth";
import type { AuthConfig } from "./auth-config";
import { answerSessionRenewal, isSessionExpired, markSessionActive } from "./session";
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

afterEach(() => {
  answerStepUpConsent(false);
  answerSessionRenewal(false);
  markSessionActive();
});

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

  it("gets the API token silently (refresh token)", async () => {
    const msal = fakeMsal();
    await expect(authFor(msal).getAccessToken()).resolves.toBe("silent-token");
    expect(msal.acquireTokenSilent).toHaveBeenCalledWith({
      scopes: config.scopes,
      account,
      forceRefresh: false,
      cacheLookupPolicy: CacheLookupPolicy.AccessTokenAndRefreshToken, // no iframe: the CSP forbids it
    });
  });

  it("once the session is over, asks to sign in again in a popup (keeping the page) and goes on with its token", async () => {
    const msal = fakeMsal();
    const auth = authFor(msal);
    msal.acquireTokenSilent.mockRejectedValueOnce(
      new InteractionRequiredAuthError("login_required", "sign in again"),
    );
    const token = auth.getAccessToken();
    await vi.waitFor(() => expect(isSessionExpired()).toBe(true));
    expect(window.sessionStorage.getItem("keyturn.sessionExpired")).toBe("true"); // says so after a reload
    answerSessionRenewal(true);
    await expect(token).resolves.toBe("stepped-up-token");
    expect(msal.acquireTokenPopup).toHaveBeenCalledWith({
      scopes: config.scopes,
      account,
      loginHint: "operator@keyturn.test",
    });
    expect(msal.acquireTokenRedirect).not.toHaveBeenCalled();
    expect(isSessionExpired()).toBe(false);
    expect(window.sessionStorage.getItem("keyturn.sessionExpired")).toBeNull();
  });

  it("when the user does not sign in again, fails as unauthenticated and stops asking until they choose to", async () => {
    const msal = fakeMsal();
    const auth = authFor(msal);
    msal.acquireTokenSilent.mockRejectedValue(new InteractionRequiredAuthError("login_required", "again"));
    const declined = auth.getAccessToken();
    await vi.waitFor(() => expect(isSessionExpired()).toBe(true));
    answerSessionRenewal(false);
    await expect(declined).rejects.toMatchObject({ code: "unauthenticated", status: 401 });
    // The next call fails at once: no second dialog.
    await expect(auth.getAccessToken()).rejects.toMatchObject({ code: "unauthenticated" });
    expect(msal.acquireTokenPopup).not.toHaveBeenCalled();
    // The header's "Sign in again" (a click) opens the popup straight away.
    await expect(auth.renewSession()).resolves.toBe(true);
    expect(isSessionExpired()).toBe(false);
  });

  it("signs in again by redirect when popups are blocked", async () => {
    const msal = fakeMsal();
    msal.acquireTokenPopup.mockRejectedValue(new AuthError("popup_window_error", "blocked"));
    void authFor(msal).renewSession();
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
