import {
  type AccountInfo,
  AuthError,
  BrowserAuthErrorCodes,
  CacheLookupPolicy,
  InteractionRequiredAuthError,
  type IPublicClientApplication,
} from "@azure/msal-browser";
import { ApiProblem, type AuthChallenge } from "../api-client";
import type { AuthConfig } from "./auth-config";
import { withoutLoginHint } from "./login-hint";
import { isSessionExpired, markSessionActive, markSessionExpired, requestSessionRenewal } from "./session";
import { requestStepUpConsent } from "./step-up-consent";

/** `state` of a step-up that had to fall back to a full-page redirect. */
export const STEP_UP_STATE = "keyturn-step-up";

/** What the app needs from sign-in; `createAuth` implements it with MSAL, tests with a fake. */
export interface Auth {
  signIn(loginHint?: string): Promise<void>;
  signOut(): Promise<void>;
  getAccessToken(options?: { forceRefresh: boolean }): Promise<string>;
  /** A fresh sign-in (RFC 9470 step-up); the new access token, or `null` when the user declines. */
  stepUp(challenge: AuthChallenge): Promise<string | null>;
}

/** Keyturn's MSAL-backed `Auth`, with what the session's own controls need. */
export interface MsalAuth extends Auth {
  /** Signs in again by popup, from a click, keeping the page; `true` once a token is back. */
  renewSession(): Promise<boolean>;
}

const never = () => new Promise<never>(() => {});

const signInNeeded = (detail?: string) =>
  new ApiProblem({ code: "unauthenticated", status: 401, title: "Sign-in needed", detail });

export function createAuth(msal: IPublicClientApplication, config: AuthConfig): MsalAuth {
  const scopes = config.scopes;
  const account = (): AccountInfo | null => msal.getActiveAccount() ?? msal.getAllAccounts()[0] ?? null;
  let stepUpInFlight: Promise<string | null> | null = null;
  let renewalInFlight: Promise<string | null> | null = null;
  /** The user chose not to sign in again: calls fail at once until they use the header's button. */
  let renewalDeclined = false;

  async function signIn(loginHint?: string) {
    await msal.loginRedirect({ scopes, loginHint, redirectStartPage: withoutLoginHint() });
  }

  async function signOut() {
    const current = account();
    await msal.logoutRedirect({
      account: current,
      // The local OpenID provider stops at its own page without it (docs/sign-in.md).
      idTokenHint: current?.idToken,
      postLogoutRedirectUri: `${window.location.origin}/`,
    });
  }

  async function getAccessToken(options = { forceRefresh: false }) {
    const current = account();
    if (!current) throw signInNeeded();
    try {
      const result = await msal.acquireTokenSilent({
        scopes,
        account: current,
        forceRefresh: options.forceRefresh,
        // Cache, then refresh token, never a hidden iframe: the CSP forbids frames, so MSAL's iframe
        // renewal would only wait out its timeout and end in an error that hides the expiry.
        cacheLookupPolicy: CacheLookupPolicy.AccessTokenAndRefreshToken,
      });
      if (isSessionExpired()) markSessionActive(); // the flag outlived a reload it did not need to
      return result.accessToken;
    } catch (error) {
      if (error instanceof InteractionRequiredAuthError) {
        // Refresh token gone or expired: the session is over. Ask to sign in again in a popup, so
        // the page and what the user has not saved stay; the call goes on with the new token.
        renewalInFlight ??= renewAfterExpiry().finally(() => {
          renewalInFlight = null;
        });
        const token = await renewalInFlight;
        if (token) return token;
        throw signInNeeded(error.errorCode);
      }
      throw signInNeeded(error instanceof AuthError ? error.errorCode : undefined);
    }
  }

  async function renewAfterExpiry(): Promise<string | null> {
    markSessionExpired();
    if (renewalDeclined) return null;
    const token = (await requestSessionRenewal()) ? await signInAgainByPopup() : null;
    renewalDeclined = token === null;
    return token;
  }

  async function signInAgainByPopup(): Promise<string | null> {
    const current = account();
    const request = { scopes, ...(current ? { account: current, loginHint: current.username } : {}) };
    try {
      const result = await msal.acquireTokenPopup(request);
      renewalDeclined = false;
      markSessionActive();
      return result.accessToken;
    } catch (error) {
      const code = error instanceof AuthError ? error.errorCode : undefined;
      if (code === BrowserAuthErrorCodes.userCancelled) return null;
      if (
        code === BrowserAuthErrorCodes.popupWindowError ||
        code === BrowserAuthErrorCodes.emptyWindowError
      ) {
        // Popups blocked: sign in again with a full redirect, coming back to this page.
        await msal.acquireTokenRedirect(request);
        return never();
      }
      throw signInNeeded(code);
    }
  }

  async function renewSession(): Promise<boolean> {
    return (await signInAgainByPopup()) !== null;
  }

  async function runStepUp(challenge: AuthChallenge): Promise<string | null> {
    const current = account();
    if (!current) throw signInNeeded();
    if (!(await requestStepUpConsent())) return null;
    const request = {
      scopes,
      account: current,
      loginHint: current.username,
      prompt: "login",
      // MSAL's `maxAge` request option is deprecated and inert in v5: send OIDC `max_age` ourselves.
      extraQueryParameters: {
        max_age: String(challenge.maxAge ?? 0),
        ...(challenge.acrValues ? { acr_values: challenge.acrValues } : {}),
      },
    };
    try {
      // A popup keeps this page (and the action waiting to be replayed) alive.
      const result = await msal.acquireTokenPopup(request);
      return result.accessToken;
    } catch (error) {
      const code = error instanceof AuthError ? error.errorCode : undefined;
      if (code === BrowserAuthErrorCodes.userCancelled) return null;
      if (
        code === BrowserAuthErrorCodes.popupWindowError ||
        code === BrowserAuthErrorCodes.emptyWindowError
      ) {
        // Popups blocked: step up with a full redirect; the user repeats the action on return.
        await msal.acquireTokenRedirect({ ...request, state: STEP_UP_STATE });
        return never();
      }
      throw signInNeeded(code);
    }
  }

  function stepUp(challenge: AuthChallenge) {
    stepUpInFlight ??= runStepUp(challenge).finally(() => {
      stepUpInFlight = null;
    });
    return stepUpInFlight;
  }

  return { signIn, signOut, getAccessToken, stepUp, renewSession };
}
