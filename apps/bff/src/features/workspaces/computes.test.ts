import { WorkspaceComputeListSchema } from "@keyturn/api-contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DeploymentsSetup, setupDeployments } from "../../../test/support/deployments-setup.ts";
import { expectProblem } from "../../../test/support/problem.ts";

let s: DeploymentsSetup;
beforeAll(async () => {
  s = await setupDeployments("pglite");
});
afterAll(() => s?.close());

const computes = (who: "operator" | "norole" | null, workspace: string, kind?: string, app = s.app) =>
  s.client(who, app).api.workspaces[":workspace"].computes.$get({
    param: { workspace },
    query: kind === undefined ? {} : { kind },
  });

const listed = async (workspace: string, kind?: string) => {
  const response = await computes("operator", workspace, kind);
  expect(response.status).toBe(200);
  return WorkspaceComputeListSchema.parse(await response.json()).items;
};

describe("GET /api/workspaces/{workspace}/computes", () => {
  it("lists the workspace's attached clusters by name, each with its own region", async () => {
    expect(await listed("ws-prod-eastus")).toEqual([
      { name: "aks-dr-westus2", computeType: "AKS", region: "westus2" },
      { name: "aks-prod-eastus", computeType: "AKS", region: "eastus" },
    ]);
    // Another workspace's clusters are its own.
    expect((await listed("ws-edge-southcentralus")).map((c) => c.name)).toEqual(["aks-scus-edge"]);
  });

  it("kind keeps the computes of one type, compared without case", async () => {
    expect((await listed("ws-ml-westeurope", "aks")).map((c) => c.name)).toEqual([
      "aks-shared-eastus",
      "aks-weu-01",
    ]);
    expect(await listed("ws-ml-westeurope", "AmlCompute")).toEqual([]);
  });

  it("404 for a workspace no connection has", async () => {
    await expectProblem(await computes("operator", "ws-nowhere"), 404, "not_found");
  });

  it("401 without a token; a signed-in user with no role may read (decision record 006)", async () => {
    await expectProblem(await computes(null, "ws-prod-eastus"), 401, "unauthenticated");
    expect((await computes("norole", "ws-prod-eastus")).status).toBe(200);
  });

  it("a workspace that cannot be reached is a problem, never an empty list", async () => {
    const broken = s.build(s.t, { KEYTURN_IDP_CA_FILE: "/nonexistent/ca.pem" }).app;
    const response = await computes("operator", "ws-prod-eastus", "AKS", broken);
    expect(response.status).toBeGreaterThanOrEqual(500);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
  });
});
