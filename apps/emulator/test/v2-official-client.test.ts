import { Agent } from "node:https";
import { AzureMachineLearningWorkspaces } from "@azure/arm-machinelearning";
import type { AccessToken, TokenCredential } from "@azure/identity";
import { getServicePrincipalToken, SERVICE_PRINCIPALS } from "@keyturn/dev-idp";
import { describe, expect } from "vitest";
import { SEED_RESOURCE_GROUP, SEED_SUBSCRIPTION_ID } from "../src/index.ts";
import { it } from "./support/fixtures.ts";
import { scoreAt, startHttpsEmulator } from "./v2-support.ts";

// Microsoft's own client, unmodified, against the emulator over HTTPS (the SDK refuses bearer tokens
// over http): its list, get, listKeys, beginRegenerateKeysAndWait, getToken and
// beginCreateOrUpdateAndWait, with the default api-version it sends (2022-10-01).

type ClientOptions = NonNullable<ConstructorParameters<typeof AzureMachineLearningWorkspaces>[2]>;
type Policy = NonNullable<ClientOptions["additionalPolicies"]>[number]["policy"];

/** A TokenCredential over dev-idp's token endpoint (client credentials of a service principal). */
function devIdpCredential(
  issuer: string,
  caCertPem: string,
  principal: { clientId: string; defaultSecret: string },
) {
  const credential: TokenCredential = {
    async getToken(): Promise<AccessToken> {
      const token = await getServicePrincipalToken(
        issuer,
        principal.clientId,
        principal.defaultSecret,
        caCertPem,
      );
      return { token, expiresOnTimestamp: Date.now() + 5 * 60_000 };
    },
  };
  return credential;
}

/** Trusts the local certificate in this client's requests only (not the process's global agent). */
function trustLocalCertificate(caCertPem: string): Policy {
  const agent = new Agent({ ca: caCertPem, keepAlive: false });
  return {
    name: "trustLocalCertificate",
    sendRequest(request, next) {
      request.agent = agent;
      return next(request);
    },
  };
}

describe("@azure/arm-machinelearning against the emulator over HTTPS", () => {
  it("lists, gets, reads keys, regenerates a key, gets a token and creates an endpoint", async ({ idp }) => {
    const emulator = await startHttpsEmulator(idp);
    try {
      expect(emulator.httpsUrl).toMatch(/^https:\/\/localhost:\d+$/);
      const client = new AzureMachineLearningWorkspaces(
        devIdpCredential(idp.issuer, idp.caCertPem, SERVICE_PRINCIPALS.bff),
        SEED_SUBSCRIPTION_ID,
        {
          endpoint: emulator.httpsUrl,
          $host: emulator.httpsUrl,
          credentialScopes: ["https://management.azure.com/.default"],
          additionalPolicies: [{ policy: trustLocalCertificate(idp.caCertPem), position: "perCall" }],
        },
      );
      const ops = client.onlineEndpoints;
      const rg = SEED_RESOURCE_GROUP;

      const listed = [];
      for await (const endpoint of ops.list(rg, "ws-prod-eastus", { count: 2 })) listed.push(endpoint.name);
      expect(listed.sort()).toEqual(["churn-online", "credit-k8s", "fraud-online"]);

      const churn = await ops.get(rg, "ws-prod-eastus", "churn-online");
      expect(churn.properties).toMatchObject({
        authMode: "Key",
        provisioningState: "Succeeded",
        traffic: { blue: 90, green: 10 },
      });
      expect(churn.properties.scoringUri).toBe(
        `${emulator.httpsUrl}/online/churn-online.eastus.inference.ml.azure.com/score`,
      );

      const keys = await ops.listKeys(rg, "ws-prod-eastus", "churn-online");
      await ops.beginRegenerateKeysAndWait(
        rg,
        "ws-prod-eastus",
        "churn-online",
        { keyType: "Secondary" },
        { updateIntervalInMs: 20 },
      );
      const after = await ops.listKeys(rg, "ws-prod-eastus", "churn-online");
      expect(after.primaryKey).toBe(keys.primaryKey);
      expect(after.secondaryKey).not.toBe(keys.secondaryKey);
      const scored = await scoreAt(churn.properties.scoringUri ?? "", after.secondaryKey, {}, idp.caCertPem);
      expect(scored.status).toBe(200);

      const token = await ops.getToken(rg, "ws-ml-westeurope", "claims-online");
      expect(token.tokenType).toBe("Bearer");
      expect(token.expiryTimeUtc).toBeGreaterThan(Date.now() / 1000);

      const created = await ops.beginCreateOrUpdateAndWait(
        rg,
        "ws-ml-westeurope",
        "made-by-the-sdk",
        {
          location: "westeurope",
          properties: { authMode: "AMLToken", description: "created by the official client" },
        },
        { updateIntervalInMs: 20 },
      );
      expect(created.name).toBe("made-by-the-sdk");
      expect(created.properties).toMatchObject({ authMode: "AMLToken", provisioningState: "Succeeded" });
      expect(created.properties.keys).toBeNull();

      // Beyond the six calls the console needs: PATCH of tags and DELETE, both followed by Location.
      const tagged = await ops.beginUpdateAndWait(
        rg,
        "ws-ml-westeurope",
        "made-by-the-sdk",
        { tags: { stage: "test" } },
        { updateIntervalInMs: 20 },
      );
      expect(tagged.tags).toEqual({ stage: "test" });
      await ops.beginDeleteAndWait(rg, "ws-ml-westeurope", "made-by-the-sdk", { updateIntervalInMs: 20 });
      await expect(ops.get(rg, "ws-ml-westeurope", "made-by-the-sdk")).rejects.toMatchObject({
        statusCode: 404,
        code: "ResourceNotFound",
      });
    } finally {
      await emulator.dispose();
    }
  });
});
