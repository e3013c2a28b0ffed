import { decodeJwt } from "jose";
import { describe, expect } from "vitest";
import {
  API_CLIENT_ID,
  CONSOLE_CLIENT_ID,
  DEV_TENANT_ID,
  getServicePrincipalToken,
  MANAGEMENT_AUDIENCE,
  PERSONAS,
  SERVICE_PRINCIPALS,
  signInAs,
} from "../src/index.ts";
import { fetchJson, it, verifyJwt } from "./support/fixtures.ts";

// dev-idp in Entra's shape: the issuer is https://localhost:<port>/<tenant>/v2.0, as
// https://login.microsoftonline.com/<tenant>/v2.0 is, and the API's tokens are v2 tokens.
it.override("idpOptions", { tenantPathIssuer: true });

describe("the tenant-path issuer", () => {
  it("serves discovery, endpoints and keys under /<tenant>/v2.0", async ({ idp }) => {
    expect(idp.issuer).toMatch(new RegExp(`^https://localhost:\\d+/${DEV_TENANT_ID}/v2\\.0$`));
    const doc = await fetchJson(idp, `${idp.issuer}/.well-known/openid-configuration`);
    expect(doc).toMatchObject({
      issuer: idp.issuer,
      authorization_endpoint: `${idp.issuer}/auth`,
      token_endpoint: `${idp.issuer}/token`,
      jwks_uri: `${idp.issuer}/jwks`,
    });
    const { keys } = (await fetchJson(idp, `${idp.issuer}/jwks`)) as { keys: unknown[] };
    expect(keys).toHaveLength(1);
  });

  it("answers 404 outside the issuer's path (the bare origin is not an issuer)", async ({ idp, http }) => {
    const origin = new URL(idp.issuer).origin;
    for (const url of [
      `${origin}/.well-known/openid-configuration`,
      `${origin}/jwks`,
      `${origin}/00000000-0000-0000-0000-000000000000/v2.0/jwks`,
      `${idp.issuer}x/jwks`,
    ]) {
      expect((await http(url)).status, url).toBe(404);
    }
  });

  it.for(PERSONAS)(
    "signs $email in with v2 access tokens: aud the API's client id, ver 2.0, tid, roles",
    async (persona, { idp, signIn }) => {
      const tokens = await signIn(persona.email);
      const access = await verifyJwt(idp, tokens.accessToken, API_CLIENT_ID);
      expect(access).toMatchObject({
        iss: idp.issuer,
        aud: API_CLIENT_ID,
        ver: "2.0",
        tid: DEV_TENANT_ID,
        oid: persona.oid,
        roles: [...persona.roles],
        scp: "access_as_user",
      });
      const id = await verifyJwt(idp, tokens.idToken, CONSOLE_CLIENT_ID);
      expect(id).toMatchObject({ iss: idp.issuer, tid: DEV_TENANT_ID, oid: persona.oid });
    },
  );

  it("leaves Resource Manager tokens without ver (Azure's own resources choose their version)", async ({
    idp,
  }) => {
    const { bff } = SERVICE_PRINCIPALS;
    const token = await getServicePrincipalToken(idp.issuer, bff.clientId, bff.defaultSecret, idp.caCertPem);
    const claims = await verifyJwt(idp, token, MANAGEMENT_AUDIENCE);
    expect(claims).toMatchObject({ iss: idp.issuer, tid: DEV_TENANT_ID, appid: bff.clientId });
    expect(claims).not.toHaveProperty("ver");
  });
});

describe("the default issuer", () => {
  it("keeps api://keyturn as the API's audience and adds no ver", async ({ startIdp }) => {
    const idp = await startIdp({ tenantPathIssuer: false });
    expect(idp.issuer).toMatch(/^https:\/\/localhost:\d+$/);
    const access = decodeJwt((await signInAs(idp.issuer, "lead@keyturn.test", idp.caCertPem)).accessToken);
    expect(access).toMatchObject({ aud: "api://keyturn", iss: idp.issuer });
    expect(access).not.toHaveProperty("ver");
  });
});
