import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DeploymentsSetup, setupDeployments } from "../../../test/support/deployments-setup.ts";
import { expectProblem } from "../../../test/support/problem.ts";
import { inventory } from "../../db/schema.ts";
import { syncInventory } from "../../inventory/inventory-sync.ts";
import { DeploymentDetailSchema } from "./deployments.schemas.ts";

let s: DeploymentsSetup;
beforeAll(async () => {
  s = await setupDeployments("pglite");
  await syncInventory(s.deps);
});
afterAll(() => s?.close());

const get = async (path: string, who: "operator" | "lead" | "norole" = "lead") =>
  s.app.request(`/api/deployments/${path}`, { headers: await s.auth(who) });

describe("GET /api/deployments/{workspace}/{name}", () => {
  it("answers the fresh detail with a strong ETag, regions and the region-risk flag", async () => {
    const response = await get("ws-prod-eastus/credit-risk-dr");
    expect(response.status).toBe(200);
    const detail = DeploymentDetailSchema.parse(await response.json());
    expect(response.headers.get("etag")).toBe(detail.etag);
    expect(detail.etag).toMatch(/^"[^"]+"$/);
    expect(detail).toMatchObject({
      workspace: "ws-prod-eastus",
      name: "credit-risk-dr",
      computeType: "AKS",
      computeName: "aks-dr-westus2",
      state: "Healthy",
      auth: { keyAuth: false, tokenAuth: true, mode: "token" },
      tokenAuthSupported: true,
      workspaceRegion: "eastus",
      clusterRegion: "westus2",
      crossRegionTokenRisk: true,
    });
    expect(detail.scoringUri).toMatch(/\/score$/);
    expect(detail.swaggerUri).toMatch(/swagger\.json$/);
    const same = DeploymentDetailSchema.parse(await (await get("ws-prod-eastus/fraud-scoring")).json());
    expect(same.crossRegionTokenRisk).toBe(false);
    const aci = DeploymentDetailSchema.parse(await (await get("ws-prod-eastus/pricing-aci")).json());
    expect(aci).toMatchObject({ computeType: "ACI", tokenAuthSupported: false, auth: { mode: "key" } });
  });

  it("refreshes the inventory row from what it read", async () => {
    const { db } = s.t.database;
    await db
      .update(inventory)
      .set({ state: "Failed", etag: '"stale"' })
      .where(eq(inventory.deployment, "vision-tagger"));
    const detail = DeploymentDetailSchema.parse(
      await (await get("ws-research-japaneast/vision-tagger")).json(),
    );
    const [row] = await db.select().from(inventory).where(eq(inventory.deployment, "vision-tagger"));
    expect(row).toMatchObject({ state: "Healthy", etag: detail.etag });
  });

  it("404 for an unknown workspace or deployment (and drops a vanished row)", async () => {
    await expectProblem(await get("ws-nowhere/churn-predictor"), 404, "not_found");
    const { db } = s.t.database;
    const [template] = await db.select().from(inventory).where(eq(inventory.deployment, "churn-predictor"));
    if (template) await db.insert(inventory).values({ ...template, deployment: "ghost-service" });
    await expectProblem(await get("ws-prod-eastus/ghost-service"), 404, "not_found");
    expect(await db.select().from(inventory).where(eq(inventory.deployment, "ghost-service"))).toHaveLength(
      0,
    );
  });

  it("400 for path values that are not names (no dot segments reach the provider)", async () => {
    await expectProblem(await get("ws-prod-eastus/..%2Flistkeys"), 400, "validation_failed");
    await expectProblem(await get("ws-prod-eastus/a.b"), 400, "validation_failed");
  });

  it("401 without a token; a signed-in user with no role may read (decision record 006)", async () => {
    const anonymous = await s.app.request("/api/deployments/ws-prod-eastus/churn-predictor");
    await expectProblem(anonymous, 401, "unauthenticated");
    expect((await get("ws-prod-eastus/churn-predictor", "norole")).status).toBe(200);
  });

  it("503 workspace_region_down while the workspace's region is down", async () => {
    await s.fx.admin.regionDown("eastus");
    try {
      const problem = await expectProblem(
        await get("ws-prod-eastus/churn-predictor"),
        503,
        "workspace_region_down",
      );
      expect(problem.detail).toMatch(/region/);
      // Another workspace's deployment running in that region is unaffected: the workspace region counts.
      expect((await get("ws-ml-westeurope/route-optimizer")).status).toBe(200);
    } finally {
      await s.fx.admin.regionUp("eastus");
    }
  });

  it("throttling (429) becomes 503 provider_throttled with Retry-After", async () => {
    await s.fx.admin.setFaults({ get: { rate429: 1, retryAfterSeconds: 30 } });
    try {
      const response = await get("ws-prod-eastus/churn-predictor");
      await expectProblem(response, 503, "provider_throttled");
      expect(response.headers.get("retry-after")).toBe("30");
    } finally {
      await s.fx.admin.clearFaults();
    }
  });

  it("an unavailable workspace (503) becomes 503 provider_unavailable with Retry-After", async () => {
    await s.fx.admin.setFaults({ get: { rate503: 1, retryAfterSeconds: 60 } });
    try {
      const response = await get("ws-prod-eastus/churn-predictor");
      await expectProblem(response, 503, "provider_unavailable");
      expect(response.headers.get("retry-after")).toBe("60");
    } finally {
      await s.fx.admin.clearFaults();
    }
  });
});
