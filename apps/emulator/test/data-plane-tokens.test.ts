import { readFile } from "node:fs/promises";
import path from "node:path";
import {
  SAMPLE_SCORING_INPUT,
  ScoringOutputSchema,
  ServiceKeysSchema,
  ServiceSchema,
  TokenResponseSchema,
} from "@keyturn/azureml-rest";
import { generateKeyPair, importJWK, SignJWT } from "jose";
import { afterAll, beforeAll, describe, it } from "vitest";
import {
  type ControlPlane,
  controlPlane,
  expectBody,
  expectError,
  principalTokens,
  score,
  startTestEmulator,
  startTestIdp,
  type TestEmulator,
  type TestIdp,
  WS_WESTEUROPE,
} from "./support.ts";

let idp: TestIdp;
let emu: TestEmulator;
let cp: ControlPlane;
const uri: Record<string, string> = {};

beforeAll(async () => {
  idp = await startTestIdp();
  emu = await startTestEmulator(idp);
  cp = controlPlane(emu.url, (await principalTokens(idp)).contributor);
  for (const name of [
    "churn-predictor",
    "fraud-scoring",
    "credit-risk-dr",
    "demo-open-aci",
    "pricing-aci",
    "legacy-ranker",
  ]) {
    uri[name] = (await expectBody(await cp.get(name), 200, ServiceSchema)).scoringUri ?? "";
  }
});
afterAll(async () => {
  await emu?.dispose();
  await idp?.dispose();
});

const keysOf = async (name: string) => expectBody(await cp.listKeys(name), 200, ServiceKeysSchema);
const tokenOf = async (name: string, plane = cp) =>
  (await expectBody(await plane.token(name), 200, TokenResponseSchema)).accessToken;
const ok = async (res: Response) => expectBody(res, 200, ScoringOutputSchema);

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

async function workspaceSigningKey(workspace: string) {
  const state = JSON.parse(await readFile(path.join(emu.dataDir, "emulator", "state.json"), "utf8"));
  const ws = state.workspaces.find((w: { name: string }) => w.name === workspace);
  return { id: ws.id as string, key: await importJWK(ws.signingKey.privateJwk, "ES256") };
}

describe("token auth", () => {
  it("accepts a valid token (again from the cache) and refuses the service's keys or nothing", async () => {
    const token = await tokenOf("fraud-scoring");
    await ok(await score(uri["fraud-scoring"] ?? "", token, SAMPLE_SCORING_INPUT));
    await ok(await score(uri["fraud-scoring"] ?? "", token, SAMPLE_SCORING_INPUT));
    const keys = await keysOf("fraud-scoring");
    await expectError(
      await score(uri["fraud-scoring"] ?? "", keys.primaryKey ?? "", SAMPLE_SCORING_INPUT),
      401,
      "token_auth_access_denied",
    );
    await expectError(
      await score(uri["fraud-scoring"] ?? "", undefined, SAMPLE_SCORING_INPUT),
      401,
      "missing_credential",
    );
  });

  it("refuses a token for another service, before and after that token was verified and cached", async () => {
    const other = await tokenOf("credit-risk-dr");
    await expectError(
      await score(uri["fraud-scoring"] ?? "", other, SAMPLE_SCORING_INPUT),
      401,
      "token_auth_access_denied",
    );
    await ok(await score(uri["credit-risk-dr"] ?? "", other, SAMPLE_SCORING_INPUT));
    await expectError(
      await score(uri["fraud-scoring"] ?? "", other, SAMPLE_SCORING_INPUT),
      401,
      "token_auth_access_denied",
    );
  });

  it("refuses a verified token's signature under other claims (the cache holds the whole token)", async () => {
    const token = await tokenOf("fraud-scoring");
    await ok(await score(uri["fraud-scoring"] ?? "", token, SAMPLE_SCORING_INPUT)); // verified, cached
    const [header, payload, signature] = token.split(".");
    const claims = JSON.parse(Buffer.from(payload ?? "", "base64url").toString());
    const later = { ...claims, exp: claims.exp + 86_400, sub: "someone-else" };
    const altered = `${header}.${Buffer.from(JSON.stringify(later)).toString("base64url")}.${signature}`;
    await expectError(
      await score(uri["fraud-scoring"] ?? "", altered, SAMPLE_SCORING_INPUT),
      401,
      "token_auth_access_denied",
    );
    await ok(await score(uri["fraud-scoring"] ?? "", token, SAMPLE_SCORING_INPUT));
  });

  it("refuses a token of another workspace", async () => {
    const westEurope = controlPlane(emu.url, (await principalTokens(idp)).contributor, WS_WESTEUROPE);
    const foreign = await tokenOf("claims-triage", westEurope);
    await expectError(
      await score(uri["fraud-scoring"] ?? "", foreign, SAMPLE_SCORING_INPUT),
      401,
      "token_auth_access_denied",
    );
  });

  it("refuses an expired token (signed with the workspace's real key)", async () => {
    const { id, key } = await workspaceSigningKey("ws-prod-eastus");
    const expired = await forge(key, `${id}/services/fraud-scoring`, id, Math.floor(Date.now() / 1000) - 5);
    await expectError(
      await score(uri["fraud-scoring"] ?? "", expired, SAMPLE_SCORING_INPUT),
      401,
      "token_expired",
    );
    // The same claims, unexpired, with the real key pass: so the refusal above is the expiry.
    const fresh = await forge(key, `${id}/services/fraud-scoring`, id, Math.floor(Date.now() / 1000) + 60);
    await ok(await score(uri["fraud-scoring"] ?? "", fresh, SAMPLE_SCORING_INPUT));
  });

  it("refuses a token signed by another key", async () => {
    const { id } = await workspaceSigningKey("ws-prod-eastus");
    const { privateKey } = await generateKeyPair("ES256");
    const forged = await forge(
      privateKey,
      `${id}/services/fraud-scoring`,
      id,
      Math.floor(Date.now() / 1000) + 600,
    );
    await expectError(
      await score(uri["fraud-scoring"] ?? "", forged, SAMPLE_SCORING_INPUT),
      401,
      "token_auth_access_denied",
    );
  });

  it("refuses alg none and an HMAC token keyed with the public key", async () => {
    const { id } = await workspaceSigningKey("ws-prod-eastus");
    const exp = Math.floor(Date.now() / 1000) + 600;
    const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
    const unsigned = `${b64({ alg: "none", typ: "JWT" })}.${b64({ iss: id, aud: `${id}/services/fraud-scoring`, exp, iat: exp - 600 })}.`;
    await expectError(
      await score(uri["fraud-scoring"] ?? "", unsigned, SAMPLE_SCORING_INPUT),
      401,
      "token_auth_access_denied",
    );
    const hmac = await forge(
      new TextEncoder().encode("a-shared-secret-of-enough-length!"),
      `${id}/services/fraud-scoring`,
      id,
      exp,
      "HS256",
    );
    await expectError(
      await score(uri["fraud-scoring"] ?? "", hmac, SAMPLE_SCORING_INPUT),
      401,
      "token_auth_access_denied",
    );
  });

  it("refuses a token once it expires, also when it was cached", async () => {
    const shortLived = await startTestEmulator(idp, { tokenLifetimeSeconds: 2 });
    try {
      const plane = controlPlane(shortLived.url, (await principalTokens(idp)).contributor);
      const scoringUri =
        (await expectBody(await plane.get("fraud-scoring"), 200, ServiceSchema)).scoringUri ?? "";
      const token = await tokenOf("fraud-scoring", plane);
      await ok(await score(scoringUri, token, SAMPLE_SCORING_INPUT));
      await new Promise((resolve) => setTimeout(resolve, 3100));
      await expectError(await score(scoringUri, token, SAMPLE_SCORING_INPUT), 401, "token_expired");
    } finally {
      await shortLived.dispose();
    }
  });
});
