import { ComputeResourceSchema, computePath, createAzureMlClient } from "@keyturn/azureml-rest";
import { describe, expect } from "vitest";
import {
  aksService,
  controlPlane,
  expectBody,
  expectError,
  WS_EASTUS,
  WS_EDGE,
  WS_JAPANEAST,
} from "./support/clients.ts";
import { it as base } from "./support/fixtures.ts";

// ARM's compute resources of a workspace: where an AKS service's region comes from, since Azure's
// AKS answers carry no location. Read here by the real client of @keyturn/azureml-rest too.

const ARM_QUERY = "?api-version=2024-10-01";

const it = base.extend("client", { scope: "file" }, ({ emu, tokens }) =>
  createAzureMlClient({
    baseUrl: emu.url,
    armBaseUrl: emu.url,
    getAccessToken: async () => tokens.reader,
    retry: { attempts: 1, baseDelayMs: 0, maxDelayMs: 0 },
  }),
);

describe("a workspace's computes (ARM)", () => {
  it("answer each AKS cluster: the resource in the workspace's region, the cluster's as computeLocation", async ({
    cp,
  }) => {
    const res = await cp.call("GET", computePath(WS_EASTUS, "aks-dr-westus2") + ARM_QUERY);
    const compute = await expectBody(res, 200, ComputeResourceSchema);
    expect(compute).toEqual({
      name: "aks-dr-westus2",
      location: "eastus",
      properties: { computeType: "AKS", computeLocation: "westus2" },
    });
  });

  it("give every seeded AKS service's region through the client, as the console reads it", async ({
    cp,
    client,
  }) => {
    const regions: Record<string, string | null> = {};
    for (const ws of [WS_EASTUS, WS_JAPANEAST, WS_EDGE]) {
      const { services } = await client.listServiceItems(ws);
      for (const service of services.filter((s) => s.computeType === "AKS")) {
        expect(service.location).toBeUndefined();
        regions[service.name] = await client.getComputeRegion(ws, service.computeName ?? "");
      }
    }
    expect(regions).toMatchObject({
      "churn-predictor": "eastus",
      "credit-risk-dr": "westus2",
      "speech-intent": "australiaeast",
      "vision-tagger": "japaneast",
      "dispatch-eta": "southcentralus",
    });
    // A new AKS service runs on the compute it names: its region is that compute's.
    expect((await cp.create(aksService("on-dr", { computeName: "aks-dr-westus2" }))).status).toBe(202);
    const created = await client.getService(WS_EASTUS, "on-dr");
    expect(await client.getComputeRegion(WS_EASTUS, created.computeName ?? "")).toBe("westus2");
  });

  it("lists a workspace's computes, and matches a name without case, as ARM does", async ({ cp }) => {
    const list = await cp.call("GET", `${computePath(WS_JAPANEAST, "x").replace(/\/x$/, "")}${ARM_QUERY}`);
    const body = (await list.json()) as {
      value: { name: string; properties: { computeLocation: string } }[];
    };
    expect(list.status).toBe(200);
    expect(body.value.map((c) => [c.name, c.properties.computeLocation])).toEqual([
      ["aks-jpe-gpu", "japaneast"],
      ["aks-syd-edge", "australiaeast"],
    ]);
    const upper = await cp.call("GET", computePath(WS_JAPANEAST, "AKS-SYD-EDGE") + ARM_QUERY);
    expect(await expectBody(upper, 200, ComputeResourceSchema)).toMatchObject({ name: "aks-syd-edge" });
  });

  it("answers ARM's 404 for a compute or a workspace that does not exist", async ({ cp, client }) => {
    const missing = await expectError(
      await cp.call("GET", computePath(WS_EASTUS, "aks-gone") + ARM_QUERY),
      404,
      "ResourceNotFound",
    );
    expect(missing.message).toBe(
      "The Resource 'Microsoft.MachineLearningServices/workspaces/ws-prod-eastus/computes/aks-gone' under resource group 'keyturn-dev' was not found.",
    );
    await expect(client.getComputeRegion(WS_EASTUS, "aks-gone")).rejects.toMatchObject({
      code: "not_found",
      providerCode: "ResourceNotFound",
    });
    const noWorkspace = { ...WS_EASTUS, workspace: "nope" };
    await expectError(
      await cp.call("GET", computePath(noWorkspace, "aks-prod-eastus") + ARM_QUERY),
      404,
      "ParentResourceNotFound",
    );
  });

  it("are read like every ARM read: Reader may, no token is 401, no role is 403", async ({
    emu,
    tokens,
    startEmulator,
  }) => {
    const path = computePath(WS_EASTUS, "aks-prod-eastus") + ARM_QUERY;
    await expectBody(
      await controlPlane(emu.url, tokens.reader).call("GET", path),
      200,
      ComputeResourceSchema,
    );
    const anonymous = await controlPlane(emu.url, undefined).call("GET", path);
    expect(anonymous.headers.get("www-authenticate")).toMatch(/^Bearer /);
    await expectError(anonymous, 401, "unauthenticated");
    const strict = await startEmulator({ roleAssignments: { "keyturn-bff": "Contributor" } });
    await expectError(await controlPlane(strict.url, tokens.reader).call("GET", path), 403, "forbidden");
    // Forbidden before the workspace is looked up.
    const nowhere = computePath({ ...WS_EASTUS, workspace: "nope" }, "x") + ARM_QUERY;
    await expectError(await controlPlane(strict.url, tokens.reader).call("GET", nowhere), 403, "forbidden");
  });

  it("keep answering while the workspace's region is down (ARM is global)", async ({ cp, admin }) => {
    await admin.region("eastus", "down");
    try {
      await expectError(await cp.list(), 503, "workspace_region_down");
      const res = await cp.call("GET", computePath(WS_EASTUS, "aks-prod-eastus") + ARM_QUERY);
      await expectBody(res, 200, ComputeResourceSchema);
    } finally {
      await admin.region("eastus", "up");
    }
  });
});
