import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { API_CLIENT_ID, DEV_TENANT_ID, type DevIdp, PERSONAS, signInAs, startDevIdp } from "@keyturn/dev-idp";
import { decodeJwt, type JWTPayload } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPglite, type TestDatabase } from "../support/databases.ts";
import { appTrustingDevIdp, devIdpSigner, withClaims } from "../support/dev-idp-signer.ts";
import { type LoopbackServer, startCaptureServer } from "../support/loopback-servers.ts";
import { expectProblem } from "../support/problem.ts";
import { bearer } from "../support/test-app.ts";

// Sign-in in the configuration Entra ID gives the BFF (docs/entra-id.md, decision 017): the issuer
// https://<host>/<tenant>/v2.0 found by discovery over TLS, v2 access tokens whose `aud` is the API's
// client id, `tid`, app roles in `roles`. dev-idp serves that shape (`tenantPathIssuer`); claim
// variants are signed with its own key, so that only the claim under test differs.

const OTHER_TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
const operator = PERSONAS.find((p) => p.email === "operator@keyturn.test");

let dataDir: string;
let idp: DevIdp;
let db: TestDatabase;
let signer: Awaited<ReturnType<typeof devIdpSigner>>;
let claimSource: LoopbackServer;
let app: ReturnType<typeof appTrustingDevIdp>;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "keyturn-bff-entra-"));
  [idp, db, claimSource] = await Promise.all([
    startDevIdp({ port: 0, dataDir, tenantPathIssuer: true }),
    openPglite(),
    startCaptureServer(),
  ]);
  signer = await devIdpSigner(dataDir);
  app = appTrustingDevIdp(db, idp, API_CLIENT_ID);
});
afterAll(async () => {
  await Promise.all([idp?.close(), db?.close(), claimSource?.close()]);
  await rm(dataDir, { recursive: true, force: true });
});

const now = () => Math.floor(Date.now() / 1000);

/** An access token as Entra issues it for the API (v2, typ JWT), for the operator; `overrides` change it. */
function entraToken(overrides: Record<string, unknown> = {}) {
  const base: JWTPayload = {
    iss: idp.issuer,
    aud: API_CLIENT_ID,
    ver: "2.0",
    tid: DEV_TENANT_ID,
    oid: operator?.oid,
    sub: "AAAAAAAAAAAAAAAAAAAAAIkzqFVrSaSaFHy782bbtaQ",
    azp: "11111111-2222-4333-8444-555555555555",
    azpacr: "0",
    name: operator?.name,
    preferred_username: operator?.email,
    roles: ["Operator"],
    scp: "access_as_user",
    uti: "AbCdEf123456",
    auth_time: now() - 5,
    iat: now(),
    nbf: now(),
    exp: now() + 3600,
  };
  return signer.sign(withClaims(base, overrides), "JWT");
}

const me = async (token: string) => app.request("/api/me", { headers: bearer(token) });
const auditorRoute = (token: string) => app.request("/api/test/audit-export", { headers: bearer(token) });

async function expectRefused(token: string) {
  await expectProblem(await me(token), 401, "unauthenticated");
}

describe("Entra-shaped sign-in", () => {
  it.each(PERSONAS)("signs $email in through the tenant-path issuer: tid and app roles", async (persona) => {
    const { accessToken } = await signInAs(idp.issuer, persona.email, idp.caCertPem);
    expect(decodeJwt(accessToken)).toMatchObject({ aud: API_CLIENT_ID, ver: "2.0", iss: idp.issuer });
    const response = await me(accessToken);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      oid: persona.oid,
      tid: DEV_TENANT_ID,
      username: persona.email,
      roles: [...persona.roles],
    });
  });

  it("accepts Entra's own header and claims (typ JWT, pairwise sub, azp, uti)", async () => {
    const response = await me(await entraToken());
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      oid: operator?.oid,
      tid: DEV_TENANT_ID,
      roles: ["Operator"],
    });
  });

  it("takes no role from a token without the roles claim (Entra leaves it out when none is assigned)", async () => {
    const token = await entraToken({ roles: undefined });
    expect(await (await me(token)).json()).toMatchObject({ roles: [], permissions: ["inventory:read"] });
    expect((await auditorRoute(token)).status).toBe(403);
  });
});

describe("group overage (decision 017: roles come from app roles only; groups are never read)", () => {
  const overage = () => ({
    _claim_names: { groups: "src1" },
    _claim_sources: { src1: { endpoint: `${claimSource.url}/v1.0/users/${operator?.oid}/getMemberObjects` } },
  });

  it("accepts a token whose groups overflowed, with the app roles it carries, and never calls the claim source", async () => {
    const token = await entraToken({ ...overage(), roles: ["Auditor"] });
    const response = await me(token);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ roles: ["Auditor"] });
    expect((await auditorRoute(token)).status).toBe(200);
    expect(claimSource.received).toEqual([]);
  });

  it("grants nothing from groups: neither an overage nor a groups claim naming a role", async () => {
    for (const extra of [
      overage(),
      { groups: ["Auditor", "Admin", "0760b6cf-170e-4a14-91b3-4b78e0739963"] },
    ]) {
      const token = await entraToken({ ...extra, roles: undefined });
      expect(await (await me(token)).json()).toMatchObject({ roles: [] });
      expect((await auditorRoute(token)).status).toBe(403);
    }
    expect(claimSource.received).toEqual([]);
  });
});

describe("tokens of another tenant are refused", () => {
  const otherIssuer = () => idp.issuer.replace(DEV_TENANT_ID, OTHER_TENANT);

  it("another tenant's issuer, though signed with the same keys (Entra shares them across tenants)", async () => {
    await expectRefused(await entraToken({ iss: otherIssuer(), tid: OTHER_TENANT }));
  });

  it("this tenant's issuer with another tenant's tid, or none", async () => {
    await expectRefused(await entraToken({ tid: OTHER_TENANT }));
    await expectRefused(await entraToken({ tid: undefined }));
  });

  it("a v1 token (sts.windows.net issuer) or one for the application ID URI instead of the client id", async () => {
    await expectRefused(
      await entraToken({ iss: `https://sts.windows.net/${DEV_TENANT_ID}/`, ver: "1.0", appid: "x" }),
    );
    await expectRefused(await entraToken({ aud: "api://keyturn" }));
  });

  it("the tenant check does not depend on letter case (Entra writes tids in lower case)", async () => {
    const response = await me(await entraToken({ tid: DEV_TENANT_ID.toUpperCase() }));
    expect(response.status).toBe(200);
  });
});
