import { createHmac, createPublicKey } from "node:crypto";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { API_AUDIENCE, type DevIdp, PERSONAS, signInAs, startDevIdp } from "@keyturn/dev-idp";
import {
  base64url,
  type CryptoKey,
  exportJWK,
  generateKeyPair,
  type JWK,
  type JWTPayload,
  SignJWT,
} from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPglite, type TestDatabase } from "../support/databases.ts";
import { appTrustingDevIdp, devIdpSigner } from "../support/dev-idp-signer.ts";
import { expectProblem } from "../support/problem.ts";
import { bearer } from "../support/test-app.ts";

// The JWT attack corpus (RFC 8725; security.md, property 9) against the real dev-idp: its discovery
// document, its JWKS over TLS with its self-signed CA, its access tokens. Claim variants are signed
// with dev-idp's own key (read from its data folder) so that only the claim under test is wrong.

const operator = PERSONAS.find((p) => p.email === "operator@keyturn.test");
let idp: DevIdp;
let db: TestDatabase;
let realKey: CryptoKey;
let realKid: string;
let publicJwk: JWK;
let validToken: string;
let app: ReturnType<typeof appTrustingDevIdp>;

beforeAll(async () => {
  const dataDir = await mkdtemp(path.join(tmpdir(), "keyturn-bff-idp-"));
  [idp, db] = await Promise.all([startDevIdp({ port: 0, dataDir }), openPglite()]);
  ({ kid: realKid, key: realKey, publicJwk } = await devIdpSigner(dataDir));
  validToken = (await signInAs(idp.issuer, "operator@keyturn.test", idp.caCertPem)).accessToken;
  app = appTrustingDevIdp(db, idp, API_AUDIENCE);
});
afterAll(async () => {
  await Promise.all([idp?.close(), db?.close()]);
});

const now = () => Math.floor(Date.now() / 1000);

function claims(overrides: Record<string, unknown> = {}): JWTPayload {
  const payload: Record<string, unknown> = {
    iss: idp.issuer,
    aud: API_AUDIENCE,
    sub: operator?.oid,
    oid: operator?.oid,
    tid: operator?.tid,
    name: operator?.name,
    preferred_username: operator?.email,
    roles: ["Operator"],
    scp: "access_as_user",
    auth_time: now() - 5,
    iat: now(),
    exp: now() + 600,
  };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete payload[key];
    else payload[key] = value;
  }
  return payload;
}

const signReal = (payload: JWTPayload, typ = "at+jwt") =>
  new SignJWT(payload).setProtectedHeader({ alg: "RS256", typ, kid: realKid }).sign(realKey);

const encode = (value: unknown) => base64url.encode(JSON.stringify(value));

async function expectRejected(token: string) {
  const response = await app.request("/api/me", { headers: bearer(token) });
  const problem = await expectProblem(response, 401, "unauthenticated");
  expect(response.headers.get("www-authenticate")).toBe('Bearer realm="keyturn", error="invalid_token"');
  expect(JSON.stringify(problem)).not.toContain(token.slice(0, 20));
}

async function expectAccepted(token: string) {
  const response = await app.request("/api/me", { headers: bearer(token) });
  expect(response.status).toBe(200);
  expect(((await response.json()) as { oid: string }).oid).toBe(operator?.oid);
}

describe("access tokens from the real dev-idp", () => {
  it("accepts a token from the code + PKCE sign-in (typ at+jwt), found via discovery over TLS", async () => {
    await expectAccepted(validToken);
  });

  it("accepts typ JWT too (Entra), and a token expired by less than the 30 s clock tolerance", async () => {
    await expectAccepted(await signReal(claims(), "JWT"));
    await expectAccepted(await signReal(claims({ iat: now() - 700, exp: now() - 10 })));
  });
});

describe("JWT attack corpus: every one is a 401", () => {
  it("alg none, with and without a signature", async () => {
    const unsigned = `${encode({ alg: "none", typ: "JWT" })}.${encode(claims())}`;
    await expectRejected(`${unsigned}.`);
    await expectRejected(`${unsigned}.AAAA`);
    await expectRejected(`${encode({ alg: "none", kid: realKid })}.${encode(claims())}.AAAA`);
  });

  it("HS256 signed with the issuer's public key (PEM and JWK forms)", async () => {
    const pem = createPublicKey({ key: publicJwk as never, format: "jwk" }).export({
      type: "spki",
      format: "pem",
    });
    for (const secret of [String(pem), JSON.stringify(publicJwk)]) {
      const input = `${encode({ alg: "HS256", typ: "JWT", kid: realKid })}.${encode(claims())}`;
      const mac = createHmac("sha256", secret).update(input).digest("base64url");
      await expectRejected(`${input}.${mac}`);
    }
  });

  it("an unknown kid, an injected jku and an injected jwk (attacker's own key)", async () => {
    const attacker = await generateKeyPair("RS256", { extractable: true });
    const attackerJwk = await exportJWK(attacker.publicKey);
    const sign = (header: Record<string, unknown>) =>
      new SignJWT(claims()).setProtectedHeader({ alg: "RS256", ...header }).sign(attacker.privateKey);
    await expectRejected(await sign({ kid: "attacker-kid" }));
    await expectRejected(await sign({ kid: "attacker-kid", jku: "https://evil.example/jwks.json" }));
    await expectRejected(await sign({ jwk: attackerJwk }));
    await expectRejected(await sign({ kid: realKid, jwk: attackerJwk }));
    await expectRejected(await sign({ kid: realKid, jku: "https://evil.example/jwks.json" }));
  });

  it("a valid token whose payload was changed (roles elevated)", async () => {
    const [header, , signature] = validToken.split(".");
    const elevated = {
      ...JSON.parse(Buffer.from(validToken.split(".")[1] as string, "base64url").toString()),
      roles: ["Admin"],
    };
    await expectRejected(`${header}.${encode(elevated)}.${signature}`);
  });

  it("wrong iss, wrong aud", async () => {
    await expectRejected(await signReal(claims({ iss: "https://evil.example" })));
    await expectRejected(await signReal(claims({ iss: `${idp.issuer}/` })));
    await expectRejected(await signReal(claims({ aud: "api://another-app" })));
    await expectRejected(await signReal(claims({ aud: ["api://another-app"] })));
  });

  it("expired, not yet valid", async () => {
    await expectRejected(await signReal(claims({ iat: now() - 900, exp: now() - 120 })));
    await expectRejected(await signReal(claims({ nbf: now() + 300 })));
  });

  it("issued, or signed in, in the future beyond the 30 s clock tolerance", async () => {
    await expectRejected(await signReal(claims({ iat: now() + 3600 })));
    await expectRejected(await signReal(claims({ iat: now() + 60 })));
    await expectRejected(await signReal(claims({ auth_time: now() + 86_400 })));
    await expectRejected(await signReal(claims({ auth_time: now() + 60 })));
    // Within the tolerance, a clock a little ahead of ours is still accepted.
    await expectAccepted(await signReal(claims({ iat: now() + 20, auth_time: now() + 20, nbf: now() + 20 })));
  });

  it("claim text PostgreSQL cannot store (NUL, a lone surrogate)", async () => {
    await expectRejected(await signReal(claims({ name: "Eve\u0000Admin" })));
    await expectRejected(await signReal(claims({ preferred_username: "eve\uD800@keyturn.test" })));
    await expectRejected(await signReal(claims({ roles: ["Operator\u0000"] })));
  });

  it("missing exp, sub or iat", async () => {
    await expectRejected(await signReal(claims({ exp: undefined })));
    await expectRejected(await signReal(claims({ sub: undefined })));
    await expectRejected(await signReal(claims({ iat: undefined })));
  });

  it("a token anywhere but the Authorization header, or under another scheme", async () => {
    await expectProblem(await app.request(`/api/me?access_token=${validToken}`), 401, "unauthenticated");
    const basic = await app.request("/api/me", { headers: { Authorization: `Basic ${validToken}` } });
    await expectProblem(basic, 401, "unauthenticated");
    expect(
      (await app.request("/api/me", { headers: { Authorization: `bearer ${validToken}` } })).status,
    ).toBe(200);
  });
});

describe("identity comes only from the verified token", () => {
  it("client-sent identity headers change nothing", async () => {
    const admin = PERSONAS.find((p) => p.email === "admin@keyturn.test");
    const response = await app.request("/api/me", {
      headers: {
        ...bearer(validToken),
        "X-User-Id": admin?.oid ?? "",
        "X-User-Roles": "Admin",
        "X-User-Email": admin?.email ?? "",
        "X-Forwarded-User": admin?.email ?? "",
        "X-Forwarded-Email": admin?.email ?? "",
        "X-MS-CLIENT-PRINCIPAL-ID": admin?.oid ?? "",
      },
    });
    const me = (await response.json()) as { oid: string; roles: string[]; permissions: string[] };
    expect(me.oid).toBe(operator?.oid);
    expect(me.roles).toEqual(["Operator"]);
    expect(me.permissions).not.toContain("settings:admin");
  });
});

describe("step-up (RFC 9470)", () => {
  it("a sign-in older than 600 s gets 401 insufficient_user_authentication with max_age", async () => {
    const stale = await signReal(claims({ auth_time: now() - 700 }));
    const response = await app.request("/api/test/reveal", { headers: bearer(stale) });
    await expectProblem(response, 401, "insufficient_user_authentication");
    const challenge = response.headers.get("www-authenticate") ?? "";
    expect(challenge).toMatch(/^Bearer /);
    expect(challenge).toContain('error="insufficient_user_authentication"');
    expect(challenge).toContain("error_description=");
    expect(challenge).toContain("max_age=600");
    const missing = await signReal(claims({ auth_time: undefined }));
    await expectProblem(
      await app.request("/api/test/reveal", { headers: bearer(missing) }),
      401,
      "insufficient_user_authentication",
    );
  });

  it("a sign-in dated in the future never satisfies step-up (a day ahead, a minute ahead)", async () => {
    for (const ahead of [86_400, 60]) {
      const future = await signReal(claims({ auth_time: now() + ahead }));
      const response = await app.request("/api/test/reveal", { headers: bearer(future) });
      expect(response.status, `auth_time ${ahead} s ahead`).toBe(401);
    }
  });

  it("a fresh sign-in passes", async () => {
    const fresh = (await signInAs(idp.issuer, "operator@keyturn.test", idp.caCertPem, { maxAge: 0 }))
      .accessToken;
    expect((await app.request("/api/test/reveal", { headers: bearer(fresh) })).status).toBe(200);
  });
});
