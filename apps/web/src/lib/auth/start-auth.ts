import { AuthError, type AuthenticationResult } from "@azure/msal-browser";
import { setApiAuth } from "../api-client";
import { type Auth, createAuth, STEP_UP_STATE } from "./auth";
import { fetchAuthConfig } from "./auth-config";
import { createMsal } from "./msal";
import { markSessionActive, setSessionRenewer } from "./session";

export interface StartedAuth {
  msal: ReturnType<typeof createMsal>;
  auth: Auth;
  /** Set when the page was reached at the end of a sign-in that failed (an MSAL error code). */
  signInError: string | undefined;
  /** The page was reached at the end of a step-up done by redirect (popups were blocked). */
  steppedUpByRedirect: boolean;
}

/**
 * Startup, before React renders: reads the sign-in settings from the BFF, initialises MSAL,
 * completes a sign-in that is returning from the provider, and connects the api client.
 */
export async function startAuth(): Promise<StartedAuth> {
  const config = await fetchAuthConfig();
  const msal = createMsal(config);
  await msal.initialize();

  let result: AuthenticationResult | null = null;
  let signInError: string | undefined;
  try {
    result = await msal.handleRedirectPromise();
  } catch (error) {
    signInError = error instanceof AuthError ? error.errorCode : "unknown_error";
  }
  const account = result?.account ?? msal.getActiveAccount() ?? msal.getAllAccounts()[0];
  if (account) msal.setActiveAccount(account);
  if (result) markSessionActive(); // back from signing in: whatever expired is over

  const auth = createAuth(msal, config);
  setApiAuth({ getAccessToken: auth.getAccessToken, stepUp: auth.stepUp });
  setSessionRenewer(auth.renewSession);
  return { msal, auth, signInError, steppedUpByRedirect: result?.state === STEP_UP_STATE };
}
