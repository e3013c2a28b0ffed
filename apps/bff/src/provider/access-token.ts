import { ClientSecretCredential, ManagedIdentityCredential, type TokenCredential } from "@azure/identity";
import { CredentialRefusedError } from "@keyturn/azureml-rest";
import type { Config } from "../env.ts";
import type { FetchLike } from "../http/issuer-fetch.ts";
import type { HostPolicy } from "./allowed-hosts.ts";
import { clientCredentialsToken } from "./client-credentials-token.ts";
import { type ConnectionCredential, MANAGEMENT_SCOPE } from "./connection-credential.ts";
import { assertDestination, guardedFetch, identityGuard } from "./guarded-fetch.ts";

export type AccessTokenSource = () => Promise<string>;

/** The two token sources of a connection: everything, and token calls (Reader-level when configured). */
export interface ConnectionTokenSources {
  main: AccessTokenSource;
  reader: AccessTokenSource;
}

export interface TokenSourceOptions {
  config: Config["provider"];
  /** Trusts the dev issuer's CA; used by the `dev-idp` credential (guarded here). */
  issuerFetch: FetchLike;
  /** Where a secret may be sent (null: anywhere, development). */
  hosts: HostPolicy;
  /** The connection's Resource Manager (its base URL): a sovereign cloud's names the token's audience. */
  armBaseUrl?: string;
  /**
   * The audience every token is asked for, whatever the credential's kind (Key Vault's scope for a
   * rotation's publish); the connection's Resource Manager when absent.
   */
  scope?: string;
}

/**
 * The audience of the connection's tokens. A sovereign cloud is configured by the connection alone: its
 * base URL is that cloud's Resource Manager (`https://management.usgovcloudapi.net`,
 * `https://management.chinacloudapi.cn`), whose `/.default` is the scope, unless the stored
 * credential names another one. Anything else (the public cloud, the emulator) keeps the stored scope.
 */
export function managementScope(armBaseUrl: string | undefined, stored: string = MANAGEMENT_SCOPE): string {
  if (stored !== MANAGEMENT_SCOPE || !armBaseUrl) return stored;
  let url: URL;
  try {
    url = new URL(armBaseUrl);
  } catch {
    return stored;
  }
  const isResourceManager = url.protocol === "https:" && url.hostname.toLowerCase().startsWith("management.");
  return isResourceManager ? `https://${url.hostname.toLowerCase()}/.default` : stored;
}

/**
 * The credential behind a connection, chosen by config (docs/architecture.md, "Components"): `dev-idp` fetches
 * client-credentials tokens from the connection's issuer itself; `azure-identity` uses
 * @azure/identity. Past this point the client code is the same.
 */
export function tokenSources(
  credential: ConnectionCredential,
  options: TokenSourceOptions,
): ConnectionTokenSources {
  const { hosts } = options;
  if (credential.kind === "client_secret") {
    const c = credential.value;
    const scope = options.scope ?? managementScope(options.armBaseUrl, c.scope);
    const secretSource = (clientId: string, clientSecret: string) =>
      options.config.credential === "dev-idp"
        ? clientCredentialsToken({
            authority: c.authority,
            clientId,
            clientSecret,
            scope,
            fetch: guardedFetch(hosts, options.issuerFetch),
            timeoutMs: options.config.timeoutMs,
          })
        : fromTokenCredential(entraClientSecret(c.authority, clientId, clientSecret, hosts), scope, () =>
            assertDestination(hosts, c.authority),
          );
    const main = secretSource(c.clientId, c.clientSecret);
    const reader = c.reader ? secretSource(c.reader.clientId, c.reader.clientSecret) : main;
    return { main, reader };
  }
  const c = credential.value;
  const scope = options.scope ?? managementScope(options.armBaseUrl);
  const managed = (clientId: string | undefined) =>
    fromTokenCredential(
      clientId ? new ManagedIdentityCredential({ clientId }) : new ManagedIdentityCredential(),
      scope,
    );
  const main = managed(c.clientId);
  return { main, reader: c.reader ? managed(c.reader.clientId) : main };
}

/** `https://login.microsoftonline.com/<tenant>/v2.0` → ClientSecretCredential(tenant, …, authorityHost). */
function entraClientSecret(
  authority: string,
  clientId: string,
  secret: string,
  hosts: HostPolicy,
): TokenCredential {
  const url = new URL(authority);
  const tenantId = url.pathname.split("/").filter((part) => part !== "")[0];
  if (!tenantId) throw new Error("the connection's authority names no tenant");
  const options = { authorityHost: url.origin, ...identityGuard(hosts) };
  return new ClientSecretCredential(tenantId, clientId, secret, options);
}

/** OAuth errors of a refused client (Entra: AADSTS7000215 wrong secret, 7000222 expired, 700016 unknown app). */
const REFUSED_ERRORS: ReadonlySet<unknown> = new Set(["invalid_client", "unauthorized_client"]);

/**
 * Whether @azure/identity failed because Entra refused the client itself: its AuthenticationError
 * (`errorResponse.error`), or MSAL's ServerError (`errorCode`) wrapped as the cause of another error.
 */
export function isRefusedCredential(error: unknown): boolean {
  let e: unknown = error;
  for (let depth = 0; depth < 4 && typeof e === "object" && e !== null; depth++) {
    const { errorResponse, errorCode, cause } = e as {
      errorResponse?: { error?: unknown };
      errorCode?: unknown;
      cause?: unknown;
    };
    if (REFUSED_ERRORS.has(errorResponse?.error) || REFUSED_ERRORS.has(errorCode)) return true;
    e = cause;
  }
  return false;
}

/** @azure/identity caches and refreshes its tokens itself. `check` runs before each request. */
export function fromTokenCredential(
  credential: TokenCredential,
  scope: string,
  check: () => void = () => {},
): AccessTokenSource {
  return async () => {
    check();
    let token: Awaited<ReturnType<TokenCredential["getToken"]>>;
    try {
      token = await credential.getToken(scope);
    } catch (error) {
      if (!isRefusedCredential(error)) throw error;
      throw new CredentialRefusedError("Entra refused the connection's client id or secret", {
        cause: error,
      });
    }
    if (!token) throw new Error("the credential returned no token");
    return token.token;
  };
}
