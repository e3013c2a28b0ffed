import {
  BrowserCacheLocation,
  type Configuration,
  EventType,
  ProtocolMode,
  PublicClientApplication,
} from "@azure/msal-browser";
import type { AuthConfig } from "./auth-config";

/** The redirect bridge page (redirect.html): MSAL's redirectUri for redirects and popups alike. */
export const REDIRECT_BRIDGE_PATH = "/redirect.html";

/**
 * MSAL v5 settings for Keyturn (see docs/sign-in.md): the protocol mode sits
 * under `system`; `knownAuthorities` stops instance discovery on the internet; the local OpenID
 * provider gets `openid profile` only (no `offline_access`); the cache lives in sessionStorage.
 */
export function buildMsalConfiguration(config: AuthConfig, origin: string): Configuration {
  const oidc = config.protocolMode === "OIDC";
  return {
    auth: {
      clientId: config.clientId,
      authority: config.authority,
      knownAuthorities: config.knownAuthorities,
      redirectUri: `${origin}${REDIRECT_BRIDGE_PATH}`,
      postLogoutRedirectUri: `${origin}/`,
      ...(oidc ? { OIDCOptions: { defaultScopes: ["openid", "profile"] } } : {}),
    },
    cache: { cacheLocation: BrowserCacheLocation.SessionStorage },
    system: { protocolMode: oidc ? ProtocolMode.OIDC : ProtocolMode.AAD },
  };
}

/** Creates the MSAL client and keeps its active account in step with sign-ins. */
export function createMsal(config: AuthConfig, origin = window.location.origin) {
  const msal = new PublicClientApplication(buildMsalConfiguration(config, origin));
  msal.addEventCallback((event) => {
    const succeeded =
      event.eventType === EventType.LOGIN_SUCCESS || event.eventType === EventType.ACQUIRE_TOKEN_SUCCESS;
    if (succeeded && event.payload && "account" in event.payload && event.payload.account) {
      msal.setActiveAccount(event.payload.account);
    }
  });
  return msal;
}
