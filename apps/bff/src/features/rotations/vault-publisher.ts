import { existsSync, readFileSync } from "node:fs";
import { Agent as HttpsAgent } from "node:https";
import { rootCertificates } from "node:tls";
import type { AccessToken, TokenCredential } from "@azure/identity";
import { SecretClient, type SecretClientOptions } from "@azure/keyvault-secrets";
import { eq } from "drizzle-orm";
import type { AppDeps } from "../../app-env.ts";
import { connections } from "../../db/schema.ts";
import { createIssuerFetch } from "../../http/issuer-fetch.ts";
import { type AccessTokenSource, tokenSources } from "../../provider/access-token.ts";
import { hostPolicy, hostRefusal } from "../../provider/allowed-hosts.ts";
import { readConnectionCredential } from "../../provider/connection-credential.ts";
import { regionOfWorkspace } from "../../provider/provider-fetch.ts";
import { vaultSpans } from "./vault-spans.ts";

/** The scope of every Key Vault data-plane token. */
export const VAULT_SCOPE = "https://vault.azure.net/.default";
/** Azure's public-cloud vaults; production accepts these and KEYTURN_ALLOWED_PROVIDER_HOSTS. */
const VAULT_HOSTS = ["*.vault.azure.net"];

/** Why a vault URL may not receive the BFF's token, or null when it may (anything outside production). */
export function vaultUrlRefusal(deps: Pick<AppDeps, "config">, vaultUrl: string): string | null {
  const policy = hostPolicy(deps.config);
  return hostRefusal(policy && { hosts: [...VAULT_HOSTS, ...policy.hosts] }, vaultUrl);
}

/** Writes a key as a new version of a secret; answers the version. */
export interface SecretPublisher {
  publish(
    target: { vaultUrl: string; secretName: string },
    value: string,
    tags: Record<string, string>,
  ): Promise<string>;
}

/**
 * A TokenCredential for Key Vault over the connection's own credential: the same token source the
 * workspace calls use, asked for the Key Vault scope instead of Resource Manager's.
 */
function vaultCredential(deps: AppDeps, row: typeof connections.$inferSelect): TokenCredential {
  const credential = readConnectionCredential(deps.keys.masterKey, row);
  // Every kind (client secret, managed or workload identity) asks for Key Vault's audience.
  const source: AccessTokenSource = tokenSources(credential, {
    config: deps.config.provider,
    issuerFetch: createIssuerFetch(deps.config.auth.caFile),
    hosts: hostPolicy(deps.config),
    scope: VAULT_SCOPE,
  }).main;
  return {
    async getToken(): Promise<AccessToken> {
      // The source caches and refreshes the token itself; the client asks again per challenge.
      return { token: await source(), expiresOnTimestamp: Date.now() + 5 * 60_000 };
    },
  };
}

type Policy = NonNullable<SecretClientOptions["additionalPolicies"]>[number]["policy"];

/**
 * The client's options: each write traced (`vault-spans.ts`), the dev issuer's certificate trusted for
 * this client only (the local vaults serve it), and, for a vault outside Azure's domain (path-style,
 * locally), the challenge's resource not checked against the vault's host.
 */
function clientOptions(deps: AppDeps, vaultUrl: string, region: string | undefined): SecretClientOptions {
  const caFile = deps.config.auth.caFile;
  const local = !new URL(vaultUrl).hostname.endsWith(".vault.azure.net");
  const options: SecretClientOptions = {
    retryOptions: { maxRetries: 2 },
    additionalPolicies: [{ policy: vaultSpans(region), position: "perCall" }],
  };
  if (local) options.disableChallengeResourceVerification = true;
  if (caFile && existsSync(caFile)) {
    const agent = new HttpsAgent({ ca: [...rootCertificates, readFileSync(caFile, "utf8")] });
    const trust: Policy = {
      name: "trustIssuerCertificate",
      sendRequest(request, next) {
        request.agent = agent;
        return next(request);
      },
    };
    options.additionalPolicies?.push({ policy: trust, position: "perCall" });
  }
  return options;
}

/** The publisher of a workspace's deployments: the BFF writes with its connection's identity. */
export async function vaultPublisher(
  deps: AppDeps,
  owner: { connectionId: string; workspace: string },
): Promise<SecretPublisher> {
  const { db } = deps.database;
  const [row] = await db.select().from(connections).where(eq(connections.id, owner.connectionId));
  if (!row) throw new Error("the workspace's connection is gone");
  const credential = vaultCredential(deps, row);
  // The workspace's region, as its provider calls' spans carry it.
  const region = regionOfWorkspace(deps.providerClients, owner.workspace);
  return {
    async publish(target, value, tags) {
      const refusal = vaultUrlRefusal(deps, target.vaultUrl);
      if (refusal) throw new Error(`vault refused: ${refusal}`);
      const options = clientOptions(deps, target.vaultUrl, region);
      const client = new SecretClient(target.vaultUrl, credential, options);
      const secret = await client.setSecret(target.secretName, value, { contentType: "text/plain", tags });
      const version = secret.properties.version;
      if (!version) throw new Error("the vault answered no version");
      return version;
    },
  };
}

/** A publish failure as a reason code (never a message: it could carry a body or a URL). */
export function publishFailureCode(err: unknown): string {
  const e = err as { statusCode?: number; code?: string };
  if (typeof e.statusCode === "number") {
    if (e.statusCode === 401 || e.statusCode === 403) return "vault_forbidden";
    if (e.statusCode === 404) return "vault_not_found";
    return "vault_rejected";
  }
  if (e.code === "CredentialUnavailableError") return "credential_refused";
  return "vault_unreachable";
}
