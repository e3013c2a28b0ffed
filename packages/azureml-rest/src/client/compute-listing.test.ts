import { describe, expect, it } from "vitest";
import { computesPath } from "../paths.ts";
import { createAzureMlClient } from "./azureml-client.ts";
import { REF, scriptedServerPerTest } from "./scripted-server.ts";

const scripted = scriptedServerPerTest();

const client = () =>
  createAzureMlClient({
    baseUrl: scripted().url,
    getAccessToken: async () => "bearer-abc",
    sleep: async () => {},
  });

const computes = `${computesPath(REF)}?api-version=2024-10-01`;

describe("listComputeItems", () => {
  it("reads every page of ARM's compute list, each item on its own", async () => {
    scripted().on("GET", computes, {
      body: {
        value: [
          {
            name: "aks-prod",
            location: "eastus",
            properties: { computeType: "AKS", computeLocation: "westus2" },
          },
          { location: "eastus", properties: { computeType: "AKS" } },
        ],
        nextLink: `${scripted().url}${computes}&$skipToken=2`,
      },
    });
    scripted().on("GET", `${computes}&$skipToken=2`, {
      body: { value: [{ name: "cpu-cluster", properties: { computeType: "AmlCompute" } }] },
    });

    const listing = await client().listComputeItems(REF);

    expect(
      listing.items.map((c) => [c.name, c.properties?.computeType, c.properties?.computeLocation]),
    ).toEqual([
      ["aks-prod", "AKS", "westus2"],
      ["cpu-cluster", "AmlCompute", undefined],
    ]);
    expect(listing.unreadable).toEqual([expect.objectContaining({ index: 1, name: null })]);
  });
});
