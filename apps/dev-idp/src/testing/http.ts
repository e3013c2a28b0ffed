import { Agent, fetch, type RequestInit, type Response } from "undici";
import { z } from "zod";

export interface TrustedFetch {
  (url: string | URL, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

/**
 * fetch that trusts dev-idp's self-signed certificate, and only for this client (no global flag). Idle
 * connections are dropped after 1 s, well before the server's 5 s keep-alive, so a loaded machine never
 * sends a request on a connection the server is closing (ECONNRESET).
 */
export function trustedFetch(caCertPem: string): TrustedFetch {
  const dispatcher = new Agent({
    connect: { ca: caCertPem },
    keepAliveTimeout: 1_000,
    keepAliveMaxTimeout: 1_000,
  });
  const trusted = (url: string | URL, init: RequestInit = {}) => fetch(url, { ...init, dispatcher });
  return Object.assign(trusted, { close: () => dispatcher.close() });
}

const DiscoverySchema = z.object({
  issuer: z.string(),
  authorization_endpoint: z.url(),
  token_endpoint: z.url(),
});
export type Discovery = z.infer<typeof DiscoverySchema>;

/** Reads the discovery document and checks it names the issuer we asked (OpenID Discovery §4.3). */
export async function discover(http: TrustedFetch, issuerUrl: string): Promise<Discovery> {
  const issuer = issuerUrl.replace(/\/$/, "");
  const response = await http(`${issuer}/.well-known/openid-configuration`);
  if (!response.ok) throw new Error(`discovery failed: ${response.status}`);
  const metadata = DiscoverySchema.parse(await response.json());
  if (metadata.issuer !== issuer) throw new Error(`discovery names issuer ${metadata.issuer}, not ${issuer}`);
  return metadata;
}

/** An OAuth error response (RFC 6749 §5.2), kept apart so tests can assert on `error`. */
export class OAuthError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    readonly errorDescription: string | undefined,
  ) {
    super(`${status} ${error}${errorDescription ? `: ${errorDescription}` : ""}`);
    this.name = "OAuthError";
  }
}

const TokenResponseSchema = z.object({
  access_token: z.string().min(1),
  token_type: z.string(),
  expires_in: z.number(),
  id_token: z.string().optional(),
  refresh_token: z.string().optional(),
  scope: z.string().optional(),
});
export type TokenResponse = z.infer<typeof TokenResponseSchema>;

const ErrorResponseSchema = z.object({ error: z.string(), error_description: z.string().optional() });

export async function tokenRequest(
  http: TrustedFetch,
  tokenEndpoint: string,
  form: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<TokenResponse> {
  const response = await http(tokenEndpoint, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json", ...headers },
    body: new URLSearchParams(form).toString(),
  });
  const body: unknown = await response.json();
  if (!response.ok) {
    const parsed = ErrorResponseSchema.safeParse(body);
    const { error = "unknown_error", error_description } = parsed.success ? parsed.data : {};
    throw new OAuthError(response.status, error, error_description);
  }
  return TokenResponseSchema.parse(body);
}
