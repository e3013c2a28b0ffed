/**
 * Entry of `redirect.html`, the page MSAL's `redirectUri` points at. It hands the authorization
 * response back to the app (popup/iframe: over a BroadcastChannel; redirect: by navigating to the
 * page that started the sign-in) and nothing else — no React, no app code, no tokens handled here.
 */
import { broadcastResponseToMainFrame } from "@azure/msal-browser/redirect-bridge";

broadcastResponseToMainFrame().catch(() => {
  // Opened without a sign-in response (a bookmark, a reload): go to the app instead of a blank page.
  window.location.replace("/");
});
