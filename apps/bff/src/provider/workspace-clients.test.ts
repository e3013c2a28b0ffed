import type { AzureMlClient } from "@keyturn/azureml-rest";
import { describe, expect, it } from "vitest";
import { testConfig } from "../../test/support/test-app.ts";
import { ApiError } from "../errors/api-error.ts";
import { workspaceClients } from "./workspace-clients.ts";
import type { ConnectionState, ProviderDeps } from "./workspace-provider.ts";

// Production's allow-list, with a sovereign cloud's model-management hosts added by configuration.
const base = testConfig();
const deps = {
  config: {
    ...base,
    mode: "production",
    provider: { ...base.provider, allowedHosts: ["*.api.ml.azure.us"] },
  },
} as unknown as ProviderDeps;

/** A connection whose ARM client's discovery names `api` (what a workspace's document would say). */
function connection(api: () => string | null): ConnectionState {
  const arm = { discoverApiHost: async () => api() } as unknown as AzureMlClient;
  const token = async () => "token";
  return {
    version: 1,
    armBaseUrl: "https://management.azure.com",
    sources: { main: token, reader: token },
    arm,
    clients: new Map(),
  };
}
const locator = { id: "/subscriptions/s/ws", discoveryUrl: "https://eastus.api.azureml.ms/discovery" };

describe("a workspace's clients on its discovered host", () => {
  it("are built for the host the discovery document names, and rebuilt when it names another", async () => {
    let api = "https://eastus.api.azureml.ms";
    const state = connection(() => api);
    const first = await workspaceClients(deps, state, "ws", locator);
    expect(first.host).toBe("https://eastus.api.azureml.ms");
    expect((await workspaceClients(deps, state, "ws", locator)).client).toBe(first.client);
    api = "https://usgovvirginia.api.ml.azure.us";
    const moved = await workspaceClients(deps, state, "ws", locator);
    expect(moved.host).toBe(api);
    expect(moved.client).not.toBe(first.client);
  });

  it("refuse a discovered host outside the allowed hosts, or not on https, before any client exists", async () => {
    for (const api of [
      "https://evil.example",
      "http://eastus.api.azureml.ms",
      "https://a.b.api.azureml.ms",
    ]) {
      const state = connection(() => api);
      const refused = await workspaceClients(deps, state, "ws", locator).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(ApiError);
      expect((refused as ApiError).status).toBe(502);
      expect((refused as ApiError).code).toBe("provider_host_not_allowed");
      expect(state.clients.size).toBe(0);
    }
  });

  it("use the connection's base URL when the workspace names no discovery document", async () => {
    const state = connection(() => {
      throw new Error("discovery is not asked without a URL");
    });
    const clients = await workspaceClients(deps, state, "ws", { id: "x", discoveryUrl: null });
    expect(clients.host).toBe("https://management.azure.com");
  });
});
