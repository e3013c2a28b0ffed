import { ConsoleConfigSchema } from "@keyturn/api-contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPglite, type TestDatabase } from "../../../test/support/databases.ts";
import { createTestApp } from "../../../test/support/test-app.ts";
import { typedClient } from "../../../test/support/typed-client.ts";

let db: TestDatabase;
beforeAll(async () => {
  db = await openPglite();
});
afterAll(() => db.close());

const getConfig = async (env: Record<string, string> = {}) => {
  const { app } = createTestApp({ db, env });
  const response = await typedClient(app).api.config.$get();
  expect(response.status).toBe(200);
  return ConsoleConfigSchema.parse(await response.json());
};

describe("GET /api/config", () => {
  it("is public and answers the dev-idp defaults (OIDC)", async () => {
    expect(await getConfig({ KEYTURN_AUTH_ISSUER: "https://localhost:8443" })).toEqual({
      auth: {
        authority: "https://localhost:8443",
        clientId: "keyturn-console",
        scopes: ["api://keyturn/access_as_user"],
        protocolMode: "OIDC",
        knownAuthorities: ["localhost:8443"],
      },
    });
  });

  it("answers Entra settings (AAD) for a login.microsoftonline.com authority", async () => {
    const tenant = "fab8fb34-548a-4101-b975-2621a70d2522";
    const config = await getConfig({
      KEYTURN_AUTH_ISSUER: `https://login.microsoftonline.com/${tenant}/v2.0`,
      KEYTURN_CONSOLE_CLIENT_ID: "11111111-2222-3333-4444-555555555555",
      KEYTURN_CONSOLE_SCOPES: "api://keyturn-prod/access_as_user, openid",
    });
    expect(config.auth).toEqual({
      authority: `https://login.microsoftonline.com/${tenant}/v2.0`,
      clientId: "11111111-2222-3333-4444-555555555555",
      scopes: ["api://keyturn-prod/access_as_user", "openid"],
      protocolMode: "AAD",
      knownAuthorities: ["login.microsoftonline.com"],
    });
  });

  it("takes every value from its variable", async () => {
    const config = await getConfig({
      KEYTURN_CONSOLE_AUTHORITY: "https://idp.example.com/tenant/",
      KEYTURN_CONSOLE_PROTOCOL_MODE: "OIDC",
      KEYTURN_CONSOLE_KNOWN_AUTHORITIES: "idp.example.com,login.example.com",
    });
    expect(config.auth.authority).toBe("https://idp.example.com/tenant");
    expect(config.auth.knownAuthorities).toEqual(["idp.example.com", "login.example.com"]);
  });

  it("holds no secret and is declared public in the OpenAPI document", async () => {
    const { api } = typedClient(createTestApp({ db }).app);
    const text = await (await api.config.$get()).text();
    expect(text).not.toMatch(/secret|dev-secret/i);
    const doc = JSON.parse(await (await api["openapi.json"].$get()).text()) as {
      paths: Record<string, Record<string, Record<string, unknown>>>;
    };
    expect(doc.paths["/api/config"]?.get?.["x-keyturn-permission"]).toBe("public");
  });
});
