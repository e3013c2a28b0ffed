import { describe, expect, it } from "vitest";
import { v1Paths, workspacesPath } from "../paths.ts";
import { createAzureMlClient } from "./azureml-client.ts";
import { AzureMlError } from "./errors.ts";
import { REF, scriptedServerPerTest, serviceFixture } from "./scripted-server.ts";

const scripted = scriptedServerPerTest();

const client = () =>
  createAzureMlClient({
    baseUrl: scripted().url,
    getAccessToken: async () => "bearer-abc",
    sleep: async () => {},
  });

const services = v1Paths.services(REF);
const workspaces = `${workspacesPath("sub-1", "rg-ml")}?api-version=2024-10-01`;

/** A page as Azure writes it: every kind mixed, one unreadable item, the last page without nextLink. */
function serveMixedWorkspace() {
  scripted().on("GET", services, {
    body: {
      value: [
        serviceFixture("aks-ok"),
        { name: "ep-1", computeType: "AKSENDPOINT", state: "Healthy", computeName: "aks-prod" },
        { name: "edge-1", computeType: "IOT", state: "Healthy" },
        serviceFixture("aks-broken", { authEnabled: "yes" }),
        { computeType: "AKS" },
      ],
      nextLink: `${services}?$skipToken=2`,
    },
  });
  scripted().on("GET", `${services}?$skipToken=2`, {
    body: {
      value: [
        { name: "batch-1", computeType: "AMLCOMPUTE" },
        { name: "odd-1", computeType: "UNKNOWN" },
        { name: "mir-1", computeType: "MIR", state: "Scaling" },
        serviceFixture("aci-azure", {
          computeType: "ACI",
          aadAuthEnabled: undefined,
          location: "southcentralus",
          state: "Deleting",
        }),
      ],
    },
  });
}

describe("listServiceItems", () => {
  it("reads each item on its own: managed kinds, other kinds read-only, and the unreadable reported", async () => {
    serveMixedWorkspace();

    const listing = await client().listServiceItems(REF);

    expect(listing.services.map((s) => s.name)).toEqual(["aks-ok", "aci-azure"]);
    expect(listing.services[1]).toMatchObject({
      aadAuthEnabled: false,
      location: "southcentralus",
      state: "Deleting",
    });
    expect(listing.otherKinds.map((s) => [s.name, s.computeType, s.state])).toEqual([
      ["ep-1", "AKSENDPOINT", "Healthy"],
      ["edge-1", "IOT", "Healthy"],
      ["batch-1", "AMLCOMPUTE", null],
      ["odd-1", "UNKNOWN", null],
      ["mir-1", "MIR", "Scaling"],
    ]);
    expect(listing.unreadable).toEqual([
      { index: 3, name: "aks-broken", reason: "authEnabled: invalid_type" },
      { index: 4, name: null, reason: expect.stringContaining("name: invalid_type") },
    ]);
  });

  it("never says an item's values in its reason", async () => {
    scripted().on("GET", services, {
      body: { value: [serviceFixture("aks-x", { authEnabled: "primaryKey=s3cr3t-value" })] },
    });
    const { unreadable } = await client().listServiceItems(REF);
    expect(JSON.stringify(unreadable)).not.toContain("s3cr3t");
  });

  it("still refuses a page whose envelope is not a list", async () => {
    scripted().on("GET", services, { body: { value: "nothing" } });
    const error = await client()
      .listServiceItems(REF)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AzureMlError);
    expect(error).toMatchObject({ code: "provider_rejected" });
  });
});

describe("listServices", () => {
  it("answers the managed services of a workspace that also holds other kinds", async () => {
    scripted().on("GET", services, {
      body: {
        value: [
          serviceFixture("aks-ok"),
          { name: "ep-1", computeType: "AKSENDPOINT" },
          serviceFixture("aks-new-state", { state: "Deleting", location: "westus" }),
        ],
      },
    });
    const list = await client().listServices(REF);
    expect(list.map((s) => [s.name, s.state])).toEqual([
      ["aks-ok", "Healthy"],
      ["aks-new-state", "Deleting"],
    ]);
  });

  it("fails as before when an item is unreadable, saying how many, which and why", async () => {
    serveMixedWorkspace();
    const error = (await client()
      .listServices(REF)
      .catch((e: unknown) => e)) as AzureMlError;
    expect(error).toBeInstanceOf(AzureMlError);
    expect(error.code).toBe("provider_rejected");
    expect(error.message).toContain("2 item(s) unreadable: aks-broken: authEnabled: invalid_type; #4");
  });
});

describe("listWorkspaceItems", () => {
  const workspace = (name: string, location: string) => ({
    id: `/subscriptions/sub-1/resourceGroups/rg-ml/providers/Microsoft.MachineLearningServices/workspaces/${name}`,
    name,
    type: "Microsoft.MachineLearningServices/workspaces",
    location,
    properties: { discoveryUrl: `https://${location}.experiments.azureml.net/discovery` },
  });

  it("reads a workspace in any region, and reports an unreadable one without hiding the others", async () => {
    scripted().on("GET", workspaces, {
      body: {
        value: [
          workspace("ws-texas", "southcentralus"),
          workspace("ws-gov", "usgovvirginia"),
          { ...workspace("ws-bad", "eastus"), location: "" },
          { ...workspace("ws-case", "eastus"), type: "microsoft.machinelearningservices/workspaces" },
        ],
      },
    });
    const arm = createAzureMlClient({
      baseUrl: "http://127.0.0.1:1",
      armBaseUrl: scripted().url,
      getAccessToken: async () => "bearer-abc",
    });

    const listing = await arm.listWorkspaceItems("sub-1", "rg-ml");

    expect(listing.items.map((w) => [w.name, w.location])).toEqual([
      ["ws-texas", "southcentralus"],
      ["ws-gov", "usgovvirginia"],
      ["ws-case", "eastus"],
    ]);
    expect(listing.items[2]?.type).toBe("Microsoft.MachineLearningServices/workspaces");
    expect(listing.unreadable).toEqual([{ index: 2, name: "ws-bad", reason: "location: custom" }]);
    await expect(arm.listWorkspaces("sub-1", "rg-ml")).rejects.toThrow(/1 item\(s\) unreadable: ws-bad/);
  });
});

describe("getService", () => {
  it("says a service of another kind is not one it manages", async () => {
    scripted().on("GET", v1Paths.service(REF, "ep-1"), {
      body: { name: "ep-1", computeType: "AKSENDPOINT" },
    });
    await expect(client().getService(REF, "ep-1")).rejects.toThrow(/kind AKSENDPOINT, which is not managed/);
  });
});
