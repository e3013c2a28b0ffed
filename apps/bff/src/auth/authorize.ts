import { hasPermission, type Permission } from "@keyturn/auth-domain";
import type { Context, MiddlewareHandler } from "hono";
import { type AuthedEnv, depsOf } from "../app-env.ts";
import { ApiError } from "../errors/api-error.ts";
import { REALM, unauthenticated } from "./authenticate.ts";
import type { Identity } from "./identity.ts";
import { CLOCK_TOLERANCE_SECONDS } from "./token-verifier.ts";

/** The caller's identity; 401 when the request was not authenticated (defence in depth). */
export function identityOf(c: Context): Identity {
  const identity = c.get("identity") as Identity | undefined;
  if (!identity) throw unauthenticated("No access token was sent.", false);
  return identity;
}

/** Any valid token: the route needs to know who calls, not a role. */
export function requireAuthenticated(): MiddlewareHandler<AuthedEnv> {
  return async function requireAuthenticated(c, next) {
    identityOf(c);
    await next();
  };
}

/** Deny by default: 403 `forbidden` unless one of the token's roles grants the permission. */
export function requirePermission(permission: Permission): MiddlewareHandler<AuthedEnv> {
  return async function requirePermission(c, next) {
    const identity = identityOf(c);
    if (!hasPermission(identity.roles, permission)) {
      throw ApiError.forbidden(
        `This action needs the "${permission}" permission, which your roles do not grant.`,
      );
    }
    await next();
  };
}

export interface RecentSignInOptions {
  /** Default: the config's `auth.stepUpMaxAgeSeconds` (KEYTURN_STEP_UP_MAX_AGE_SECONDS), else 600. */
  maxAgeSeconds?: number;
  /** Default: the app's clock (`deps.now`), else the system clock. */
  nowSeconds?: () => number;
  /** Default: the config's `auth.clockToleranceSeconds`, else CLOCK_TOLERANCE_SECONDS. */
  clockToleranceSeconds?: number;
}

/**
 * Step-up (RFC 9470): the user must have signed in within `maxAgeSeconds` (the token's `auth_time`),
 * else 401 `insufficient_user_authentication` with a challenge telling the client to sign in again
 * with `max_age`. A sign-in dated in the future (beyond the clock tolerance) is no recent sign-in.
 */
export function requireRecentSignIn(options: RecentSignInOptions = {}): MiddlewareHandler<AuthedEnv> {
  return async function requireRecentSignIn(c, next) {
    const { authTime } = identityOf(c);
    const deps = depsOf(c);
    const maxAge = options.maxAgeSeconds ?? deps?.config.auth.stepUpMaxAgeSeconds ?? 600;
    const now = options.nowSeconds?.() ?? (deps ? deps.now().getTime() : Date.now()) / 1000;
    const tolerance =
      options.clockToleranceSeconds ?? deps?.config.auth.clockToleranceSeconds ?? CLOCK_TOLERANCE_SECONDS;
    if (authTime === null || now - authTime > maxAge || authTime > now + tolerance) {
      const description = `A sign-in within the last ${maxAge} seconds is required`;
      throw new ApiError(401, "insufficient_user_authentication", {
        detail: `${description}; sign in again to continue.`,
        headers: {
          "WWW-Authenticate": `Bearer realm="${REALM}", error="insufficient_user_authentication", error_description="${description}", max_age=${maxAge}`,
        },
      });
    }
    await next();
  };
}
