import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DeploymentsSetup, setupDeployments } from "../../../test/support/deployments-setup.ts";
import { inventory, inventoryListings, inventoryUnreadable } from "../../db/schema.ts";
import { syncInventory } from "./inventory-sync.ts";
import { MAX_THROTTLE_WAIT_MS } from "./inventory-sync-throttle.ts";

// A larger tenant against the real emulator: its throttling, its regions going down, and how many
// workspaces the sync has in flight at once, counted by the emulator itself.
describe("inventory sync of a large tenant", () => {
  let s: DeploymentsSetup;
  beforeAll(async () => {
    s = await setupDeployments("pglite");
    await s.fx.admin.fleet({ workspaces: 16, servicesPerWorkspace: 3, prefix: "scale" });
  });
  afterAll(() => s?.close());
  const rows = () => s.t.database.db.select().from(inventory);
  const depsWith = (concurrency: number) =>
    s.build(s.t, { KEYTURN_INVENTORY_SYNC_CONCURRENCY: String(concurrency) }).deps;

  it("waits out a 429's Retry-After before listing the throttled workspace again, and misses nothing", async () => {
    const first = await syncInventory(s.deps);
    expect(first.failed).toEqual([]);
    const before = (await rows()).length;
    // Retry-After 30 s is longer than the client waits itself: the sync holds every worker off.
    await s.fx.admin.setFaults({ list: { rate429: 1, retryAfterSeconds: 30, count: 1 } });
    const waits: number[] = [];
    const report = await syncInventory(s.deps, {
      sleep: async (ms) => {
        waits.push(ms);
      },
    });
    expect(waits).toEqual([30_000]);
    expect(report.failed).toEqual([]);
    expect(report.unreadable.count).toBe(0);
    expect((await rows()).length).toBe(before);
  });

  it("gives a workspace up for this run when it stays throttled, and syncs the others", async () => {
    // Far more throttled answers than one workspace is retried: some workspace runs out of tries.
    await s.fx.admin.setFaults({ list: { rate429: 1, retryAfterSeconds: 30, count: 200 } });
    const waits: number[] = [];
    const report = await syncInventory(s.deps, { sleep: async (ms) => void waits.push(ms) });
    await s.fx.admin.clearFaults();
    expect(report.failed.length).toBeGreaterThan(0);
    expect(waits.every((ms) => ms === 30_000)).toBe(true);
    expect(report.unreadable.items.filter((i) => i.reason.includes("provider_throttled")).length).toBe(
      report.failed.length,
    );
    // A Retry-After beyond the longest wait is not waited out at all.
    const tooLong = Math.ceil(MAX_THROTTLE_WAIT_MS / 1000) + 1;
    await s.fx.admin.setFaults({ list: { rate429: 1, retryAfterSeconds: tooLong, count: 1 } });
    const longWaits: number[] = [];
    const once = await syncInventory(s.deps, { sleep: async (ms) => void longWaits.push(ms) });
    expect(longWaits).toEqual([]);
    expect(once.failed).toHaveLength(1);
    await s.fx.admin.clearFaults();
    expect((await syncInventory(s.deps)).failed).toEqual([]);
  });

  it("keeps a down region's workspaces' rows as they were, marked not synced, while the rest syncs", async () => {
    await syncInventory(s.deps);
    const region = "westeurope";
    const inRegion = (await rows()).filter((r) => r.workspaceRegion === region);
    expect(inRegion.length).toBeGreaterThan(0);
    const down = [...new Set(inRegion.map((r) => r.workspace))].sort();
    await s.fx.admin.regionDown(region);
    try {
      const started = new Date();
      const report = await syncInventory(s.deps);
      expect(report.failed).toEqual(down);
      const after = await rows();
      const kept = after.filter((r) => r.workspaceRegion === region);
      expect(kept.map((r) => [r.workspace, r.deployment, r.syncedAt.getTime()]).sort()).toEqual(
        inRegion.map((r) => [r.workspace, r.deployment, r.syncedAt.getTime()]).sort(),
      );
      // Every other workspace was listed in this run; the down ones were not.
      const listings = await s.t.database.db.select().from(inventoryListings);
      const listedNow = new Set(listings.filter((l) => l.listedAt >= started).map((l) => l.workspace));
      const others = new Set(after.filter((r) => r.workspaceRegion !== region).map((r) => r.workspace));
      expect([...others].every((w) => listedNow.has(w))).toBe(true);
      expect(down.some((w) => listedNow.has(w))).toBe(false);
      const marks = await s.t.database.db.select().from(inventoryUnreadable);
      expect(
        marks
          .filter((m) => m.reason.includes("workspace_region_down"))
          .map((m) => m.scope)
          .sort(),
      ).toEqual(down);
    } finally {
      await s.fx.admin.regionUp(region);
    }
    // Back up: the mark goes with the next sync.
    expect((await syncInventory(s.deps)).failed).toEqual([]);
    const marks = await s.t.database.db.select().from(inventoryUnreadable);
    expect(marks.filter((m) => m.reason.includes("Not synced"))).toEqual([]);
  });

  it("never has more workspaces in flight at the provider than its concurrency", async () => {
    // Each listing takes a while, so the workers overlap as much as the bound lets them.
    await s.fx.admin.setFaults({ list: { latencyMs: 40 } });
    try {
      await s.fx.admin.resetInFlight();
      expect((await syncInventory(depsWith(2))).failed).toEqual([]);
      expect((await s.fx.admin.inFlight()).maxWorkspaces).toBeLessThanOrEqual(2);
      // The measure sees overlap when the bound allows it (so the bound above is what held it).
      await s.fx.admin.resetInFlight();
      expect((await syncInventory(depsWith(8))).failed).toEqual([]);
      const wide = (await s.fx.admin.inFlight()).maxWorkspaces;
      expect(wide).toBeGreaterThan(2);
      expect(wide).toBeLessThanOrEqual(8);
    } finally {
      await s.fx.admin.clearFaults();
    }
  });
});
