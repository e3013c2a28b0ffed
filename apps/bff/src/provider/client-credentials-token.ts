import { CredentialRefusedError } from "@keyturn/azureml-rest";
import { z } from "zod";
import type { FetchLike } from "../http/issuer-fetch.ts";
import { DestinationRefusedError } from "./guarded-fetch.ts";

const DiscoverySchema = z.object({ issuer: z.string(), token_endpoint: z.url() });
const TokenAnswerSchema = z.object({
  access_token: z.string().min(1),
  expires_in: z.coerce.number().int().positive(),
});
/** RFC 6749 §5.2: only the error code is read (an identifier), never its description. */
const TokenErrorSchema = z.object({ error: z.string().regex(/^[a-z_]{1,64}$/) });
/** The client's own authentication failed (wrong or expired secret, unknown client id). */
const REFUSED_ERRORS: ReadonlySet<string> = new Set(["invalid_client", "unauthorized_client"]);

async function tokenErrorCode(response: Response): Promise<string | undefined> {
  const body: unknown = await response.json().catch(() => undefined);
  const parsed = TokenErrorSchema.safeParse(body);
  return parsed.success ? parsed.data.error : undefined;
}

/** Refresh this long before a token expires (and never use one that has less left). */
const EXPIRY_MARGIN_MS = 60_000;

export interface ClientCredentialsOptions {
  /** The OpenID issuer (dev-idp `https://localhost:8443`); its token endpoint comes from discovery. */
  authority: string;
  clientId: string;
  clientSecret: string;
  scope: string;
  /** A fetch that trusts the dev issuer's CA (http/issuer-fetch.ts). */
  fetch: FetchLike;
  now?: () => number;
  timeoutMs?: number;
}

/**
 * An OAuth 2.0 client-credentials token source (RFC 6749 §4.4, secret in the body as @azure/identity
 * sends it): caches the token until shortly before its expiry and shares one request among
 * concurrent callers. Error messages name the client, never the secret or an answer body.
 */
export function clientCredentialsToken(options: ClientCredentialsOptions): () => Promise<string> {
  const now = options.now ?? Date.now;
  const timeoutMs = options.timeoutMs ?? 10_000;
  let cached: { token: string; refreshAt: number } | undefined;
  let inFlight: Promise<string> | undefined;
  let tokenEndpoint: string | undefined;

  async function discover(): Promise<string> {
    if (tokenEndpoint) return tokenEndpoint;
    const url = `${options.authority.replace(/\/$/, "")}/.well-known/openid-configuration`;
    const response = await options.fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    if (!response.ok) throw new Error(`discovery of ${options.authority} answered ${response.status}`);
    const parsed = DiscoverySchema.safeParse(await response.json());
    if (!parsed.success) throw new Error(`discovery of ${options.authority} is not understood`);
    // The secret goes to the authority it was entered for, not wherever a discovery document points.
    const endpoint = new URL(parsed.data.token_endpoint);
    if (endpoint.origin !== new URL(options.authority).origin) {
      const detail = `The token endpoint of ${new URL(options.authority).host} is on another host (${endpoint.host}); the console does not send the client secret there.`;
      throw new DestinationRefusedError("provider_host_not_allowed", detail);
    }
    tokenEndpoint = endpoint.href;
    return tokenEndpoint;
  }

  async function fetchToken(): Promise<string> {
    const endpoint = await discover();
    const body = new URLSearchParams({
      grant_type: "client_credentials",
      client_id: options.clientId,
      client_secret: options.clientSecret,
      scope: options.scope,
    });
    const response = await options.fetch(endpoint, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
      body: body.toString(),
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!response.ok) {
      const error = await tokenErrorCode(response);
      const message = `the token endpoint refused client ${options.clientId} (${response.status}${error ? ` ${error}` : ""})`;
      // 401, or invalid_client / unauthorized_client: the credential is wrong, the provider is up.
      const refused = response.status === 401 || (error !== undefined && REFUSED_ERRORS.has(error));
      throw refused ? new CredentialRefusedError(message) : new Error(message);
    }
    const parsed = TokenAnswerSchema.safeParse(await response.json());
    if (!parsed.success) throw new Error(`the token answer for client ${options.clientId} is not understood`);
    const lifetimeMs = parsed.data.expires_in * 1000;
    const margin = Math.min(EXPIRY_MARGIN_MS, lifetimeMs / 2);
    cached = { token: parsed.data.access_token, refreshAt: now() + lifetimeMs - margin };
    return cached.token;
  }

  return async () => {
    if (cached && now() < cached.refreshAt) return cached.token;
    inFlight ??= fetchToken().finally(() => {
      inFlight = undefined;
    });
    return inFlight;
  };
}
