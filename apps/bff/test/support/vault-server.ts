import { readFile } from "node:fs/promises";
import { Agent as HttpsAgent } from "node:https";
import path from "node:path";
import type { AccessToken, TokenCredential } from "@azure/identity";
import { SecretClient } from "@azure/keyvault-secrets";
import { getRequestListener } from "@hono/node-server";
import type { DevIdp } from "@keyturn/dev-idp";
import { SERVICE_PRINCIPALS } from "@keyturn/dev-idp";
import { pino } from "pino";
import { Agent, fetch as undiciFetch } from "undici";
import { resolveConfig } from "../../../emulator/src/config.ts";
import { keyVaultRouter } from "../../../emulator/src/keyvault/keyvault-router.ts";
import { seedState } from "../../../emulator/src/state/seed.ts";
import { Store } from "../../../emulator/src/state/store.ts";
import { listenHttps } from "../../../emulator/src/v2/https.ts";

// The emulator's Key Vault surface on its own loopback HTTPS server (dev-idp's certificate), until the
// emulator serves it beside its other routes; and a reader's SecretClient, as a caller reads the key.

export interface VaultServer {
  origin: string;
  close(): Promise<void>;
}

export async function startVaultServer(idp: DevIdp, dataDir: string): Promise<VaultServer> {
  const config = resolveConfig({ dataDir, idpIssuer: idp.issuer, idpCaPem: idp.caCertPem });
  const store = await Store.open(config.stateDir, () => seedState());
  const vault = await keyVaultRouter({ config, logger: pino({ level: "silent" }), store });
  const keyPem = await readFile(path.join(path.dirname(idp.caCertPath), "key.pem"), "utf8");
  const listening = await listenHttps(
    0,
    { certPem: idp.caCertPem, keyPem },
    getRequestListener(vault.routes.fetch),
  );
  return {
    origin: listening.url,
    close: async () => {
      await listening.close();
      await vault.close();
    },
  };
}

/**
 * A caller of the vault with the reader principal's identity (Key Vault Secrets User). Its token lives
 * as long as dev-idp says (a shorter claimed life, inside the client's refresh window, would fetch a
 * token before every read). `keepAlive` reuses connections, as a long-running caller does; `retries`
 * are the client's own on a failed transport or a 5xx (none by default: a test sees every failure).
 */
export function readerSecretClient(
  idp: DevIdp,
  vaultUrl: string,
  options: { keepAlive?: boolean; retries?: number } = {},
): SecretClient {
  const { reader } = SERVICE_PRINCIPALS;
  const credential: TokenCredential = {
    async getToken(scopes): Promise<AccessToken> {
      const dispatcher = new Agent({ connect: { ca: idp.caCertPem } });
      try {
        const response = await undiciFetch(`${idp.issuer}/token`, {
          method: "POST",
          dispatcher,
          headers: { "content-type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams({
            grant_type: "client_credentials",
            client_id: reader.clientId,
            client_secret: reader.defaultSecret,
            scope: Array.isArray(scopes) ? scopes.join(" ") : scopes,
          }).toString(),
        });
        const body = (await response.json()) as { access_token: string; expires_in: number };
        return { token: body.access_token, expiresOnTimestamp: Date.now() + body.expires_in * 1000 };
      } finally {
        await dispatcher.close();
      }
    },
  };
  const agent = new HttpsAgent({ ca: idp.caCertPem, keepAlive: options.keepAlive ?? false });
  return new SecretClient(vaultUrl, credential, {
    disableChallengeResourceVerification: true,
    retryOptions: { maxRetries: options.retries ?? 0 },
    additionalPolicies: [
      {
        position: "perCall",
        policy: {
          name: "trustLocalCertificate",
          sendRequest(request, next) {
            request.agent = agent;
            return next(request);
          },
        },
      },
    ],
  });
}
