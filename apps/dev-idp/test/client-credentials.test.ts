import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DEV_TENANT_ID,
  getServicePrincipalToken,
  MANAGEMENT_AUDIENCE,
  OAuthError,
  SERVICE_PRINCIPALS,
} from "../src/index.ts";
import { tokenRequest, trustedFetch } from "../src/testing/http.ts";
import { startTestIdp, type TestIdp, verifyJwt } from "./support.ts";

let idp: TestIdp;
beforeAll(async () => {
  idp = await startTestIdp();
});
afterAll(() => idp.dispose());

describe("service principals (client credentials)", () => {
  it.each(Object.values(SERVICE_PRINCIPALS))("issues $clientId a management token", async (principal) => {
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
  });

  it("refuses a wrong secret", async () => {
    const attempt = getServicePrincipalToken(
      idp.issuer,
      SERVICE_PRINCIPALS.bff.clientId,
      "wrong",
      idp.caCertPem,
    );
    await expect(attempt).rejects.toBeInstanceOf(OAuthError);
    await expect(attempt).rejects.toMatchObject({ status: 401, error: "invalid_client" });
  });

  it("refuses one principal's secret for the other", async () => {
    const { reader, bff } = SERVICE_PRINCIPALS;
    const attempt = getServicePrincipalToken(idp.issuer, reader.clientId, bff.defaultSecret, idp.caCertPem);
    await expect(attempt).rejects.toMatchObject({ error: "invalid_client" });
  });

  const request = async (form: Record<string, string>) => {
    const http = trustedFetch(idp.caCertPem);
    try {
      return await tokenRequest(http, `${idp.issuer}/token`, form);
    } finally {
      await http.close();
    }
  };
  const bff = {
    client_id: SERVICE_PRINCIPALS.bff.clientId,
    client_secret: SERVICE_PRINCIPALS.bff.defaultSecret,
  };

  it("refuses a request that names no resource, as Entra does", async () => {
    await expect(request({ grant_type: "client_credentials", ...bff })).rejects.toMatchObject({
      error: "invalid_scope",
    });
  });

  it("refuses the console's API to a service principal", async () => {
    const attempt = request({ grant_type: "client_credentials", scope: "api://keyturn/.default", ...bff });
    await expect(attempt).rejects.toMatchObject({ status: 400 });
  });

  it("accepts the secret in a Basic header too (oidc-provider treats basic and post alike)", async () => {
    const http = trustedFetch(idp.caCertPem);
    try {
      const basic = Buffer.from(`${bff.client_id}:${bff.client_secret}`).toString("base64");
      const tokens = await tokenRequest(
        http,
        `${idp.issuer}/token`,
        { grant_type: "client_credentials", scope: `${MANAGEMENT_AUDIENCE}/.default` },
        { authorization: `Basic ${basic}` },
      );
      expect((await verifyJwt(idp, tokens.access_token, MANAGEMENT_AUDIENCE)).appid).toBe(bff.client_id);
    } finally {
      await http.close();
    }
  });
});
