import { errors, type JWTPayload, type JWTVerifyGetKey, jwtVerify } from "jose";
import { type Identity, identityFromClaims } from "./identity.ts";
import { belongsToTenant, tenantOfIssuer } from "./issuer-tenant.ts";
import { VerifiedTokenCache } from "./verified-token-cache.ts";

/**
 * Asymmetric algorithms only (RFC 8725 §3.1): never `none`, never HS* — an HMAC "signed" with the
 * issuer's public key must not verify. Entra signs RS256; PS256/ES256 cover other issuers.
 */
export const ALLOWED_ALGORITHMS = ["RS256", "PS256", "ES256"] as const;

/** Why a token was refused; `unavailable` means the issuer's keys could not be fetched. */
export type TokenRejection = "invalid" | "unavailable";

export class TokenVerificationError extends Error {
  override name = "TokenVerificationError";
  constructor(
    readonly reason: TokenRejection,
    options?: { cause?: unknown },
  ) {
    super(reason === "invalid" ? "invalid access token" : "identity provider keys unavailable", options);
  }
}

export interface TokenVerifierOptions {
  issuer: string;
  audience: string;
  /** Key resolver: `createRemoteJWKSet` (auth/jwks.ts) in the app, a local JWKS in tests. */
  keys: JWTVerifyGetKey;
  clockToleranceSeconds?: number;
  cacheMaxEntries?: number;
  /** Seconds since the epoch; tests move time. */
  nowSeconds?: () => number;
}

export interface TokenVerifier {
  /** The identity of a valid access token; throws TokenVerificationError otherwise. */
  verify(token: string): Promise<Identity>;
  /** The identity of a token this verifier already verified (and that has not expired), if any. */
  cached?(token: string): Identity | undefined;
}

/** Default allowance for clock skew between the issuer and this process (`exp`, `nbf`, `iat`, `auth_time`). */
export const CLOCK_TOLERANCE_SECONDS = 30;

const MAX_TOKEN_LENGTH = 16 * 1024;
const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

/** jose errors that say "this token is wrong", as opposed to "the key source failed". */
const KEY_SELECTION_ERRORS = new Set<string>([
  errors.JWKSNoMatchingKey.code,
  errors.JWKSMultipleMatchingKeys.code,
  errors.JOSENotSupported.code,
  errors.JWKInvalid.code,
  errors.JOSEAlgNotAllowed.code,
]);

export function createTokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  const nowSeconds = options.nowSeconds ?? (() => Date.now() / 1000);
  const tolerance = options.clockToleranceSeconds ?? CLOCK_TOLERANCE_SECONDS;
  const cache = new VerifiedTokenCache(options.cacheMaxEntries, nowSeconds);
  const tenant = tenantOfIssuer(options.issuer);

  // Tells key-source failures apart from bad tokens, so an unreachable issuer is a 503, not a 401.
  const keys: JWTVerifyGetKey = async (header, token) => {
    try {
      return await options.keys(header, token);
    } catch (err) {
      if (err instanceof errors.JOSEError && KEY_SELECTION_ERRORS.has(err.code)) throw err;
      throw new TokenVerificationError("unavailable", { cause: err });
    }
  };

  const wellFormed = (token: string) => token.length <= MAX_TOKEN_LENGTH && COMPACT_JWS.test(token);
  return {
    cached: (token) => (wellFormed(token) ? cache.get(VerifiedTokenCache.keyOf(token)) : undefined),
    async verify(token) {
      if (!wellFormed(token)) throw new TokenVerificationError("invalid");
      const key = VerifiedTokenCache.keyOf(token);
      const cached = cache.get(key);
      if (cached) return cached;
      let payload: Awaited<ReturnType<typeof jwtVerify>>["payload"];
      try {
        ({ payload } = await jwtVerify(token, keys, {
          algorithms: [...ALLOWED_ALGORITHMS],
          issuer: options.issuer,
          audience: options.audience,
          requiredClaims: ["exp", "iat", "sub"],
          clockTolerance: tolerance,
          currentDate: new Date(nowSeconds() * 1000),
          // No `typ` requirement: Entra sends "JWT", oidc-provider "at+jwt".
        }));
      } catch (err) {
        if (err instanceof TokenVerificationError) throw err;
        throw new TokenVerificationError("invalid", { cause: err });
      }
      // jose refuses a future `nbf`, but checks `iat` only against a maximum age: a token issued,
      // or a sign-in dated, in the future would pass (and a future `auth_time` satisfies step-up).
      if (datedInFuture(payload, nowSeconds() + tolerance)) throw new TokenVerificationError("invalid");
      if (!belongsToTenant(payload, tenant)) throw new TokenVerificationError("invalid");
      const identity = identityFromClaims(payload);
      if (!identity) throw new TokenVerificationError("invalid");
      cache.set(key, identity);
      return identity;
    },
  };
}

/** `iat` or `auth_time` later than `limit` (now plus the clock tolerance, epoch seconds). */
function datedInFuture(payload: JWTPayload, limit: number): boolean {
  return [payload.iat, payload.auth_time].some((value) => typeof value === "number" && value > limit);
}
