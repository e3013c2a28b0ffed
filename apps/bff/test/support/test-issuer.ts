import { PERSONAS } from "@keyturn/dev-idp";
import { createLocalJWKSet, exportJWK, generateKeyPair, type JWTPayload, SignJWT } from "jose";

export const TEST_ISSUER = "https://issuer.test";
export const TEST_AUDIENCE = "api://keyturn";

export type PersonaName = "operator" | "support" | "lead" | "admin" | "norole";

/** dev-idp's personas by short name (operator → Operator, support → KeyRotator, …). */
export function persona(name: PersonaName) {
  const found = PERSONAS.find((p) => p.email === `${name}@keyturn.test`);
  if (!found) throw new Error(`no persona ${name}`);
  return found;
}

export const PERSONA_NAMES: PersonaName[] = ["operator", "support", "lead", "admin", "norole"];

/**
 * An in-process issuer with its own RS256 key and a local JWKS (no network): fast tokens for route
 * tests. The JWT attack corpus runs against the real dev-idp (test/auth/jwt-attacks.test.ts).
 */
export async function createTestIssuer() {
  const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true });
  const kid = "test-key-1";
  const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" }] };
  const keys = createLocalJWKSet(jwks);
  // Every persona signed in once, just before the issuer was made: its tokens share that `auth_time`,
  // as the tokens of one real sign-in do, so the BFF records one `session.seen` per persona and
  // issuer (not one per second of the run). A test wanting a new sign-in passes `auth_time`.
  const signedInAt = Math.floor(Date.now() / 1000) - 5;

  /**
   * A token for a persona; `claims` override (undefined removes a claim), `nowSeconds` dates it
   * (its `auth_time` is the issuer's sign-in, or 5 s before `nowSeconds` when that is earlier).
   */
  async function tokenFor(
    name: PersonaName,
    claims: Record<string, unknown> = {},
    nowSeconds = Math.floor(Date.now() / 1000),
  ): Promise<string> {
    const p = persona(name);
    const payload: JWTPayload = {
      iss: TEST_ISSUER,
      aud: TEST_AUDIENCE,
      sub: p.oid,
      oid: p.oid,
      tid: p.tid,
      name: p.name,
      preferred_username: p.email,
      roles: [...p.roles],
      scp: "access_as_user",
      auth_time: Math.min(signedInAt, nowSeconds - 5),
      iat: nowSeconds,
      exp: nowSeconds + 600,
    };
    for (const [key, value] of Object.entries(claims)) {
      if (value === undefined) delete payload[key];
      else payload[key] = value;
    }
    return new SignJWT(payload).setProtectedHeader({ alg: "RS256", typ: "at+jwt", kid }).sign(privateKey);
  }

  return { issuer: TEST_ISSUER, audience: TEST_AUDIENCE, keys, jwks, tokenFor };
}

export type TestIssuer = Awaited<ReturnType<typeof createTestIssuer>>;
