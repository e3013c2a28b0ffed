import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../app-env.ts";
import { ApiError } from "../errors/api-error.ts";
import { TokenVerificationError, type TokenVerifier } from "./token-verifier.ts";

export const REALM = "keyturn";

export interface AuthenticateOptions {
  verifier: TokenVerifier;
  /** Paths served without a token (the OpenAPI document, the docs page). */
  isPublic?: (path: string) => boolean;
}

/**
 * Requires `Authorization: Bearer <access token>` and sets `identity` from the verified token only.
 * Client-sent identity headers (X-User-*, X-Forwarded-User, …) are never read. 401 problems carry
 * `WWW-Authenticate` (RFC 6750 §3) and never echo the token.
 */
export function authenticate(options: AuthenticateOptions): MiddlewareHandler<AppEnv> {
  return async function authenticate(c, next) {
    if (options.isPublic?.(c.req.path)) return next();
    const header = c.req.header("authorization");
    if (!header) throw unauthenticated("No access token was sent.", false);
    const match = /^Bearer +([^\s]+) *$/i.exec(header);
    if (!match?.[1]) throw unauthenticated("The Authorization header is not a bearer token.", true);
    try {
      c.set("identity", await options.verifier.verify(match[1]));
    } catch (err) {
      if (err instanceof TokenVerificationError && err.reason === "unavailable") {
        throw new ApiError(503, "provider_unavailable", {
          detail: "The identity provider's signing keys could not be fetched; try again shortly.",
          headers: { "Retry-After": "5" },
          cause: err,
        });
      }
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
