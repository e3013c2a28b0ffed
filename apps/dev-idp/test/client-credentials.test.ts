import { describe, expect } from "vitest";
import {
  DEV_TENANT_ID,
  getServicePrincipalToken,
  MANAGEMENT_AUDIENCE,
  OAuthError,
  SERVICE_PRINCIPALS,
} from "../src/index.ts";
import { it, verifyJwt } from "./support/fixtures.ts";

const { bff, reader } = SERVICE_PRINCIPALS;
const BFF_SECRET_FORM = { client_id: bff.clientId, client_secret: bff.defaultSecret };

describe("service principals (client credentials)", () => {
  it.for(Object.values(SERVICE_PRINCIPALS))(
    "issues $clientId a management token",
    async (principal, { idp }) => {
      const token = await getServicePrincipalToken(
        idp.issuer,
        principal.clientId,
        principal.defaultSecret,
        idp.caCertPem,
      );
      const claims = await verifyJwt(idp, token, MANAGEMENT_AUDIENCE);
      expect(claims).toMatchObject({
        iss: idp.issuer,
        aud: MANAGEMENT_AUDIENCE,
        appid: principal.clientId,
        oid: principal.oid,
        tid: DEV_TENANT_ID,
        roles: [],
      });
      expect(claims).not.toHaveProperty("scp");
      expect(Number(claims.exp) - Number(claims.iat)).toBe(600);
    },
  );

  it("refuses a wrong secret", async ({ idp }) => {
    const attempt = getServicePrincipalToken(idp.issuer, bff.clientId, "wrong", idp.caCertPem);
    await expect(attempt).rejects.toBeInstanceOf(OAuthError);
    await expect(attempt).rejects.toMatchObject({ status: 401, error: "invalid_client" });
  });

  it("refuses one principal's secret for the other", async ({ idp }) => {
    const attempt = getServicePrincipalToken(idp.issuer, reader.clientId, bff.defaultSecret, idp.caCertPem);
    await expect(attempt).rejects.toMatchObject({ error: "invalid_client" });
  });

  it("refuses a request that names no resource, as Entra does", async ({ token }) => {
    await expect(token({ grant_type: "client_credentials", ...BFF_SECRET_FORM })).rejects.toMatchObject({
      error: "invalid_scope",
    });
  });

  it("refuses the console's API to a service principal", async ({ token }) => {
    const attempt = token({
      grant_type: "client_credentials",
      scope: "api://keyturn/.default",
      ...BFF_SECRET_FORM,
    });
    await expect(attempt).rejects.toMatchObject({ status: 400 });
  });

  it("accepts the secret in a Basic header too (oidc-provider treats basic and post alike)", async ({
    idp,
    token,
  }) => {
    const basic = Buffer.from(`${bff.clientId}:${bff.defaultSecret}`).toString("base64");
    const tokens = await token(
      { grant_type: "client_credentials", scope: `${MANAGEMENT_AUDIENCE}/.default` },
      { authorization: `Basic ${basic}` },
    );
    expect((await verifyJwt(idp, tokens.access_token, MANAGEMENT_AUDIENCE)).appid).toBe(bff.clientId);
  });
});
