import {
  OPERATION_LOCATION_HEADER,
  OperationSchema,
  ServiceKeysSchema,
  TokenResponseSchema,
  WorkspaceListSchema,
  workspacesPath,
} from "@keyturn/azureml-rest";
import { describe, expect } from "vitest";
import { SEED_RESOURCE_GROUP, SEED_SUBSCRIPTION_ID } from "../src/index.ts";
import { expectBody, expectError, waitForOperation } from "./support/clients.ts";
import { it } from "./support/fixtures.ts";

describe("workspaces (ARM)", () => {
  it("lists the seeded workspaces of the resource group, in different regions", async ({ cp }) => {
    const res = await cp.call("GET", workspacesPath(SEED_SUBSCRIPTION_ID, SEED_RESOURCE_GROUP));
    const body = await expectBody(res, 200, WorkspaceListSchema);
    expect(body.value.map((w) => w.name)).toEqual([
      "ws-prod-eastus",
      "ws-ml-westeurope",
      "ws-research-japaneast",
      "ws-edge-southcentralus",
    ]);
    expect(new Set(body.value.map((w) => w.location)).size).toBe(4);
    expect(body.value[0]?.id).toBe(
      `${workspacesPath(SEED_SUBSCRIPTION_ID, SEED_RESOURCE_GROUP)}/ws-prod-eastus`,
    );
  });

  it("answers 404 for an unknown resource group", async ({ cp }) => {
    await expectError(await cp.call("GET", workspacesPath(SEED_SUBSCRIPTION_ID, "nope")), 404, "not_found");
  });
});

describe("keys", () => {
  it("lists two distinct 256-bit keys, no-store", async ({ cp }) => {
    const res = await cp.listKeys("pricing-aci");
    expect(res.headers.get("cache-control")).toBe("no-store");
    const keys = await expectBody(res, 200, ServiceKeysSchema);
    expect(Buffer.from(keys.primaryKey ?? "", "base64url")).toHaveLength(32);
    expect(keys.primaryKey).not.toBe(keys.secondaryKey);
  });

  it("regenerates one key (case-normalised type) with 202 + Operation-Location; the other is unchanged", async ({
    cp,
  }) => {
    const before = await cp.keys("pricing-aci");
    const res = await cp.regenerate("pricing-aci", { keyType: "secondary" });
    await expectBody(res, 202, OperationSchema);
    const op = await waitForOperation(cp, res.headers.get(OPERATION_LOCATION_HEADER) ?? "");
    expect(op).toMatchObject({ state: "Succeeded", operationType: "RegenerateKeys" });
    const after = await cp.keys("pricing-aci");
    expect(after.primaryKey).toBe(before.primaryKey);
    expect(after.secondaryKey).not.toBe(before.secondaryKey);
  });

  it("uses a supplied keyValue, and refuses an unknown key type with the domain's code", async ({ cp }) => {
    const keyValue = "supplied-key-value-0123456789abc";
    expect((await cp.regenerate("pricing-aci", { keyType: "Primary", keyValue })).status).toBe(202);
    expect((await cp.keys("pricing-aci")).primaryKey).toBe(keyValue);
    await expectError(await cp.regenerate("pricing-aci", { keyType: "tertiary" }), 400, "invalid_key_type");
    await expectError(await cp.regenerate("pricing-aci", {}), 400, "validation_failed");
  });
});

describe("token", () => {
  it("gives a token for a token-auth service: refreshAfter at half the lifetime, no-store", async ({
    cp,
  }) => {
    const res = await cp.token("fraud-scoring");
    expect(res.headers.get("cache-control")).toBe("no-store");
    const token = await expectBody(res, 201, TokenResponseSchema);
    const now = Math.floor(Date.now() / 1000);
    expect(token.tokenType).toBe("Bearer");
    expect(token.expiryOn - now).toBeGreaterThan(3590);
    expect(token.expiryOn - token.refreshAfter).toBe(1800);
  });

  it("refuses a token for a service without token auth", async ({ cp }) => {
    await expectError(await cp.token("pricing-aci"), 400, "token_auth_not_enabled");
    await expectError(await cp.token("demo-open-aci"), 400, "token_auth_not_enabled");
  });
});
