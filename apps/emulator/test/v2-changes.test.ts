import { describe, expect } from "vitest";
import { it } from "./support/fixtures.ts";
import { arm, endpointsPath, expectArmError, managedEndpoint, pollUntil } from "./v2-support.ts";

// The ARM onlineEndpoints changes: the whole-resource PUT with its long-running operation, PATCH and
// DELETE (listing and refusals: v2-control-plane.test.ts; keys and tokens: v2-credentials.test.ts).

type Endpoint = {
  name: string;
  location: string;
  properties: Record<string, unknown>;
  tags: Record<string, string>;
};

describe("changes", () => {
  it("creates with a PUT: 201 Creating, an Azure-AsyncOperation monitor that ends Succeeded, then the endpoint", async ({
    emu,
    tokens,
  }) => {
    const path = endpointsPath("ws-prod-eastus", "made-by-put");
    const created = await arm(emu.url, tokens.contributor, "PUT", path, {
      body: managedEndpoint("eastus", "AMLToken"),
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect((created.body as Endpoint).properties.provisioningState).toBe("Creating");
    expect((created.body as Endpoint).properties.keys).toBeNull();
    expect(created.headers.get("retry-after")).toMatch(/^\d+$/);
    const monitor = created.headers.get("azure-asyncoperation") ?? "";
    expect(monitor).toMatch(/\/mfeOperationsStatus\/[0-9a-f-]+\?api-version=2026-07-01$/);
    const status = await pollUntil(
      monitor,
      tokens.contributor,
      (a) => (a.body as { status: string }).status !== "InProgress",
    );
    expect(status.body).toMatchObject({
      status: "Succeeded",
      startTime: expect.any(String),
      endTime: expect.any(String),
    });
    const after = (await arm(emu.url, tokens.contributor, "GET", path)).body as Endpoint;
    expect(after.properties).toMatchObject({
      authMode: "AMLToken",
      provisioningState: "Succeeded",
      traffic: { default: 100 },
    });
  });

  it("changes authMode with a PUT of the whole resource (200 Updating), and refuses AADToken on Kubernetes", async ({
    emu,
    tokens,
  }) => {
    const path = endpointsPath("ws-prod-eastus", "made-by-put");
    const updated = await arm(emu.url, tokens.contributor, "PUT", path, {
      body: managedEndpoint("eastus", "AADToken"),
    });
    expect(updated.status).toBe(200);
    expect((updated.body as Endpoint).properties).toMatchObject({
      authMode: "AADToken",
      provisioningState: "Updating",
    });
    await pollUntil(
      updated.headers.get("azure-asyncoperation") ?? "",
      tokens.contributor,
      (a) => (a.body as { status: string }).status === "Succeeded",
    );

    const k8s = endpointsPath("ws-prod-eastus", "credit-k8s");
    const current = (await arm(emu.url, tokens.contributor, "GET", k8s)).body as Endpoint;
    const body = { location: "eastus", properties: { ...current.properties, authMode: "AADToken" } };
    expectArmError(
      await arm(emu.url, tokens.contributor, "PUT", k8s, { body }),
      400,
      "entra_token_auth_requires_managed",
    );
    expectArmError(
      await arm(emu.url, tokens.contributor, "PUT", endpointsPath("ws-prod-eastus", "elsewhere"), {
        body: managedEndpoint("westeurope", "Key"),
      }),
      400,
      "BadRequest",
    );
    expectArmError(
      await arm(emu.url, tokens.contributor, "PUT", path, {
        body: { location: "eastus", properties: { authMode: "None" } },
      }),
      400,
      "endpoint_auth_required",
    );
    const withProperties = (properties: Record<string, string | null>) =>
      managedEndpoint("eastus", "AADToken", { properties });
    expect(
      (await arm(emu.url, tokens.contributor, "PUT", path, { body: withProperties({ team: "risk" }) }))
        .status,
    ).toBe(200);
    for (const properties of [{ team: "fraud" }, { team: null }]) {
      const altered = await arm(emu.url, tokens.contributor, "PUT", path, {
        body: withProperties(properties),
      });
      expectArmError(altered, 400, "BadRequest");
    }
    for (const name of ["9-starts-with-a-digit", "ends-with-a-dash-", "ab", "x".repeat(33)]) {
      const answer = await arm(emu.url, tokens.contributor, "PUT", endpointsPath("ws-prod-eastus", name), {
        body: managedEndpoint("eastus", "Key"),
      });
      expectArmError(answer, 400, "BadRequest");
    }
  });

  it("refuses a change while another operation runs on the endpoint (409 Conflict)", async ({
    startEmulator,
    tokens,
  }) => {
    const emulator = await startEmulator({ transitionDelayMs: 60_000 });
    const path = endpointsPath("ws-prod-eastus", "slow-to-make");
    const created = await arm(emulator.url, tokens.contributor, "PUT", path, {
      body: managedEndpoint("eastus", "Key"),
    });
    expect(created.status).toBe(201);
    for (const [method, suffix, body] of [
      ["PUT", "", managedEndpoint("eastus", "AMLToken")],
      ["PATCH", "", { tags: {} }],
      ["POST", "/regenerateKeys", { keyType: "Primary" }],
      ["DELETE", "", undefined],
    ] as const) {
      expectArmError(
        await arm(emulator.url, tokens.contributor, method, `${path}${suffix}`, { body }),
        409,
        "Conflict",
      );
    }
  });

  it("polls operations only for a caller that may read endpoints (403 AuthorizationFailed otherwise)", async ({
    startEmulator,
    tokens,
  }) => {
    const emulator = await startEmulator({ endpointRoleAssignments: { "keyturn-bff": "Contributor" } });
    const path = endpointsPath("ws-prod-eastus", "polled-online");
    const created = await arm(emulator.url, tokens.contributor, "PUT", path, {
      body: managedEndpoint("eastus", "Key"),
    });
    const monitor = created.headers.get("azure-asyncoperation") ?? "";
    expectArmError(
      await arm(monitor, tokens.reader, "GET", monitor, { apiVersion: null }),
      403,
      "AuthorizationFailed",
    );
    expect((await arm(monitor, tokens.contributor, "GET", monitor, { apiVersion: null })).status).toBe(200);
  });

  it("PATCHes tags only (202, Location answers 202 then the endpoint), and refuses authMode in a PATCH", async ({
    emu,
    tokens,
  }) => {
    const path = endpointsPath("ws-prod-eastus", "made-by-put");
    const patched = await arm(emu.url, tokens.contributor, "PATCH", path, {
      body: { tags: { stage: "blue" } },
    });
    expect(patched.status).toBe(202);
    const location = patched.headers.get("location") ?? "";
    expect(location).toMatch(/\/mfeOperationResults\//);
    const result = await pollUntil(location, tokens.contributor, (a) => a.status !== 202);
    expect(result.status).toBe(200);
    expect((result.body as Endpoint).tags).toEqual({ stage: "blue" });
    expect((result.body as Endpoint).properties.provisioningState).toBe("Succeeded");
    const withAuth = { properties: { authMode: "Key" } };
    expectArmError(
      await arm(emu.url, tokens.contributor, "PATCH", path, { body: withAuth }),
      400,
      "BadRequest",
    );
  });

  it("deletes (202 Deleting, gone when the operation ends), and a DELETE of nothing is 204", async ({
    emu,
    tokens,
  }) => {
    const path = endpointsPath("ws-prod-eastus", "made-by-put");
    const deleted = await arm(emu.url, tokens.contributor, "DELETE", path);
    expect(deleted.status).toBe(202);
    expect(deleted.headers.get("retry-after")).toMatch(/^\d+$/);
    const result = await pollUntil(
      deleted.headers.get("location") ?? "",
      tokens.contributor,
      (a) => a.status !== 202,
    );
    expect(result.status).toBe(200);
    expectArmError(await arm(emu.url, tokens.contributor, "GET", path), 404, "ResourceNotFound");
    expect((await arm(emu.url, tokens.contributor, "DELETE", path)).status).toBe(204);
  });
});
