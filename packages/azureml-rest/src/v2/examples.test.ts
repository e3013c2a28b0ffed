import { describe, expect, it } from "vitest";
import { scriptedServerPerTest } from "../client/scripted-server.ts";
import {
  exampleRef,
  loadExample,
  loadOnlineEndpointsSpec,
  onlineEndpointsValidator,
} from "../contract/online-endpoints-spec.ts";
import { createOnlineEndpointsClient } from "./client.ts";
import { OnlineEndpointSchema } from "./endpoint.ts";
import { ONLINE_ENDPOINTS_API_VERSION, v2Paths } from "./paths.ts";
import { type OnlineEndpointPutBody, putBodyFrom } from "./put-body.ts";

// Azure's published examples of the onlineEndpoints operations, each answer checked against the spec
// (ajv) and then played by a loopback server to the client; what the client sends is checked too.

const server = scriptedServerPerTest();
const validator = onlineEndpointsValidator();
const client = () =>
  createOnlineEndpointsClient({
    armBaseUrl: server().url,
    getAccessToken: async () => "arm-token",
    retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 },
    sleep: async () => {},
  });

const get = loadExample("get.2026-07-01");
const ref = exampleRef(get);
const NAME = "testEndpointName";
const answer = (example: string, status: string) => loadExample(example).responses[status]?.body;
const valid = (operationId: string, status: number, body: unknown) =>
  expect(validator.validateAnswer(operationId, status, body).errors, `${operationId} ${status}`).toEqual([]);
const sent = (method: string, path: string) => JSON.parse(server().hits(method, path)[0]?.body ?? "null");

describe("the published examples", () => {
  it("are valid against the spec, and the constant is its api-version", () => {
    expect(ONLINE_ENDPOINTS_API_VERSION).toBe(loadOnlineEndpointsSpec().apiVersion);
    valid("OnlineEndpoints_Get", 200, answer("get.2026-07-01", "200"));
    valid("OnlineEndpoints_List", 200, answer("list.2026-07-01", "200"));
    valid("OnlineEndpoints_CreateOrUpdate", 201, answer("createOrUpdate.2026-07-01", "201"));
    valid("OnlineEndpoints_Update", 200, answer("update.2025-12-01", "200"));
    valid("OnlineEndpoints_ListKeys", 200, answer("listKeys.2025-06-01", "200"));
    valid("OnlineEndpoints_GetToken", 200, answer("getToken.2025-12-01", "200"));
  });

  it("get: every field the spec gives is read, keys never", async () => {
    const body = answer("get.2026-07-01", "200") as Record<string, unknown>;
    server().on("GET", v2Paths.endpoint(ref, NAME), { body });
    const endpoint = await client().getEndpoint(ref, NAME);
    expect(endpoint).toMatchObject({
      name: "string",
      location: "string",
      kind: "string",
      identity: { type: "SystemAssigned" },
      tags: {},
      systemData: { createdAt: "2020-01-01T12:34:56.999Z", createdByType: "User" },
      computeType: "Kubernetes",
      properties: {
        authMode: "AMLToken",
        provisioningState: "Creating",
        scoringUri: "https://www.contoso.com/example",
        compute: "string",
        traffic: { string: 1 },
      },
    });
    expect(endpoint.properties).not.toHaveProperty("keys");
    expect(server().requests[0]?.headers.authorization).toBe("Bearer arm-token");
  });

  it("list: every page through nextLink (rebased onto the ARM host), each item read", async () => {
    const page1 = answer("list.2026-07-01", "200") as { value: unknown[]; nextLink: string };
    const page2 = { value: [{ ...(answer("get.2025-12-01", "200") as object), name: "second" }] };
    valid("OnlineEndpoints_List", 200, page2);
    server().on("GET", v2Paths.endpoints(ref), { body: page1 });
    const next = new URL(page1.nextLink);
    server().on("GET", next.pathname + next.search, { body: page2 });
    const listing = await client().listEndpoints(ref);
    expect(listing.endpoints.map((e) => e.name)).toEqual(["string", "second"]);
    expect(listing.unreadable).toEqual([]);
  });

  it("createOrUpdate: the example's body is sent as the spec wants it, and its answer read", async () => {
    const example = loadExample("createOrUpdate.2026-07-01");
    const path = v2Paths.endpoint(ref, NAME);
    const created = example.responses["200"]?.body as { properties: object };
    server().on("PUT", path, { status: 200, body: created });
    // The answer says Creating: the endpoint is read again until it is done.
    const done = { ...created, properties: { ...created.properties, provisioningState: "Succeeded" } };
    server().on("GET", path, { body: done });
    const endpoint = await client().putEndpoint(ref, NAME, example.parameters.body as OnlineEndpointPutBody);
    expect(endpoint.properties).toMatchObject({ authMode: "AMLToken", provisioningState: "Succeeded" });
    expect(validator.validateDefinition("OnlineEndpoint", sent("PUT", path)).errors).toEqual([]);
    expect(sent("PUT", path)).toEqual(example.parameters.body);
  });

  it("a read endpoint put back (putBodyFrom) is a valid whole resource without read-only fields", () => {
    for (const name of ["get.2026-07-01", "get.2025-12-01"]) {
      const read = OnlineEndpointSchema.parse(loadExample(name).responses["200"]?.body);
      const body = putBodyFrom(read, { authMode: "Key" });
      expect(validator.validateDefinition("OnlineEndpoint", body).errors, name).toEqual([]);
      expect(body.properties.authMode).toBe("Key");
      expect(body.properties.traffic).toEqual({ string: 1 });
      expect(body.sku).toEqual({
        name: "string",
        capacity: 1,
        family: "string",
        size: "string",
        tier: "Free",
      });
      expect(JSON.stringify(body)).not.toMatch(/systemData|provisioningState|scoringUri|principalId|"id"/);
    }
  });

  it("update: the tags are sent as the spec's PartialMinimalTrackedResourceWithIdentity", async () => {
    const example = loadExample("update.2025-12-01");
    const path = v2Paths.endpoint(ref, NAME);
    server().on("PATCH", path, { body: example.responses["200"]?.body });
    const endpoint = await client().patchEndpointTags(ref, NAME, { team: "risk" });
    expect(endpoint.name).toBe("string");
    const body = sent("PATCH", path);
    expect(body).toEqual({ tags: { team: "risk" } });
    expect(validator.validateDefinition("PartialMinimalTrackedResourceWithIdentity", body).errors).toEqual(
      [],
    );
  });

  it("delete: 200, 204 and 202 are all a deletion", async () => {
    const path = v2Paths.endpoint(ref, NAME);
    for (const status of [200, 204]) {
      server().on("DELETE", path, { status });
      await expect(client().deleteEndpoint(ref, NAME)).resolves.toBeUndefined();
    }
    server().on("DELETE", path, { status: 202, headers: { Location: "/results/1", "Retry-After": "1" } });
    server().on("GET", "/results/1", { status: 204 });
    await expect(client().deleteEndpoint(ref, NAME)).resolves.toBeUndefined();
  });

  it("listKeys and getToken: the answers read as Azure gives them", async () => {
    server().on("POST", v2Paths.listKeys(ref, NAME), { body: answer("listKeys.2025-06-01", "200") });
    server().on("POST", v2Paths.token(ref, NAME), { body: answer("getToken.2025-12-01", "200") });
    expect(await client().listEndpointKeys(ref, NAME)).toEqual({
      primaryKey: "string",
      secondaryKey: "string",
    });
    expect(await client().getEndpointToken(ref, NAME)).toEqual({
      accessToken: "string",
      tokenType: "string",
      expiryTimeUtc: 1,
      refreshAfterTimeUtc: 1,
    });
  });

  it("regenerateKeys: the example's body is sent, its 202 followed through Azure-AsyncOperation", async () => {
    const example = loadExample("regenerateKeys.2025-12-01");
    const path = v2Paths.regenerateKeys(ref, NAME);
    const headers = example.responses["202"]?.headers ?? {};
    server().on("POST", path, { status: 202, headers });
    const status = new URL(headers["Azure-AsyncOperation"] ?? "").pathname;
    server().on("GET", status, { body: { status: "Succeeded" } });
    await client().regenerateEndpointKey(ref, NAME, "Primary", "a-chosen-key-of-32-characters-ok");
    expect(sent("POST", path)).toEqual({ keyType: "Primary", keyValue: "a-chosen-key-of-32-characters-ok" });
    expect(validator.validateDefinition("RegenerateEndpointKeysRequest", sent("POST", path)).errors).toEqual(
      [],
    );
    expect(server().hits("GET", status)).toHaveLength(1);
  });
});
