import { MANAGEMENT_SCOPE } from "../constants.ts";
import { discover, tokenRequest, trustedFetch } from "./http.ts";

/**
 * A service principal's access token for Azure management (the emulator), or with `scope` for
 * another resource (`https://ml.azure.com/.default`), by the client-credentials grant with the secret
 * in the body, as @azure/identity sends it. Throws OAuthError when refused.
 */
export async function getServicePrincipalToken(
  issuerUrl: string,
  clientId: string,
  secret: string,
  caCertPem: string,
  scope: string = MANAGEMENT_SCOPE,
): Promise<string> {
  const http = trustedFetch(caCertPem);
  try {
    const metadata = await discover(http, issuerUrl);
    const tokens = await tokenRequest(http, metadata.token_endpoint, {
      grant_type: "client_credentials",
      client_id: clientId,
      client_secret: secret,
      scope,
    });
    return tokens.access_token;
  } finally {
    await http.close();
  }
}
