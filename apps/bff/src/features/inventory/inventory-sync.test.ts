import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DB_KINDS } from "../../../test/support/databases.ts";
import { type DeploymentsSetup, setupDeployments } from "../../../test/support/deployments-setup.ts";
import { queryRows } from "../../db/client.ts";
import { inventory, jobLeases } from "../../db/schema.ts";
import { getWorkspaceProvider } from "../../provider/workspace-provider.ts";
import { queryInventory } from "./inventory-query.ts";
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
    expect(report).toMatchObject({
      outcome: "ran",
      workspaces: 4,
      // 21 v1 services and 6 v2 online endpoints.
      deployments: 27,
      otherKinds: 3,
      removed: 0,
      failed: [],
      unreadable: { count: 0, items: [] },
    });
    const all = await rows();
    expect(all).toHaveLength(27);
    const byName = new Map(all.filter((r) => r.generation === "v1").map((r) => [r.deployment, r]));
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
    // An ACI service in another region than its workspace, which is outside the console's first list.
    expect(byName.get("kiosk-aci")).toMatchObject({
      workspaceRegion: "southcentralus",
      clusterRegion: "westus",
    });
    // An AKS service's region is its compute's (AKS answers carry no location).
    expect(byName.get("dispatch-eta")).toMatchObject({ computeType: "AKS", clusterRegion: "southcentralus" });
    expect(byName.get("churn-predictor")?.etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
  });

  it("keeps services of kinds Keyturn does not manage as read-only rows, their kind as Azure wrote it", async () => {
    const others = (await rows()).filter((r) => !r.managed);
    expect(others.map((r) => [r.deployment, r.computeType, r.workspaceRegion]).sort()).toEqual([
      ["camera-edge", "IOT", "southcentralus"],
      ["legacy-batch", "UNKNOWN", "southcentralus"],
      ["partner-gateway", "AKSENDPOINT", "southcentralus"],
    ]);
    // Their auth is not read, and nothing can be changed through them (no ETag).
    expect(others.every((r) => !r.keyAuth && !r.tokenAuth && r.etag === null)).toBe(true);
    const managed = (await rows()).filter((r) => r.managed);
    expect(managed.every((r) => ["ACI", "AKS"].includes(r.computeType) === (r.generation === "v1"))).toBe(
      true,
    );
  });

  it("keeps v2 online endpoints beside the services: kind, Azure's auth mode, region, provisioning state", async () => {
    const endpoints = (await rows()).filter((r) => r.generation === "v2");
    const facts = (r: (typeof endpoints)[number]) => [
      r.workspace,
      r.deployment,
      r.computeType,
      r.endpointAuthMode,
      r.keyAuth,
      r.state,
      r.workspaceRegion,
      r.clusterRegion,
    ];
    expect(endpoints.map(facts).sort()).toEqual([
      [
        "ws-ml-westeurope",
        "claims-online",
        "Managed",
        "AMLToken",
        false,
        "Succeeded",
        "westeurope",
        "westeurope",
      ],
      ["ws-ml-westeurope", "route-k8s", "Kubernetes", "Key", true, "Succeeded", "westeurope", "westeurope"],
      // A Kubernetes endpoint runs where its cluster is: the compute's region.
      ["ws-prod-eastus", "churn-online", "Managed", "Key", true, "Succeeded", "eastus", "eastus"],
      ["ws-prod-eastus", "credit-k8s", "Kubernetes", "AMLToken", false, "Succeeded", "eastus", "westus2"],
      ["ws-prod-eastus", "fraud-online", "Managed", "AADToken", false, "Succeeded", "eastus", "eastus"],
      [
        "ws-research-japaneast",
        "vision-online",
        "Managed",
        "Key",
        true,
        "Succeeded",
        "japaneast",
        "japaneast",
      ],
    ]);
    expect(endpoints.every((r) => r.managed && r.etag === null && r.createdAt !== null)).toBe(true);
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

  it("writes only the rows that are new or changed, and says when it last saw each", async () => {
    const deps = s.deps;
    await syncInventory(deps);
    // A row's xmin is the transaction that wrote its current version: unchanged means not written.
    const versions = async () =>
      new Map(
        (
          await queryRows<{ key: string; version: string }>(
            s.t.database.db,
            sql`select workspace || '/' || deployment || '/' || generation as key, xmin::text as version from inventory`,
          )
        ).map((r) => [r.key, r.version]),
      );
    const before = await versions();
    const p = await getWorkspaceProvider(deps, "ws-prod-eastus");
    await p.client.updateAuthToEnd(p.ref, "churn-predictor", { keyAuth: false });
    const startedAt = new Date();
    expect((await syncInventory(deps)).failed).toEqual([]);
    const after = await versions();
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    const rewritten = [...after].filter(([key, version]) => before.get(key) !== version).map(([key]) => key);
    expect(rewritten).toEqual(["ws-prod-eastus/churn-predictor/v1"]);
    const [changed] = (await rows()).filter(
      (r) => r.deployment === "churn-predictor" && r.generation === "v1",
    );
    expect(changed?.keyAuth).toBe(false);
    // The list answers when the inventory last saw each row: this sync, written or not.
    const page = await queryInventory(s.t.database.db, { sort: "name", order: "asc", limit: 100 });
    expect(page.items.length).toBe(before.size);
    expect(page.items.every((item) => item.syncedAt >= startedAt)).toBe(true);
    await p.client.updateAuthToEnd(p.ref, "churn-predictor", { keyAuth: true });
    await syncInventory(deps);
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
