import { DeploymentDetailSchema } from "@keyturn/api-contract";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DeploymentsSetup, setupDeployments } from "../../../test/support/deployments-setup.ts";
import { expectProblem } from "../../../test/support/problem.ts";
import type { PersonaName } from "../../../test/support/test-issuer.ts";
import { inventory, inventoryListings, keyDestinations } from "../../db/schema.ts";
import { syncInventory } from "../inventory/public.ts";

let s: DeploymentsSetup;
beforeAll(async () => {
  s = await setupDeployments("pglite");
  await syncInventory(s.deps);
});
afterAll(() => s?.close());

const get = (workspace: string, name: string, who: PersonaName | null = "lead", app = s.app) =>
  s.client(who, app).api.deployments[":workspace"][":name"].$get({ param: { workspace, name } });

describe("GET /api/deployments/{workspace}/{name}", () => {
  it("answers the fresh detail with a strong ETag, regions and the region-risk flag", async () => {
    const response = await get("ws-prod-eastus", "credit-risk-dr");
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
    expect(detail.destinations).toEqual([]);
    const same = DeploymentDetailSchema.parse(await (await get("ws-prod-eastus", "fraud-scoring")).json());
    expect(same.crossRegionTokenRisk).toBe(false);
    const aci = DeploymentDetailSchema.parse(await (await get("ws-prod-eastus", "pricing-aci")).json());
    expect(aci).toMatchObject({ computeType: "ACI", tokenAuthSupported: false, auth: { mode: "key" } });
  });

  it("names the deployment's Key Vault destinations", async () => {
    const vaultUrl = "https://localhost:8091/kv-prod-eastus";
    await s.t.database.db.insert(keyDestinations).values({
      workspace: "ws-prod-eastus",
      deployment: "pricing-aci",
      vaultUrl,
      secretName: "pricing-aci",
      createdBy: "admin@keyturn.test",
    });
    const detail = DeploymentDetailSchema.parse(await (await get("ws-prod-eastus", "pricing-aci")).json());
    expect(detail.destinations).toEqual([{ vaultUrl, secretName: "pricing-aci" }]);
  });

  it("refreshes the inventory row from what it read", async () => {
    const { db } = s.t.database;
    await db
      .update(inventory)
      .set({ state: "Failed", etag: '"stale"' })
      .where(eq(inventory.deployment, "vision-tagger"));
    const detail = DeploymentDetailSchema.parse(
      await (await get("ws-research-japaneast", "vision-tagger")).json(),
    );
    const [row] = await db.select().from(inventory).where(eq(inventory.deployment, "vision-tagger"));
    expect(row).toMatchObject({ state: "Healthy", etag: detail.etag });
  });

  it("404 for an unknown workspace or deployment (and drops a vanished row)", async () => {
    await expectProblem(await get("ws-nowhere", "churn-predictor"), 404, "not_found");
    const { db } = s.t.database;
    const [template] = await db.select().from(inventory).where(eq(inventory.deployment, "churn-predictor"));
    if (template) await db.insert(inventory).values({ ...template, deployment: "ghost-service" });
    await expectProblem(await get("ws-prod-eastus", "ghost-service"), 404, "not_found");
    expect(await db.select().from(inventory).where(eq(inventory.deployment, "ghost-service"))).toHaveLength(
      0,
    );
  });

  it("400 for path values that are not names (no dot segments reach the provider)", async () => {
    // A raw path: an encoded slash is what this sends, which the typed client's params never carry.
    const encoded = await s.app.request("/api/deployments/ws-prod-eastus/..%2Flistkeys", {
      headers: await s.auth("lead"),
    });
    await expectProblem(encoded, 400, "validation_failed");
    await expectProblem(await get("ws-prod-eastus", "a.b"), 400, "validation_failed");
  });

  it("401 without a token; a signed-in user with no role may read (decision record 006)", async () => {
    await expectProblem(await get("ws-prod-eastus", "churn-predictor", null), 401, "unauthenticated");
    expect((await get("ws-prod-eastus", "churn-predictor", "norole")).status).toBe(200);
  });

  describe("while the workspace's region is down", () => {
    const asOf = new Date("2026-02-03T04:05:06.000Z");
    const row = async (deployment: string) =>
      (await s.t.database.db.select().from(inventory).where(eq(inventory.deployment, deployment)))[0];

    it("answers the inventory's last-known state (200, lastKnown, no ETag header), then live again once it is back", async () => {
      const live = DeploymentDetailSchema.parse(await (await get("ws-prod-eastus", "credit-risk-dr")).json());
      expect(live.lastKnown).toBeNull();
      // Make the row tell apart from the provider: what comes back while down is the inventory's. A
      // sync last wrote it before its workspace's last listing, which saw it unchanged: as of then.
      const written = new Date("2026-01-02T00:00:00.000Z");
      await s.t.database.db
        .update(inventory)
        .set({ state: "Unhealthy", syncedAt: written })
        .where(eq(inventory.deployment, "credit-risk-dr"));
      await s.t.database.db
        .update(inventoryListings)
        .set({ listedAt: asOf })
        .where(
          and(eq(inventoryListings.workspace, "ws-prod-eastus"), eq(inventoryListings.generation, "v1")),
        );
      const stored = await row("credit-risk-dr");
      await s.fx.admin.regionDown("eastus");
      try {
        // A fresh replica (nothing cached): the workspace is still found, ARM's listing is global.
        const response = await get("ws-prod-eastus", "credit-risk-dr", "lead", s.build().app);
        expect(response.status).toBe(200);
        expect(response.headers.get("etag")).toBeNull();
        const detail = DeploymentDetailSchema.parse(await response.json());
        expect(detail).toEqual({
          workspace: "ws-prod-eastus",
          name: "credit-risk-dr",
          computeType: "AKS",
          computeName: null,
          state: "Unhealthy",
          scoringUri: stored?.scoringUri,
          swaggerUri: null,
          auth: { keyAuth: false, tokenAuth: true, mode: "token" },
          tokenAuthSupported: true,
          workspaceRegion: "eastus",
          clusterRegion: "westus2",
          crossRegionTokenRisk: true,
          connection: live.connection,
          createdAt: live.createdAt,
          updatedAt: live.updatedAt,
          etag: live.etag,
          lastKnown: { reason: "workspace_region_down", asOf: asOf.toISOString() },
          destinations: [],
        });
        // The last-known answer does not touch the row.
        expect((await row("credit-risk-dr"))?.syncedAt).toEqual(written);
        // Another workspace's deployment running in that region is unaffected: the workspace region counts.
        const other = await get("ws-ml-westeurope", "route-optimizer");
        expect(other.status).toBe(200);
        expect(DeploymentDetailSchema.parse(await other.json()).lastKnown).toBeNull();
      } finally {
        await s.fx.admin.regionUp("eastus");
      }
      const back = await get("ws-prod-eastus", "credit-risk-dr");
      expect(back.status).toBe(200);
      const fresh = DeploymentDetailSchema.parse(await back.json());
      expect(fresh).toMatchObject({ state: "Healthy", lastKnown: null, etag: live.etag });
      expect(fresh.swaggerUri).toMatch(/swagger\.json$/);
      expect(back.headers.get("etag")).toBe(fresh.etag);
      expect((await row("credit-risk-dr"))?.state).toBe("Healthy");
    });

    it("without an inventory row: 503 workspace_region_down", async () => {
      await s.t.database.db.delete(inventory).where(eq(inventory.deployment, "pricing-aci"));
      await s.fx.admin.regionDown("eastus");
      try {
        const problem = await expectProblem(
          await get("ws-prod-eastus", "pricing-aci"),
          503,
          "workspace_region_down",
        );
        expect(problem.detail).toMatch(/region/);
      } finally {
        await s.fx.admin.regionUp("eastus");
      }
      expect((await get("ws-prod-eastus", "pricing-aci")).status).toBe(200);
      expect(await row("pricing-aci")).toBeDefined();
    });

    it("a change still fails with the region's problem, and nothing changes", async () => {
      const before = DeploymentDetailSchema.parse(
        await (await get("ws-prod-eastus", "churn-predictor")).json(),
      );
      expect(before.auth.mode).toBe("key");
      const rowBefore = await row("churn-predictor");
      await s.fx.admin.regionDown("eastus");
      try {
        const shown = DeploymentDetailSchema.parse(
          await (await get("ws-prod-eastus", "churn-predictor")).json(),
        );
        expect(shown.lastKnown?.reason).toBe("workspace_region_down");
        const response = await s.client("operator").api.deployments[":workspace"][":name"].auth.$patch({
          param: { workspace: "ws-prod-eastus", name: "churn-predictor" },
          header: { "if-match": shown.etag },
          json: { keyAuth: false, tokenAuth: true },
        });
        await expectProblem(response, 503, "workspace_region_down");
        expect(await row("churn-predictor")).toEqual(rowBefore);
      } finally {
        await s.fx.admin.regionUp("eastus");
      }
      const after = await get("ws-prod-eastus", "churn-predictor");
      expect(DeploymentDetailSchema.parse(await after.json())).toMatchObject({
        auth: { keyAuth: true, tokenAuth: false, mode: "key" },
        etag: before.etag,
        lastKnown: null,
      });
    });
  });

  it.each([
    ["throttling (429)", "provider_throttled", "rate429", 30],
    ["an unavailable workspace (503)", "provider_unavailable", "rate503", 60],
  ] as const)("%s becomes 503 %s with Retry-After", async (_fault, code, rate, retryAfterSeconds) => {
    await s.fx.admin.setFaults({ get: { [rate]: 1, retryAfterSeconds } });
    try {
      const response = await get("ws-prod-eastus", "churn-predictor");
      await expectProblem(response, 503, code);
      expect(response.headers.get("retry-after")).toBe(String(retryAfterSeconds));
    } finally {
      await s.fx.admin.clearFaults();
    }
  });
});
