import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { type DeploymentsSetup, setupDeployments } from "../../../test/support/deployments-setup.ts";
import { jobLeases } from "../../db/schema.ts";
import { createInventorySync, inventorySyncSettled, syncInventoryNow } from "./inventory-sync-runner.ts";

// The real syncInventory (real emulator), wrapped to count the runs in progress at any moment.
// A test may hold the runs at their start (`gate`) to make an overlap certain.
const runs = vi.hoisted(() => ({ started: 0, active: 0, maxActive: 0 }));
const hold = vi.hoisted(() => ({ gate: undefined as Promise<void> | undefined }));
vi.mock("./inventory-sync.ts", async (importOriginal) => {
  const real = await importOriginal<typeof import("./inventory-sync.ts")>();
  return {
    ...real,
    syncInventory: async (...args: Parameters<typeof real.syncInventory>) => {
      runs.started += 1;
      runs.active += 1;
      runs.maxActive = Math.max(runs.maxActive, runs.active);
      try {
        await hold.gate;
        return await real.syncInventory(...args);
      } finally {
        runs.active -= 1;
      }
    },
  };
});

let s: DeploymentsSetup;
beforeAll(async () => {
  s = await setupDeployments("pglite");
});
beforeEach(async () => {
  await inventorySyncSettled(s.t.database);
  Object.assign(runs, { started: 0, active: 0, maxActive: 0 });
});
afterAll(() => s?.close());

// 21 v1 services and 6 v2 online endpoints.
const RAN = { outcome: "ran", workspaces: 4, deployments: 27, otherKinds: 3, failed: [] };

describe("syncs on demand, one at a time per process", () => {
  it("two concurrent on-demand syncs never run syncInventory at once: the second waits for the first", async () => {
    const reports = await Promise.all([syncInventoryNow(s.deps), syncInventoryNow(s.deps)]);
    expect(reports).toEqual([expect.objectContaining(RAN), expect.objectContaining(RAN)]);
    expect(runs).toEqual({ started: 2, active: 0, maxActive: 1 });
  });

  it("asks made while one runs share a single next run", async () => {
    const first = syncInventoryNow(s.deps);
    const later = [syncInventoryNow(s.deps), syncInventoryNow(s.build().deps), syncInventoryNow(s.deps)];
    const [a, b, c] = await Promise.all(later);
    expect(b).toBe(a);
    expect(c).toBe(a);
    expect(await first).not.toBe(a);
    expect(runs).toEqual({ started: 2, active: 0, maxActive: 1 });
  });

  it("the periodic run joins an on-demand run in progress rather than running beside it", async () => {
    await s.t.database.db.delete(jobLeases);
    const runner = createInventorySync(s.deps, { intervalMs: 60_000 });
    let release = () => {};
    hold.gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const onDemand = syncInventoryNow(s.deps);
    const periodic = runner.runOnce();
    // Once the runner holds the lease, let the on-demand run go on.
    await vi.waitFor(async () => expect(await s.t.database.db.select().from(jobLeases)).toHaveLength(1));
    hold.gate = undefined;
    release();
    expect(await periodic).toBe(await onDemand);
    expect(runs).toEqual({ started: 1, active: 0, maxActive: 1 });
    const [lease] = await s.t.database.db.select().from(jobLeases);
    expect(lease?.outcome).toBe("ok");
    await runner.stop();
  });

  it("an on-demand run ignores the lease: it runs while the period's run is recorded as done", async () => {
    const runner = createInventorySync(s.deps, { intervalMs: 60_000 });
    expect((await runner.runOnce()).outcome).toBe("skipped"); // the period's run happened above
    expect((await syncInventoryNow(s.deps)).outcome).toBe("ran");
    expect(runs.started).toBe(1);
    await runner.stop();
  });
});
