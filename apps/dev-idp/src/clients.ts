import { CONSOLE_CLIENT_ID, SERVICE_PRINCIPALS } from "./constants.ts";

export interface ClientSecrets {
  bff: string;
  reader: string;
}

/** The console SPA: a public client on each console origin (production build and Vite dev server). */
export function consoleClient(consoleOrigins: readonly string[]) {
  return {
    client_id: CONSOLE_CLIENT_ID,
    client_name: "Keyturn console",
    application_type: "web",
    token_endpoint_auth_method: "none",
    grant_types: ["authorization_code", "refresh_token"],
    response_types: ["code"],
    redirect_uris: consoleOrigins.flatMap((origin) => [`${origin}/`, `${origin}/redirect.html`]),
    post_logout_redirect_uris: consoleOrigins.map((origin) => `${origin}/`),
    // The BFF's step-up check reads auth_time; always put it in the ID token too.
    require_auth_time: true,
  };
}

/**
 * Confidential clients for the client-credentials grant. Registered as client_secret_post (what MSAL
 * and @azure/identity send); oidc-provider accepts the same secret in a Basic header too.
 */
export function servicePrincipalClients(secrets: ClientSecrets) {
  return (["bff", "reader"] as const).map((key) => ({
    client_id: SERVICE_PRINCIPALS[key].clientId,
    client_name: SERVICE_PRINCIPALS[key].displayName,
    client_secret: secrets[key],
    token_endpoint_auth_method: "client_secret_post",
    grant_types: ["client_credentials"],
    response_types: [],
    redirect_uris: [],
  }));
}
