import type { Config } from "../../env.ts";
import { createIssuerFetch } from "../../http/issuer-fetch.ts";
import { fail, NETWORK_TIMEOUT_MS, type Outcome, ok, reason, skip } from "./outcome.ts";

type Env = Readonly<Record<string, string | undefined>>;
const isSet = (env: Env, name: string) => (env[name] ?? "").trim() !== "";

/**
 * The issuer's discovery document and signing keys, as the BFF will fetch them (same CA handling):
 * an issuer that cannot be reached or whose `issuer` differs refuses every sign-in.
 */
export async function identityChecks(config: Config): Promise<Array<[string, Outcome]>> {
  const { issuer, jwksUrl, caFile } = config.auth;
  const fetchIssuer = createIssuerFetch(caFile);
  const discoveryUrl = `${issuer}/.well-known/openid-configuration`;
  let discovered: string | null = null;
  let discovery: Outcome;
  try {
    const response = await fetchIssuer(discoveryUrl, { signal: AbortSignal.timeout(NETWORK_TIMEOUT_MS) });
    if (!response.ok) throw new Error(`answered ${response.status}`);
    const document = (await response.json()) as { issuer?: unknown; jwks_uri?: unknown };
    if (document.issuer !== issuer) {
      discovery = fail(
        `${discoveryUrl} names another issuer (${String(document.issuer).slice(0, 120)})`,
        "set KEYTURN_AUTH_ISSUER to the document's `issuer` exactly (Entra v2: https://login.microsoftonline.com/<tenant>/v2.0)",
      );
    } else {
      discovered = typeof document.jwks_uri === "string" ? document.jwks_uri : null;
      discovery = ok(`${discoveryUrl} answers for ${issuer}`);
    }
  } catch (err) {
    discovery = fail(
      `${discoveryUrl}: ${reason(err)}`,
      "check KEYTURN_AUTH_ISSUER, this host's outbound access to it, and its TLS (KEYTURN_IDP_CA_FILE for a private CA)",
    );
  }

  const keysUrl = jwksUrl ?? discovered;
  let keys: Outcome;
  if (!keysUrl) {
    keys =
      jwksUrl === null && discovery.status !== "ok"
        ? skip("no discovery document")
        : fail(
            "the discovery document names no jwks_uri",
            "set KEYTURN_AUTH_JWKS_URL to the issuer's signing keys",
          );
  } else {
    try {
      const response = await fetchIssuer(keysUrl, { signal: AbortSignal.timeout(NETWORK_TIMEOUT_MS) });
      if (!response.ok) throw new Error(`answered ${response.status}`);
      const set = (await response.json()) as { keys?: unknown };
      const count = Array.isArray(set.keys) ? set.keys.length : 0;
      keys =
        count > 0
          ? ok(`${keysUrl} lists ${count} signing key(s)`)
          : fail(
              `${keysUrl} lists no signing key`,
              "point KEYTURN_AUTH_JWKS_URL (or the issuer) at a key set",
            );
    } catch (err) {
      keys = fail(
        `${keysUrl}: ${reason(err)}`,
        "check KEYTURN_AUTH_JWKS_URL or the issuer's jwks_uri, and outbound access",
      );
    }
  }
  return [
    ["issuer discovery", discovery],
    ["signing keys (JWKS)", keys],
  ];
}

/** The ids the defaults fill with dev-idp's: production must name its own app registrations. */
export function registrationChecks(config: Config, env: Env): Array<[string, Outcome]> {
  const audience = isSet(env, "KEYTURN_AUTH_AUDIENCE")
    ? ok(`tokens must carry aud ${config.auth.audience}`)
    : fail(
        `KEYTURN_AUTH_AUDIENCE is unset (the default ${config.auth.audience} is the local identity provider's)`,
        "set KEYTURN_AUTH_AUDIENCE to the API app registration's client id (Entra v2 access tokens carry it as aud)",
      );
  const client = isSet(env, "KEYTURN_CONSOLE_CLIENT_ID")
    ? ok(`the console signs in as ${config.console.clientId}`)
    : fail(
        `KEYTURN_CONSOLE_CLIENT_ID is unset (the default ${config.console.clientId} is the local identity provider's)`,
        "set KEYTURN_CONSOLE_CLIENT_ID to the console (SPA) app registration's client id",
      );
  return [
    ["API audience", audience],
    ["console client id", client],
  ];
}
