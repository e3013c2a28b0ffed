import { generateKeyPair, importJWK, SignJWT } from "jose";
import { describe } from "vitest";
import { scoringOf, WS_WESTEUROPE } from "./support/clients.ts";
import { emulatorState, it } from "./support/fixtures.ts";

const DENIED = "token_auth_access_denied";

/** A token shaped like the workspace's (same iss, aud, times) but signed with `key`. */
async function forge(
  key: Parameters<SignJWT["sign"]>[0],
  serviceId: string,
  issuer: string,
  exp: number,
  alg = "ES256",
) {
  return new SignJWT({})
    .setProtectedHeader({ alg })
    .setIssuer(issuer)
    .setAudience(serviceId)
    .setIssuedAt(exp - 3600)
    .setExpirationTime(exp)
    .sign(key);
}

/** ws-prod-eastus's id (its tokens' issuer), fraud-scoring's id (their audience) and its signing key. */
async function eastUsSigning(dataDir: string) {
  const ws = (await emulatorState(dataDir)).workspaces.find((w) => w.name === "ws-prod-eastus");
  if (!ws) throw new Error("ws-prod-eastus is not in the state file");
  return {
    id: ws.id,
    audience: `${ws.id}/services/fraud-scoring`,
    key: await importJWK(ws.signingKey.privateJwk, "ES256"),
  };
}
const inSeconds = (seconds: number) => Math.floor(Date.now() / 1000) + seconds;

describe("token auth", () => {
  it("accepts a valid token (again from the cache) and refuses the service's keys or nothing", async ({
    cp,
    scoring,
  }) => {
    const fraud = scoring("fraud-scoring");
    const token = await cp.accessToken("fraud-scoring");
    await fraud.accepts(token);
    await fraud.accepts(token);
    await fraud.refuses((await cp.keys("fraud-scoring")).primaryKey, 401, DENIED);
    await fraud.refuses(undefined, 401, "missing_credential");
  });

  it("refuses a token for another service, before and after that token was verified and cached", async ({
    cp,
    scoring,
  }) => {
    const other = await cp.accessToken("credit-risk-dr");
    await scoring("fraud-scoring").refuses(other, 401, DENIED);
    await scoring("credit-risk-dr").accepts(other);
    await scoring("fraud-scoring").refuses(other, 401, DENIED);
  });

  it("refuses a verified token's signature under other claims (the cache holds the whole token)", async ({
    cp,
    scoring,
  }) => {
    const fraud = scoring("fraud-scoring");
    const token = await cp.accessToken("fraud-scoring");
    await fraud.accepts(token); // verified, cached
    const [header, payload, signature] = token.split(".");
    const claims = JSON.parse(Buffer.from(payload ?? "", "base64url").toString());
    const later = { ...claims, exp: claims.exp + 86_400, sub: "someone-else" };
    const altered = `${header}.${Buffer.from(JSON.stringify(later)).toString("base64url")}.${signature}`;
    await fraud.refuses(altered, 401, DENIED);
    await fraud.accepts(token);
  });

  it("refuses a token of another workspace", async ({ cp, scoring }) => {
    const foreign = await cp.inWorkspace(WS_WESTEUROPE).accessToken("claims-triage");
    await scoring("fraud-scoring").refuses(foreign, 401, DENIED);
  });

  it("refuses an expired token (signed with the workspace's real key)", async ({ emu, scoring }) => {
    const { id, audience, key } = await eastUsSigning(emu.dataDir);
    const expired = await forge(key, audience, id, inSeconds(-5));
    await scoring("fraud-scoring").refuses(expired, 401, "token_expired");
    // The same claims, unexpired, with the real key pass: so the refusal above is the expiry.
    await scoring("fraud-scoring").accepts(await forge(key, audience, id, inSeconds(60)));
  });

  it("refuses a token signed by another key", async ({ emu, scoring }) => {
    const { id, audience } = await eastUsSigning(emu.dataDir);
    const { privateKey } = await generateKeyPair("ES256");
    await scoring("fraud-scoring").refuses(
      await forge(privateKey, audience, id, inSeconds(600)),
      401,
      DENIED,
    );
  });

  it("refuses alg none and an HMAC token keyed with the public key", async ({ emu, scoring }) => {
    const { id, audience } = await eastUsSigning(emu.dataDir);
    const exp = inSeconds(600);
    const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
    const unsigned = `${b64({ alg: "none", typ: "JWT" })}.${b64({ iss: id, aud: audience, exp, iat: exp - 600 })}.`;
    await scoring("fraud-scoring").refuses(unsigned, 401, DENIED);
    const secret = new TextEncoder().encode("a-shared-secret-of-enough-length!");
    await scoring("fraud-scoring").refuses(await forge(secret, audience, id, exp, "HS256"), 401, DENIED);
  });

  it("refuses a token once it expires, also when it was cached", async ({ startEmulator }) => {
    const { cp } = await startEmulator({ tokenLifetimeSeconds: 2 });
    const fraud = scoringOf(cp)("fraud-scoring");
    const token = await cp.accessToken("fraud-scoring");
    await fraud.accepts(token);
    await new Promise((resolve) => setTimeout(resolve, 3100));
    await fraud.refuses(token, 401, "token_expired");
  });
});
