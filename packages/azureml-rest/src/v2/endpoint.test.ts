import { ENDPOINT_AUTH_MODES } from "@keyturn/auth-domain";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { caught, REF, scriptedServerPerTest } from "../client/scripted-server.ts";
import { onlineEndpointsValidator } from "../contract/online-endpoints-spec.ts";
import { createOnlineEndpointsClient } from "./client.ts";
import { EndpointTokenSchema } from "./credentials.ts";
import { OnlineEndpointSchema } from "./endpoint.ts";
import { sortEndpoints } from "./endpoint-listing.ts";
import { v2Paths } from "./paths.ts";
import { OnlineEndpointPutBodySchema, putBodyFrom } from "./put-body.ts";

const answer = (
  name: string,
  properties: Record<string, unknown> = {},
  top: Record<string, unknown> = {},
) => ({
  id: `/subscriptions/s/resourceGroups/r/providers/Microsoft.MachineLearningServices/workspaces/w/onlineEndpoints/${name}`,
  name,
  location: "East US",
  tags: { team: "risk" },
  ...top,
  properties: {
    authMode: "Key",
    provisioningState: "Succeeded",
    scoringUri: `https://${name}/score`,
    ...properties,
  },
});

describe("reading endpoints as Azure answers them", () => {
  it("sorts a list item by item: managed, Kubernetes, another kind read-only, an unreadable one reported", () => {
    const listing = sortEndpoints([
      answer("managed-a", { keys: { primaryKey: "SECRET-SHOULD-NOT-STAY" }, provisioningState: "Migrating" }),
      answer("k8s-b", { compute: "/subscriptions/s/…/computes/aks-1", authMode: "AMLToken", traffic: null }),
      answer("batchy", { compute: "cpu-cluster" }, { kind: "AzureMLCompute" }),
      answer("broken", { authMode: "None" }),
      { properties: {} },
    ]);
    expect(listing.endpoints.map((e) => [e.name, e.computeType, e.region])).toEqual([
      ["managed-a", "Managed", "eastus"],
      ["k8s-b", "Kubernetes", "eastus"],
    ]);
    expect(listing.endpoints[0]?.properties.provisioningState).toBe("Migrating");
    expect(JSON.stringify(listing)).not.toContain("SECRET-SHOULD-NOT-STAY");
    expect(listing.endpoints[1]?.properties.traffic).toEqual({});
    expect(listing.otherKinds).toEqual([
      expect.objectContaining({ name: "batchy", computeType: "AzureMLCompute", authMode: "Key" }),
    ]);
    expect(listing.unreadable).toEqual([
      { index: 3, name: "broken", reason: "properties.authMode: invalid_value" },
      {
        index: 4,
        name: null,
        reason: "name: invalid_type; location: invalid_type; properties.authMode: invalid_value",
      },
    ]);
  });

  it("reads a token's times as epoch seconds; no refresh advice means the expiry", () => {
    const token = { accessToken: "t", expiryTimeUtc: 1_900_000_000 };
    expect(
      EndpointTokenSchema.parse({ ...token, refreshAfterTimeUtc: 1_899_998_000, tokenType: "Bearer" }),
    ).toEqual({
      ...token,
      tokenType: "Bearer",
      refreshAfterTimeUtc: 1_899_998_000,
    });
    for (const refresh of [0, null, undefined, 1_900_000_001])
      expect(EndpointTokenSchema.parse({ ...token, refreshAfterTimeUtc: refresh }).refreshAfterTimeUtc).toBe(
        1_900_000_000,
      );
    for (const bad of [
      { ...token, expiryTimeUtc: "soon" },
      { ...token, accessToken: null },
      { accessToken: "t" },
    ])
      expect(EndpointTokenSchema.safeParse(bad).success).toBe(false);
  });
});

const word = fc.stringMatching(/^[a-z][a-z0-9-]{0,11}$/);
const endpointArb = fc.record({
  name: word,
  location: fc.constantFrom("eastus", "West Europe", "japaneast"),
  kind: fc.option(fc.constantFrom("Managed", "K8S"), { nil: undefined }),
  tags: fc.dictionary(word, fc.string({ maxLength: 20 }), { maxKeys: 3 }),
  identity: fc.option(
    fc.record({ type: fc.constantFrom("SystemAssigned", "None"), principalId: fc.uuid() }),
    {
      nil: undefined,
    },
  ),
  properties: fc.record({
    authMode: fc.constantFrom(...ENDPOINT_AUTH_MODES),
    provisioningState: fc.constantFrom("Creating", "Succeeded", "Failed", "SomethingNew"),
    scoringUri: fc.constant("https://e.eastus.inference.ml.azure.com/score"),
    keys: fc.constant(null),
    compute: fc.option(word, { nil: null }),
    description: fc.option(fc.string({ maxLength: 40 }), { nil: undefined }),
    traffic: fc.dictionary(word, fc.integer({ min: 0, max: 100 }), { maxKeys: 2 }),
    publicNetworkAccess: fc.constantFrom("Enabled", "Disabled"),
  }),
});

describe("putting an endpoint back (putBodyFrom)", () => {
  it("is a valid PUT of the spec that changes the mode and keeps every writable field (property)", () => {
    const validator = onlineEndpointsValidator();
    fc.assert(
      fc.property(endpointArb, fc.constantFrom(...ENDPOINT_AUTH_MODES), (raw, authMode) => {
        const read = OnlineEndpointSchema.parse(raw);
        const body = putBodyFrom(read, { authMode });
        expect(OnlineEndpointPutBodySchema.safeParse(body).success).toBe(true);
        expect(validator.validateDefinition("OnlineEndpoint", body).errors).toEqual([]);
        expect(body).toMatchObject({ location: raw.location, tags: raw.tags, properties: { authMode } });
        expect(body.properties.traffic ?? {}).toEqual(raw.properties.traffic);
        expect(body.properties.compute ?? null).toBe(raw.properties.compute);
        // Azure answering the body back (with its read-only fields) gives the same body again.
        const again = OnlineEndpointSchema.parse({
          ...raw,
          ...body,
          properties: { ...raw.properties, ...body.properties },
        });
        expect(putBodyFrom(again)).toEqual(body);
      }),
      { numRuns: 200 },
    );
    // 200 bodies through ajv: a second alone, far more on a loaded machine.
  }, 60_000);
});

describe("setEndpointAuthMode", () => {
  const server = scriptedServerPerTest();
  const client = () =>
    createOnlineEndpointsClient({
      armBaseUrl: server().url,
      getAccessToken: async () => "t",
      sleep: async () => {},
    });

  it("refuses AADToken on a Kubernetes endpoint before any write (auth-domain's rule)", async () => {
    server().on("GET", v2Paths.endpoint(REF, "k8s"), { body: answer("k8s", { compute: "aks-1" }) });
    const error = await caught(client().setEndpointAuthMode(REF, "k8s", "AADToken"));
    expect(error).toMatchObject({ code: "entra_token_auth_requires_managed", status: 400 });
    expect(server().requests.map((r) => r.method)).toEqual(["GET"]);
  });

  it("PUTs the endpoint as read with the new mode", async () => {
    const path = v2Paths.endpoint(REF, "m");
    server().on("GET", path, { body: answer("m", { traffic: { blue: 100 } }) });
    server().on("PUT", path, { body: answer("m", { authMode: "AADToken", traffic: { blue: 100 } }) });
    expect((await client().setEndpointAuthMode(REF, "m", "AADToken")).properties.authMode).toBe("AADToken");
    expect(JSON.parse(server().hits("PUT", path)[0]?.body ?? "")).toEqual({
      location: "East US",
      tags: { team: "risk" },
      properties: { authMode: "AADToken", traffic: { blue: 100 } },
    });
  });
});
