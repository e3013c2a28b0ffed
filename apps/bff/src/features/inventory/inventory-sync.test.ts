import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DB_KINDS } from "../../../test/support/databases.ts";
import { type DeploymentsSetup, setupDeployments } from "../../../test/support/deployments-setup.ts";
import { inventory, jobLeases } from "../../db/schema.ts";
import { getWorkspaceProvider } from "../../provider/workspace-provider.ts";
import { INVENTORY_SYNC_JOB, syncInventory } from "./inventory-sync.ts";
import { createInventorySync } from "./inventory-sync-runner.ts";

describe.each(DB_KINDS)("inventory sync on %s", (kind) => {
  let s: DeploymentsSetup;
  beforeAll(async () => {
    s = await setupDeployments(kind);
  });
  afterAll(() => s?.close());
  const rows = () => s.t.database.db.select().from(inventory);

  it("caches every workspace's deployments with workspace and service regions", async () => {
    const deps = s.deps;
    const report = await syncInventory(deps);
    expect(report).toMatchObject({ outcome: "ran", workspaces: 3, deployments: 16, removed: 0, failed: [] });
    const all = await rows();
    expect(all).toHaveLength(16);
    const byName = new Map(all.map((r) => [r.deployment, r]));
    expect(byName.get("credit-risk-dr")).toMatchObject({
      workspace: "ws-prod-eastus",
      computeType: "AKS",
      keyAuth: false,
      tokenAuth: true,
      workspaceRegion: "eastus",
      clusterRegion: "westus2",
    });
    expect(byName.get("forecast-aci")).toMatchObject({
      workspaceRegion: "westeurope",
      clusterRegion: "northeurope",
    });
    expect(byName.get("legacy-ranker")?.state).toBe("Unhealthy");
    expect(byName.get("churn-predictor")?.etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
  });

  it("removes deployments the workspace no longer has and adds new ones", async () => {
    const deps = s.deps;
    await s.fx.admin.seed(3, "ws-research-japaneast"); // (also puts back missing seeded services)
    const p = await getWorkspaceProvider(deps, "ws-research-japaneast");
    const pending = await p.client.deleteService(p.ref, "sandbox-aci");
    if (pending) await p.client.waitForOperation(pending, { intervalMs: 20 });
    const report = await syncInventory(deps);
    expect(report).toMatchObject({ outcome: "ran", failed: [], removed: 1 }); // `failed` says why if not
    const names = (await rows()).map((r) => r.deployment);
    expect(names).not.toContain("sandbox-aci");
    expect(names.filter((n) => n.startsWith("gen-"))).toHaveLength(3);
    await s.fx.admin.seed(0); // puts sandbox-aci back for the other tests
  });

  it("keeps a workspace's rows when its region is down (listing fails), and says so", async () => {
    const deps = s.deps;
    const before = (await rows()).filter((r) => r.workspace === "ws-ml-westeurope").length;
    await s.fx.admin.regionDown("westeurope");
    try {
      const report = await syncInventory(deps);
      expect(report.failed).toEqual(["ws-ml-westeurope"]);
      expect((await rows()).filter((r) => r.workspace === "ws-ml-westeurope")).toHaveLength(before);
    } finally {
      await s.fx.admin.regionUp("westeurope");
    }
  });

  it("runs once when two replicas' runners race on one database", async () => {
    await s.t.database.db.delete(jobLeases);
    const other = await s.secondDatabase();
    const a = createInventorySync(s.build().deps, { intervalMs: 60_000 });
    const b = createInventorySync(s.build(other).deps, { intervalMs: 60_000 });
    const reports = await Promise.all([a.runOnce(), b.runOnce()]);
    expect(reports.filter((r) => r.outcome === "ran")).toHaveLength(1);
    // Within the same period neither runs again; after the period (simulated) exactly one does.
    expect((await Promise.all([a.runOnce(), b.runOnce()])).map((r) => r.outcome)).toEqual([
      "skipped",
      "skipped",
    ]);
    await s.t.database.db
      .update(jobLeases)
      .set({ startedAt: sql`now() - interval '1 hour'` })
      .where(eq(jobLeases.job, INVENTORY_SYNC_JOB));
    const again = await Promise.all([b.runOnce(), a.runOnce()]);
    expect(again.filter((r) => r.outcome === "ran")).toHaveLength(1);
    const [lease] = await s.t.database.db.select().from(jobLeases);
    expect(lease?.outcome).toBe("ok");
    await Promise.all([a.stop(), b.stop()]);
  });

  it("takes over a crashed holder's lease once it expires", async () => {
    const db = s.t.database.db;
    await db
      .update(jobLeases)
      .set({
        holder: "crashed",
        leaseUntil: sql`now() + interval '1 hour'`,
        startedAt: sql`now() - interval '2 hours'`,
      })
      .where(eq(jobLeases.job, INVENTORY_SYNC_JOB));
    const runner = createInventorySync(s.build().deps, { intervalMs: 60_000 });
    expect((await runner.runOnce()).outcome).toBe("skipped");
    await db.update(jobLeases).set({ leaseUntil: sql`now() - interval '1 second'` });
    expect((await runner.runOnce()).outcome).toBe("ran");
  });
});
