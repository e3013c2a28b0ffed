import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../app-env.ts";
import { ApiError } from "../errors/api-error.ts";
import type { AuthFailureLimit } from "./auth-failures.ts";
import { TokenVerificationError, type TokenVerifier } from "./token-verifier.ts";

export const REALM = "keyturn";

export interface AuthenticateOptions {
  verifier: TokenVerifier;
  /** Paths served without a token (the OpenAPI document, the docs page). */
  isPublic?: (path: string) => boolean;
  /** Failed authentications allowed per client address (429 past them). */
  failures?: AuthFailureLimit;
}

/**
 * Requires `Authorization: Bearer <access token>` and sets `identity` from the verified token only.
 * Client-sent identity headers (X-User-*, X-Forwarded-User, …) are never read. 401 problems carry
 * `WWW-Authenticate` (RFC 6750 §3) and never echo the token.
 *
 * An invalid token or a malformed header spends one of the address's failures; an address without
 * any left gets 429 before its token is verified, unless this replica already verified that token
 * (a signed-in user is not locked out by failures from the same address).
 */
export function authenticate(options: AuthenticateOptions): MiddlewareHandler<AppEnv> {
  return async function authenticate(c, next) {
    if (options.isPublic?.(c.req.path)) return next();
    const header = c.req.header("authorization");
    if (!header) throw unauthenticated("No access token was sent.", false);
    const token = /^Bearer +([^\s]+) *$/i.exec(header)?.[1];
    const refusal = options.failures?.refusal(c);
    if (refusal) {
      const known = token === undefined ? undefined : options.verifier.cached?.(token);
      if (!known) throw refusal;
      c.set("identity", known);
      return next();
    }
    if (token === undefined) {
      options.failures?.record(c);
      throw unauthenticated("The Authorization header is not a bearer token.", true);
    }
    try {
      c.set("identity", await options.verifier.verify(token));
    } catch (err) {
      if (err instanceof TokenVerificationError && err.reason === "unavailable") {
        throw new ApiError(503, "provider_unavailable", {
          detail: "The identity provider's signing keys could not be fetched; try again shortly.",
          headers: { "Retry-After": "5" },
          cause: err,
        });
      }
      options.failures?.record(c);
      throw unauthenticated("The access token is not valid.", true, err);
    }
    return next();
  };
}

export function unauthenticated(detail: string, invalidToken: boolean, cause?: unknown): ApiError {
  const challenge = invalidToken
    ? `Bearer realm="${REALM}", error="invalid_token"`
    : `Bearer realm="${REALM}"`;
  return new ApiError(401, "unauthenticated", { detail, headers: { "WWW-Authenticate": challenge }, cause });
}
