import { readFile } from "node:fs/promises";
import path from "node:path";
import type { DevIdp } from "@keyturn/dev-idp";
import { type CryptoKey, importJWK, type JWK, type JWTPayload, SignJWT } from "jose";
import { createRemoteKeys } from "../../src/auth/jwks.ts";
import { createTokenVerifier } from "../../src/auth/token-verifier.ts";
import { createIssuerFetch } from "../../src/http/issuer-fetch.ts";
import type { TestDatabase } from "./databases.ts";
import { createTestApp } from "./test-app.ts";
import { createExampleRouter } from "./test-routes.ts";

/**
 * dev-idp's own RS256 key, read from its data folder: tests sign claim variants with it, so that only
 * the claim under test differs from a token dev-idp issued.
 */
export async function devIdpSigner(dataDir: string) {
  const jwks = JSON.parse(await readFile(path.join(dataDir, "dev-idp", "jwks.json"), "utf8")) as {
    keys: JWK[];
  };
  const jwk = jwks.keys[0] as JWK;
  const key = (await importJWK(jwk, "RS256")) as CryptoKey;
  const kid = jwk.kid as string;
  const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...publicJwk } = jwk;
  const sign = (payload: JWTPayload, typ = "at+jwt") =>
    new SignJWT(payload).setProtectedHeader({ alg: "RS256", typ, kid }).sign(key);
  return { key, kid, publicJwk, sign };
}

/** `base` with `overrides` laid over it; an override of `undefined` removes the claim. */
export function withClaims(base: JWTPayload, overrides: Record<string, unknown>): JWTPayload {
  const payload: Record<string, unknown> = { ...base };
  for (const [name, value] of Object.entries(overrides)) {
    if (value === undefined) delete payload[name];
    else payload[name] = value;
  }
  return payload;
}

/**
 * The app with the example routes, verifying tokens of a running dev-idp as production does
 * (discovery and its JWKS over TLS, with dev-idp's CA). All of a test's failed authentications come
 * from one address: a budget that never runs out here.
 */
export function appTrustingDevIdp(db: TestDatabase, idp: DevIdp, audience: string) {
  const verifier = createTokenVerifier({
    issuer: idp.issuer,
    audience,
    keys: createRemoteKeys({ issuer: idp.issuer, jwksUrl: null, fetch: createIssuerFetch(idp.caCertPath) }),
  });
  const env = {
    KEYTURN_AUTH_ISSUER: idp.issuer,
    KEYTURN_AUTH_AUDIENCE: audience,
    KEYTURN_AUTH_FAILURES_BURST: "10000",
  };
  const { app } = createTestApp({ db, verifier, env });
  return app.route("/api", createExampleRouter());
}
