import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPglite, type TestDatabase } from "../../test/support/databases.ts";
import { type ProviderFixture, startProviderFixture } from "../../test/support/provider-fixture.ts";
import { createTestApp } from "../../test/support/test-app.ts";
import { ApiError } from "../errors/api-error.ts";
import { providerFaultToApiError } from "./provider-errors.ts";
import { getWorkspaceProvider, listWorkspaces } from "./workspace-provider.ts";

let db: TestDatabase;
let fx: ProviderFixture;
beforeAll(async () => {
  [db, fx] = await Promise.all([openPglite(), startProviderFixture()]);
  await fx.addConnection(db.database);
});
afterAll(async () => {
  await fx?.close();
  await db?.close();
});

const depsFor = (env: Record<string, string> = {}) => createTestApp({ db, env: { ...fx.env, ...env } }).deps;

describe("workspace provider (real dev-idp + emulator)", () => {
  it("lists the workspaces of a resource-group connection with their regions", async () => {
    const workspaces = await listWorkspaces(depsFor());
    expect(workspaces.map((w) => [w.name, w.region])).toEqual([
      ["ws-edge-southcentralus", "southcentralus"],
      ["ws-ml-westeurope", "westeurope"],
      ["ws-prod-eastus", "eastus"],
      ["ws-research-japaneast", "japaneast"],
    ]);
    expect(workspaces[1]?.ref).toEqual({
      subscriptionId: "00000000-0000-0000-0000-000000000000",
      resourceGroup: "keyturn-dev",
      workspace: "ws-ml-westeurope",
    });
  });

  it("gives one workspace's clients: the main one writes, the reader one gets tokens only", async () => {
    const deps = depsFor();
    const p = await getWorkspaceProvider(deps, "ws-prod-eastus");
    expect(p.region).toBe("eastus");
    const services = await p.client.listServices(p.ref);
    expect(services.map((s) => s.name)).toContain("fraud-scoring");
    const token = await p.tokenClient.getToken(p.ref, "fraud-scoring");
    expect(token.accessToken.length).toBeGreaterThan(20);
    // The reader credential is Reader: it cannot list keys.
    const refused = await p.tokenClient.listKeys(p.ref, "churn-predictor").catch((e: unknown) => e);
    expect((providerFaultToApiError(refused) as ApiError).code).toBe("forbidden");
    // The same provider object is reused (cached clients, cached token).
    expect((await getWorkspaceProvider(deps, "ws-prod-eastus")).client).toBe(p.client);
  });

  it("answers 404 not_found for a workspace no connection has", async () => {
    const err = await getWorkspaceProvider(depsFor(), "ws-nowhere").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).status).toBe(404);
  });

  it("maps provider faults once: throttled → 503 with Retry-After", async () => {
    const p = await getWorkspaceProvider(depsFor(), "ws-prod-eastus");
    await fx.admin.setFaults({ get: { rate429: 1, retryAfterSeconds: 9 } });
    try {
      const err = providerFaultToApiError(
        await p.client.getService(p.ref, "churn-predictor").catch((e: unknown) => e),
      );
      expect(err).toBeInstanceOf(ApiError);
      expect((err as ApiError).status).toBe(503);
      expect((err as ApiError).code).toBe("provider_throttled");
      expect((err as ApiError).headers["Retry-After"]).toBe("9");
    } finally {
      await fx.admin.clearFaults();
    }
  });

  it("fails clearly when the credential is refused (no secret in the message)", async () => {
    const err = await listWorkspaces(depsFor({ KEYTURN_IDP_CA_FILE: "/nonexistent/ca.pem" }), {
      fresh: true,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).code).toBe("provider_unavailable");
    expect(JSON.stringify(err)).not.toContain("dev-secret");
  });
});
