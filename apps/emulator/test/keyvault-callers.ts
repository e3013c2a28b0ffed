import { Agent as HttpsAgent } from "node:https";
import type { AccessToken, TokenCredential } from "@azure/identity";
import type { SecretClientOptions } from "@azure/keyvault-secrets";
import type { DevIdp } from "@keyturn/dev-idp";
import { Agent, fetch as undiciFetch } from "undici";
import { expect } from "vitest";

// Callers of the emulator's vaults: tokens from dev-idp, a TokenCredential for the official client
// and its options for a local vault (the certificate trusted by this client only), raw calls, and
// the assertion on Key Vault's error body.

export const VAULT_SCOPE = "https://vault.azure.net/.default";

/** A service principal's token from dev-idp by client credentials, for the scope asked. */
export async function principalToken(
  idp: DevIdp,
  principal: { clientId: string; defaultSecret: string },
  scope: string,
): Promise<string> {
  const dispatcher = new Agent({ connect: { ca: idp.caCertPem } });
  try {
    const response = await undiciFetch(`${idp.issuer}/token`, {
      method: "POST",
      dispatcher,
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        grant_type: "client_credentials",
        client_id: principal.clientId,
        client_secret: principal.defaultSecret,
        scope,
      }).toString(),
    });
    const body = (await response.json()) as { access_token?: string; error?: string };
    if (!response.ok || !body.access_token) throw new Error(`dev-idp refused ${scope}: ${body.error}`);
    return body.access_token;
  } finally {
    await dispatcher.close();
  }
}

/** A TokenCredential over dev-idp that records the scopes the client asks for. */
export function devIdpCredential(idp: DevIdp, principal: { clientId: string; defaultSecret: string }) {
  const asked: string[][] = [];
  const credential: TokenCredential = {
    async getToken(scopes): Promise<AccessToken> {
      const list = Array.isArray(scopes) ? scopes : [scopes];
      asked.push(list);
      const token = await principalToken(idp, principal, list.join(" "));
      return { token, expiresOnTimestamp: Date.now() + 5 * 60_000 };
    },
  };
  return { credential, asked };
}

type Policy = NonNullable<SecretClientOptions["additionalPolicies"]>[number]["policy"];

/**
 * The SecretClient options for a path-style local vault: the local certificate trusted in this
 * client's requests only, and the challenge's resource not checked against the host (localhost is
 * not under vault.azure.net).
 */
export function localVaultOptions(caCertPem: string, extra: SecretClientOptions = {}): SecretClientOptions {
  const agent = new HttpsAgent({ ca: caCertPem, keepAlive: false });
  const trustLocalCertificate: Policy = {
    name: "trustLocalCertificate",
    sendRequest(request, next) {
      request.agent = agent;
      return next(request);
    },
  };
  return {
    disableChallengeResourceVerification: true,
    additionalPolicies: [{ policy: trustLocalCertificate, position: "perCall" }],
    retryOptions: { maxRetries: 0 },
    ...extra,
  };
}

export interface VaultAnswer {
  status: number;
  headers: Headers;
  body: unknown;
}

/** One raw call to the vault (for what the official client does not show: headers, bodies). */
export async function vaultCall(
  server: { origin: string },
  method: string,
  pathAndQuery: string,
  options: { token?: string; body?: string; ca: string },
): Promise<VaultAnswer> {
  const dispatcher = new Agent({ connect: { ca: options.ca } });
  try {
    const headers: Record<string, string> = {};
    if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
    if (options.body !== undefined) headers["content-type"] = "application/json";
    const response = await undiciFetch(`${server.origin}${pathAndQuery}`, {
      method,
      dispatcher,
      headers,
      body: options.body,
    });
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers as unknown as Headers,
      body: text === "" ? undefined : (JSON.parse(text) as unknown),
    };
  } finally {
    await dispatcher.close();
  }
}

/** A call with a JSON body (or none) and a token (or none). */
export const callVault = (
  server: { origin: string },
  ca: string,
  method: string,
  path: string,
  token?: string,
  body?: unknown,
) =>
  vaultCall(server, method, path, { ca, token, body: body === undefined ? undefined : JSON.stringify(body) });

/** Key Vault's error body, `{"error": {code, message, innererror?}}`, with this status and code. */
export function expectVaultError(answer: VaultAnswer, status: number, code: string) {
  expect(answer.status, JSON.stringify(answer.body)).toBe(status);
  const body = answer.body as { error: { code: string; message: string; innererror?: { code: string } } };
  expect(Object.keys(body)).toEqual(["error"]);
  expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(0);
  return body.error;
}
