import { getServicePrincipalToken, ML_SCOPE, SERVICE_PRINCIPALS, signInAs } from "@keyturn/dev-idp";
import fc from "fast-check";
import { describe, expect } from "vitest";
import { DEPLOYMENT_HEADER, pickDeployment } from "../src/v2/score.routes.ts";
import { it } from "./support/fixtures.ts";
import { arm, endpointsPath, managedEndpoint, pollUntil, scoreAt } from "./v2-support.ts";

// Each endpoint's scoring URI enforces its auth mode: keys, AML tokens from the token call (with their
// expiry), Entra tokens for https://ml.azure.com from dev-idp with the caller's score/action; the
// azureml-model-deployment header picks a deployment, else the traffic split does.

const scoringUri = (origin: string, name: string, region: string) =>
  `${origin}/online/${name}.${region}.inference.ml.azure.com/score`;

type ErrorBody = { error: { code: string } };
const codeOf = (answer: { body: unknown }) => (answer.body as ErrorBody).error.code;

describe("the traffic split", () => {
  it("sends every call to a deployment with traffic, in proportion to its percent", () => {
    const endpoint = { name: "e", traffic: { blue: 90, green: 10, idle: 0 } };
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (draw) => {
        const picked = pickDeployment(endpoint, undefined, draw);
        expect(picked).toBe(draw * 100 < 90 ? "blue" : "green");
      }),
    );
    expect(pickDeployment(endpoint, "idle")).toBe("idle");
    expect(() => pickDeployment(endpoint, "red")).toThrow(/No deployment named 'red'/);
  });
});

describe("Key endpoints", () => {
  it("take either current key, refuse a missing or wrong one (401), and honour the deployment header", async ({
    emu,
    tokens,
  }) => {
    const uri = scoringUri(emu.url, "churn-online", "eastus");
    const keys = (
      await arm(
        emu.url,
        tokens.contributor,
        "POST",
        `${endpointsPath("ws-prod-eastus", "churn-online")}/listKeys`,
      )
    ).body as { primaryKey: string; secondaryKey: string };
    const missing = await scoreAt(uri, undefined);
    expect([missing.status, codeOf(missing)]).toEqual([401, "missing_credential"]);
    expect(missing.headers.get("www-authenticate")).toMatch(/^Bearer realm="azureml"/);
    expect(codeOf(await scoreAt(uri, "not-the-key-of-this-endpoint"))).toBe("key_auth_access_denied");
    for (const key of [keys.primaryKey, keys.secondaryKey]) {
      const answer = await scoreAt(uri, key);
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual([expect.any(Number)]);
      expect(["blue", "green"]).toContain(answer.headers.get(DEPLOYMENT_HEADER));
    }
    const green = await scoreAt(uri, keys.primaryKey, { [DEPLOYMENT_HEADER]: "green" });
    expect(green.headers.get(DEPLOYMENT_HEADER)).toBe("green");
    const absent = await scoreAt(uri, keys.primaryKey, { [DEPLOYMENT_HEADER]: "red" });
    expect([absent.status, codeOf(absent)]).toEqual([404, "deployment_not_found"]);
    expect((await scoreAt(scoringUri(emu.url, "churn-online", "westeurope"), keys.primaryKey)).status).toBe(
      404,
    );
  });
});

describe("swagger.json", () => {
  it("describes the score call beside the scoring URI, behind the same credential", async ({
    emu,
    tokens,
  }) => {
    const churn = (
      await arm(emu.url, tokens.contributor, "GET", endpointsPath("ws-prod-eastus", "churn-online"))
    ).body as { properties: { swaggerUri: string; scoringUri: string } };
    expect(churn.properties.swaggerUri).toBe(
      churn.properties.scoringUri.replace(/\/score$/, "/swagger.json"),
    );
    expect((await fetch(churn.properties.swaggerUri)).status).toBe(401);
    const { primaryKey } = (
      await arm(
        emu.url,
        tokens.contributor,
        "POST",
        `${endpointsPath("ws-prod-eastus", "churn-online")}/listKeys`,
      )
    ).body as { primaryKey: string };
    const answer = await fetch(churn.properties.swaggerUri, {
      headers: { authorization: `Bearer ${primaryKey}` },
    });
    const doc = (await answer.json()) as {
      openapi: string;
      servers: { url: string }[];
      paths: { "/score": { post: { parameters: { schema: { enum: string[] } }[] } } };
    };
    expect(doc.openapi).toBe("3.0.3");
    expect(`${doc.servers[0]?.url}/score`).toBe(churn.properties.scoringUri);
    expect(doc.paths["/score"].post.parameters[0]?.schema.enum).toEqual(["blue", "green"]);
  });
});

describe("AMLToken endpoints", () => {
  it("take a token of this endpoint from the token call, and refuse keys and other endpoints' tokens", async ({
    emu,
    tokens,
  }) => {
    const token = async (ws: string, name: string) =>
      (
        (await arm(emu.url, tokens.reader, "POST", `${endpointsPath(ws, name)}/token`)).body as {
          accessToken: string;
        }
      ).accessToken;
    const uri = scoringUri(emu.url, "claims-online", "westeurope");
    expect((await scoreAt(uri, await token("ws-ml-westeurope", "claims-online"))).status).toBe(200);
    const other = await scoreAt(uri, await token("ws-prod-eastus", "credit-k8s"));
    expect([other.status, codeOf(other)]).toEqual([401, "token_auth_access_denied"]);
    const keys = (
      await arm(
        emu.url,
        tokens.contributor,
        "POST",
        `${endpointsPath("ws-ml-westeurope", "claims-online")}/listKeys`,
      )
    ).body as { primaryKey: string };
    expect((await scoreAt(uri, keys.primaryKey)).status).toBe(401);
  });

  it("refuses a token past its expiry (401 token_expired)", async ({ startEmulator, tokens }) => {
    const emulator = await startEmulator({ tokenLifetimeSeconds: 1 });
    const answer = await arm(
      emulator.url,
      tokens.contributor,
      "POST",
      `${endpointsPath("ws-ml-westeurope", "claims-online")}/token`,
    );
    const { accessToken } = answer.body as { accessToken: string };
    const uri = scoringUri(emulator.url, "claims-online", "westeurope");
    expect((await scoreAt(uri, accessToken)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const expired = await scoreAt(uri, accessToken);
    expect([expired.status, codeOf(expired)]).toEqual([401, "token_expired"]);
  });
});

describe("AADToken endpoints", () => {
  it("take Entra tokens for https://ml.azure.com of callers with score/action, 403 for others, 401 for the wrong audience", async ({
    emu,
    idp,
    tokens,
  }) => {
    const uri = scoringUri(emu.url, "fraud-online", "eastus");
    const principalToken = (p: { clientId: string; defaultSecret: string }) =>
      getServicePrincipalToken(idp.issuer, p.clientId, p.defaultSecret, idp.caCertPem, ML_SCOPE);
    expect((await scoreAt(uri, await principalToken(SERVICE_PRINCIPALS.bff))).status).toBe(200);
    const reader = await scoreAt(uri, await principalToken(SERVICE_PRINCIPALS.reader));
    expect([reader.status, codeOf(reader)]).toEqual([403, "AuthorizationFailed"]);
    const management = await scoreAt(uri, tokens.contributor);
    expect([management.status, codeOf(management)]).toEqual([401, "aad_token_access_denied"]);
    expect((await scoreAt(uri, "a-key-is-no-entra-token")).status).toBe(401);

    const userToken = async (email: string) =>
      (await signInAs(idp.issuer, email, idp.caCertPem, { scope: `openid profile ${ML_SCOPE}` })).accessToken;
    expect((await scoreAt(uri, await userToken("operator@keyturn.test"))).status).toBe(200);
    const lead = await scoreAt(uri, await userToken("lead@keyturn.test"));
    expect([lead.status, codeOf(lead)]).toEqual([403, "AuthorizationFailed"]);
  });

  it("enforces a mode change at once: keys stop working when an endpoint moves to AADToken", async ({
    emu,
    idp,
    tokens,
  }) => {
    const path = endpointsPath("ws-research-japaneast", "switched-online");
    const created = await arm(emu.url, tokens.contributor, "PUT", path, {
      body: managedEndpoint("japaneast", "Key"),
    });
    await pollUntil(
      created.headers.get("azure-asyncoperation") ?? "",
      tokens.contributor,
      (a) => (a.body as { status: string }).status === "Succeeded",
    );
    const { primaryKey } = (await arm(emu.url, tokens.contributor, "POST", `${path}/listKeys`)).body as {
      primaryKey: string;
    };
    const uri = scoringUri(emu.url, "switched-online", "japaneast");
    expect((await scoreAt(uri, primaryKey)).status).toBe(200);
    await arm(emu.url, tokens.contributor, "PUT", path, { body: managedEndpoint("japaneast", "AADToken") });
    expect((await scoreAt(uri, primaryKey)).status).toBe(401);
    const bff = SERVICE_PRINCIPALS.bff;
    const entra = await getServicePrincipalToken(
      idp.issuer,
      bff.clientId,
      bff.defaultSecret,
      idp.caCertPem,
      ML_SCOPE,
    );
    expect((await scoreAt(uri, entra)).status).toBe(200);
  });

  it("refuses every caller of an endpoint closed to public networks (403)", async ({ emu, idp, tokens }) => {
    const path = endpointsPath("ws-research-japaneast", "closed-online");
    const body = managedEndpoint("japaneast", "AADToken", { publicNetworkAccess: "Disabled" });
    const created = await arm(emu.url, tokens.contributor, "PUT", path, { body });
    expect(created.status).toBe(201);
    const done = (a: { body: unknown }) => (a.body as { status: string }).status === "Succeeded";
    await pollUntil(created.headers.get("azure-asyncoperation") ?? "", tokens.contributor, done);
    const bff = SERVICE_PRINCIPALS.bff;
    const entra = await getServicePrincipalToken(
      idp.issuer,
      bff.clientId,
      bff.defaultSecret,
      idp.caCertPem,
      ML_SCOPE,
    );
    const refused = await scoreAt(scoringUri(emu.url, "closed-online", "japaneast"), entra);
    expect([refused.status, codeOf(refused)]).toEqual([403, "public_network_access_disabled"]);
  });
});
