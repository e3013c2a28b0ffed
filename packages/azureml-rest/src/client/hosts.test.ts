import { beforeEach, describe, expect, it } from "vitest";
import { computePath } from "../paths.ts";
import { createAzureMlClient } from "./azureml-client.ts";
import { apiHostOf } from "./discovery.ts";
import { AzureMlError } from "./errors.ts";
import { REF, scriptedServerPerTest } from "./scripted-server.ts";
import type { AzureMlClientOptions } from "./types.ts";

const scripted = scriptedServerPerTest();
let clock: number;
beforeEach(() => {
  clock = 1_000_000;
});

const client = (overrides: Partial<AzureMlClientOptions> = {}) =>
  createAzureMlClient({
    baseUrl: "http://127.0.0.1:1",
    armBaseUrl: scripted().url,
    getAccessToken: async () => "bearer-abc",
    sleep: async () => {},
    now: () => clock,
    ...overrides,
  });

describe("getComputeRegion", () => {
  const path = `${computePath(REF, "aks-prod")}?api-version=2024-10-01`;
  const compute = (location: string | null, computeLocation?: string) => ({
    id: "/subscriptions/sub-1/…/computes/aks-prod",
    name: "aks-prod",
    type: "Microsoft.MachineLearningServices/workspaces/computes",
    location,
    properties: { computeType: "AKS", ...(computeLocation ? { computeLocation } : {}) },
  });

  it("asks ARM for the compute and answers the cluster's region", async () => {
    scripted().on("GET", path, { body: compute("eastus", "westus3") });
    expect(await client().getComputeRegion(REF, "aks-prod")).toBe("westus3");
    expect(scripted().hits("GET", path)[0]?.headers.authorization).toBe("Bearer bearer-abc");
  });

  it("falls back to the resource's location, and to null without either", async () => {
    scripted().on("GET", path, { body: compute("West Europe") });
    expect(await client().getComputeRegion(REF, "aks-prod")).toBe("westeurope");
    scripted().on("GET", path, { body: compute(null) });
    expect(await client().getComputeRegion(REF, "aks-prod")).toBeNull();
  });

  it("keeps an answer for its lifetime, then asks again", async () => {
    scripted().on(
      "GET",
      path,
      { body: compute("eastus", "westus3") },
      { body: compute("eastus", "eastus2") },
    );
    const c = client({ computeRegionCacheMs: 60_000 });
    expect(await c.getComputeRegion(REF, "aks-prod")).toBe("westus3");
    clock += 59_000;
    expect(await c.getComputeRegion(REF, "aks-prod")).toBe("westus3");
    expect(scripted().hits("GET", path)).toHaveLength(1);
    clock += 2_000;
    expect(await c.getComputeRegion(REF, "aks-prod")).toBe("eastus2");
    expect(scripted().hits("GET", path)).toHaveLength(2);
  });

  it("does not keep a failure", async () => {
    scripted().on(
      "GET",
      path,
      { status: 404, body: { error: { code: "ResourceNotFound", message: "no compute aks-prod" } } },
      { body: compute("eastus", "westus3") },
    );
    const c = client();
    await expect(c.getComputeRegion(REF, "aks-prod")).rejects.toMatchObject({
      code: "not_found",
      providerCode: "ResourceNotFound",
    });
    expect(await c.getComputeRegion(REF, "aks-prod")).toBe("westus3");
  });
});

describe("discoverApiHost", () => {
  const workspace = (discoveryUrl: string | undefined, id = "/subscriptions/sub-1/…/workspaces/ws-east") => ({
    id,
    properties: { discoveryUrl },
  });
  const document = {
    api: "https://centralus.api.azureml.ms",
    catalog: "https://catalog.cortanaanalytics.com",
  };

  it("answers the discovery document's api, fetched without the bearer token", async () => {
    scripted().on("GET", "/discovery", { body: document });
    expect(await client().discoverApiHost(workspace(`${scripted().url}/discovery`))).toBe(
      "https://centralus.api.azureml.ms",
    );
    const [request] = scripted().hits("GET", "/discovery");
    expect(request?.headers.authorization).toBeUndefined();
  });

  it("is null for a workspace without a discovery URL (the emulator)", async () => {
    expect(await client().discoverApiHost(workspace(undefined))).toBeNull();
    expect(scripted().requests).toHaveLength(0);
  });

  it("keeps each workspace's host for its lifetime", async () => {
    scripted().on(
      "GET",
      "/discovery",
      { body: document },
      { body: { api: "https://eastus2.api.azureml.ms/" } },
    );
    const c = client({ discoveryCacheMs: 3_600_000 });
    const ws = workspace(`${scripted().url}/discovery`);
    expect(await c.discoverApiHost(ws)).toBe("https://centralus.api.azureml.ms");
    expect(await c.discoverApiHost(ws)).toBe("https://centralus.api.azureml.ms");
    // Another workspace with the same discovery URL is asked for itself.
    expect(await c.discoverApiHost(workspace(ws.properties.discoveryUrl, "/other"))).toBe(
      "https://eastus2.api.azureml.ms",
    );
    expect(scripted().hits("GET", "/discovery")).toHaveLength(2);
    clock += 3_600_001;
    expect(await c.discoverApiHost(ws)).toBe("https://eastus2.api.azureml.ms");
    expect(scripted().hits("GET", "/discovery")).toHaveLength(3);
  });

  it("refuses a document without api, or whose api is not an http(s) host", async () => {
    for (const body of [
      { experimentation: "https://x" },
      { api: "javascript:alert(1)" },
      { api: "https://u:p@h" },
    ]) {
      scripted().on("GET", "/discovery", { body });
      const error = await client()
        .discoverApiHost(workspace(`${scripted().url}/discovery`))
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AzureMlError);
      expect(error).toMatchObject({ code: "provider_rejected" });
    }
  });

  it("refuses a discovery URL that is not an absolute http(s) URL", async () => {
    for (const url of ["/discovery", "file:///etc/passwd", "https://user:pw@example.test/discovery"]) {
      await expect(client().discoverApiHost(workspace(url))).rejects.toMatchObject({
        code: "provider_rejected",
      });
    }
    expect(scripted().requests).toHaveLength(0);
  });
});

describe("apiHostOf", () => {
  it("keeps the origin and a path, without a trailing slash or query", () => {
    expect(apiHostOf("https://westus.api.azureml.ms/")).toBe("https://westus.api.azureml.ms");
    expect(apiHostOf("https://gw.example.test/aml/?x=1")).toBe("https://gw.example.test/aml");
  });
});
