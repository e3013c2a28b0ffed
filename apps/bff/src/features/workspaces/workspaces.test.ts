import { WorkspaceListSchema } from "@keyturn/api-contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DeploymentsSetup, setupDeployments } from "../../../test/support/deployments-setup.ts";
import { expectProblem } from "../../../test/support/problem.ts";
import { syncInventory } from "../inventory/public.ts";

let s: DeploymentsSetup;
beforeAll(async () => {
  s = await setupDeployments("pglite");
  await syncInventory(s.deps);
});
afterAll(() => s?.close());

/**
 * The seeded workspaces as [name, region, deployment count], from the provider or the inventory; the
 * count is the inventory's, v1 services and v2 online endpoints.
 */
const SEEDED = [
  ["ws-edge-southcentralus", "southcentralus", 5],
  ["ws-ml-westeurope", "westeurope", 6 + 2],
  ["ws-prod-eastus", "eastus", 6 + 3],
  ["ws-research-japaneast", "japaneast", 4 + 1],
];
const listed = async (who: "lead" | "operator", app = s.app) => {
  const response = await s.client(who, app).api.workspaces.$get();
  expect(response.status).toBe(200);
  const body = WorkspaceListSchema.parse(await response.json());
  return { body, rows: body.items.map((w) => [w.name, w.region, w.deploymentCount]) };
};

describe("GET /api/workspaces", () => {
  it("lists every connection's workspaces with region, connection and deployment count", async () => {
    const { body, rows } = await listed("lead");
    expect(body.source).toBe("provider");
    expect(rows).toEqual(SEEDED);
    expect(body.items[1]).toMatchObject({
      friendlyName: "ML platform (West Europe)",
      connection: { name: "Emulator (keyturn-dev)" },
    });
  });

  it("answers from the inventory when the provider cannot be reached", async () => {
    const broken = s.build(s.t, { KEYTURN_IDP_CA_FILE: "/nonexistent/ca.pem" }).app;
    const { body, rows } = await listed("operator", broken);
    expect(body.source).toBe("inventory");
    expect(rows).toEqual(SEEDED);
  });

  it("401 without a token; a signed-in user with no role may read (decision record 006)", async () => {
    await expectProblem(await s.client(null).api.workspaces.$get(), 401, "unauthenticated");
    const norole = await s.client("norole").api.workspaces.$get();
    expect(norole.status).toBe(200);
  });
});
