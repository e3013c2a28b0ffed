import { describe, expect, it } from "vitest";
import { caught, REF, scriptedServerPerTest } from "../client/scripted-server.ts";
import { createOnlineEndpointsClient } from "./client.ts";
import { v2Paths } from "./paths.ts";

// ARM's long-running operations, followed to their end: Azure-AsyncOperation first, else Location,
// each wait the answer's Retry-After (else the poll interval), within the poll deadline.

const server = scriptedServerPerTest();
const NAME = "churn-online";
const STATUS =
  "/subscriptions/sub-1/providers/Microsoft.MachineLearningServices/locations/eastus/mfeOperationsStatus/op-1";
const RESULT =
  "/subscriptions/sub-1/providers/Microsoft.MachineLearningServices/locations/eastus/mfeOperationResults/op-1";

const endpoint = (overrides: Record<string, unknown> = {}) => ({
  id: `/subscriptions/sub-1/resourceGroups/rg-ml/providers/Microsoft.MachineLearningServices/workspaces/ws-east/onlineEndpoints/${NAME}`,
  name: NAME,
  location: "eastus",
  kind: "Managed",
  tags: {},
  properties: { authMode: "Key", provisioningState: "Succeeded", scoringUri: "https://x/score", keys: null },
  ...overrides,
});

const putBody = { location: "eastus", properties: { authMode: "AMLToken" as const } };

function setup(poll = { intervalMs: 2_000, timeoutMs: 60_000 }) {
  const waits: number[] = [];
  let clock = 0;
  const client = createOnlineEndpointsClient({
    armBaseUrl: server().url,
    getAccessToken: async () => "arm-token",
    poll,
    now: () => clock,
    sleep: async (ms) => {
      waits.push(ms);
      clock += ms;
    },
    random: () => 0,
  });
  return { client, waits };
}

describe("following a PUT (final state: the original URI)", () => {
  it("201 + Azure-AsyncOperation: polled with each Retry-After until Succeeded, then the endpoint read", async () => {
    const { client, waits } = setup();
    const path = v2Paths.endpoint(REF, NAME);
    const creating = endpoint({ properties: { ...endpoint().properties, provisioningState: "Creating" } });
    server().on("PUT", path, {
      status: 201,
      headers: {
        "Azure-AsyncOperation": `https://management.azure.com${STATUS}?api-version=2026-07-01`,
        "Retry-After": "3",
      },
      body: creating,
    });
    server().on(
      "GET",
      `${STATUS}?api-version=2026-07-01`,
      { body: { status: "InProgress" }, headers: { "Retry-After": "7" } },
      { body: { status: "Running" } },
      { body: { status: "Succeeded" } },
    );
    server().on("GET", path, {
      body: endpoint({ properties: { ...endpoint().properties, authMode: "AMLToken" } }),
    });
    const done = await client.putEndpoint(REF, NAME, putBody);
    expect(done.properties).toMatchObject({ authMode: "AMLToken", provisioningState: "Succeeded" });
    // The first wait is the PUT's Retry-After, then the status's, then the interval (none given).
    expect(waits).toEqual([3_000, 7_000, 2_000]);
    expect(server().hits("PUT", path)).toHaveLength(1);
  });

  it("200 without a header: the change is done, the answer is the endpoint", async () => {
    const { client, waits } = setup();
    server().on("PUT", v2Paths.endpoint(REF, NAME), { status: 200, body: endpoint() });
    expect((await client.putEndpoint(REF, NAME, putBody)).name).toBe(NAME);
    expect(waits).toEqual([]);
  });

  it("200 saying Updating without a header: the endpoint read again until its state is terminal", async () => {
    const { client, waits } = setup();
    const path = v2Paths.endpoint(REF, NAME);
    const state = (provisioningState: string) =>
      endpoint({ properties: { ...endpoint().properties, provisioningState } });
    server().on("PUT", path, { status: 200, body: state("Updating") });
    server().on("GET", path, { body: state("Updating") }, { body: state("Succeeded") });
    expect((await client.putEndpoint(REF, NAME, putBody)).properties.provisioningState).toBe("Succeeded");
    expect(waits).toEqual([2_000, 2_000]);
    server().on("GET", path, { body: state("Failed") });
    expect(await caught(client.putEndpoint(REF, NAME, putBody))).toMatchObject({ code: "operation_failed" });
  });

  it("Updating past the deadline: provider_timeout marked still running (the write was accepted)", async () => {
    const { client } = setup({ intervalMs: 2_000, timeoutMs: 3_000 });
    const path = v2Paths.endpoint(REF, NAME);
    const updating = endpoint({ properties: { ...endpoint().properties, provisioningState: "Updating" } });
    server().on("PUT", path, { status: 200, body: updating });
    server().on("GET", path, { body: updating });
    expect(await caught(client.putEndpoint(REF, NAME, putBody))).toMatchObject({
      code: "provider_timeout",
      stillRunning: true,
    });
  });

  it("Failed: operation_failed with Azure's code and message", async () => {
    const { client } = setup();
    server().on("PUT", v2Paths.endpoint(REF, NAME), {
      status: 201,
      headers: { "Azure-AsyncOperation": STATUS },
    });
    server().on("GET", STATUS, {
      body: {
        status: "Failed",
        error: {
          code: "QuotaExceeded",
          message: "Not enough quota in eastus.",
          details: [{ code: "VmSku" }],
        },
      },
    });
    const error = await caught(client.putEndpoint(REF, NAME, putBody));
    expect(error).toMatchObject({
      code: "operation_failed",
      status: 502,
      providerCode: "QuotaExceeded",
      providerMessage: "Not enough quota in eastus.",
      providerDetails: [{ code: "VmSku" }],
    });
    expect(error.message).toBe("putEndpoint: the operation ended Failed (QuotaExceeded, VmSku)");
  });

  it("Canceled (either spelling): operation_failed", async () => {
    for (const status of ["Canceled", "Cancelled"]) {
      const { client } = setup();
      server().on("PUT", v2Paths.endpoint(REF, NAME), {
        status: 201,
        headers: { "Azure-AsyncOperation": STATUS },
      });
      server().on("GET", STATUS, { body: { status } });
      const error = await caught(client.putEndpoint(REF, NAME, putBody));
      expect(error.code).toBe("operation_failed");
      expect(error.message).toContain("ended Canceled");
    }
  });

  it("still running at the deadline: provider_timeout marked still running, without waiting past it", async () => {
    const { client, waits } = setup({ intervalMs: 1_000, timeoutMs: 10_000 });
    server().on("PUT", v2Paths.endpoint(REF, NAME), {
      status: 201,
      headers: { "Azure-AsyncOperation": STATUS },
    });
    server().on("GET", STATUS, { body: { status: "InProgress" }, headers: { "Retry-After": "4" } });
    const error = await caught(client.putEndpoint(REF, NAME, putBody));
    expect(error).toMatchObject({ code: "provider_timeout", status: 504, stillRunning: true });
    expect(waits).toEqual([1_000, 4_000, 4_000]);
  });

  it("a write is never retried: a 503 to the PUT is reported after one request", async () => {
    const { client } = setup();
    const path = v2Paths.endpoint(REF, NAME);
    server().on("PUT", path, {
      status: 503,
      body: { error: { code: "ServiceUnavailable", message: "busy" } },
    });
    expect((await caught(client.putEndpoint(REF, NAME, putBody))).code).toBe("provider_unavailable");
    expect(server().hits("PUT", path)).toHaveLength(1);
  });
});

describe("following Location (PATCH, DELETE, regenerateKeys)", () => {
  it("202 + Location: polled while 202, with Retry-After; the final answer is the endpoint", async () => {
    const { client, waits } = setup();
    const path = v2Paths.endpoint(REF, NAME);
    server().on("PATCH", path, { status: 202, headers: { Location: RESULT, "Retry-After": "5" } });
    server().on(
      "GET",
      RESULT,
      { status: 202, headers: { Location: RESULT, "Retry-After": "1" } },
      { status: 200, body: endpoint({ tags: { team: "risk" } }) },
    );
    expect((await client.patchEndpointTags(REF, NAME, { team: "risk" })).tags).toEqual({ team: "risk" });
    expect(waits).toEqual([5_000, 1_000]);
  });

  it("Azure-AsyncOperation wins over Location when both are given", async () => {
    const { client } = setup();
    const path = v2Paths.regenerateKeys(REF, NAME);
    server().on("POST", path, { status: 202, headers: { "Azure-AsyncOperation": STATUS, Location: RESULT } });
    server().on("GET", STATUS, { body: { status: "Succeeded" } });
    await client.regenerateEndpointKey(REF, NAME, "Secondary");
    expect(server().hits("GET", STATUS)).toHaveLength(1);
    expect(server().hits("GET", RESULT)).toHaveLength(0);
    expect(JSON.parse(server().hits("POST", path)[0]?.body ?? "")).toEqual({ keyType: "Secondary" });
  });

  it("an error answered at the Location is the operation's failure; a 5xx there stays an outage", async () => {
    const { client } = setup();
    const path = v2Paths.endpoint(REF, NAME);
    server().on("DELETE", path, { status: 202, headers: { Location: RESULT } });
    server().on("GET", RESULT, {
      status: 409,
      body: { error: { code: "Conflict", message: "Deployments exist." } },
    });
    expect(await caught(client.deleteEndpoint(REF, NAME))).toMatchObject({
      code: "operation_failed",
      providerStatus: 409,
      providerCode: "Conflict",
      providerMessage: "Deployments exist.",
    });
    server().on("GET", RESULT, {
      status: 500,
      body: { error: { code: "InternalServerError", message: "x" } },
    });
    expect((await caught(client.deleteEndpoint(REF, NAME))).code).toBe("provider_unavailable");
  });

  it("a 202 without a header to follow is not understood", async () => {
    const { client } = setup();
    server().on("DELETE", v2Paths.endpoint(REF, NAME), { status: 202 });
    expect(await caught(client.deleteEndpoint(REF, NAME))).toMatchObject({
      code: "provider_rejected",
      status: 502,
    });
  });
});
