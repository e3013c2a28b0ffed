import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DeploymentsSetup, setupDeployments } from "../../../test/support/deployments-setup.ts";
import { inventory } from "../../db/schema.ts";
import { syncInventory } from "./inventory-sync.ts";

type Query = (...args: unknown[]) => Promise<unknown>;

// The sync's writes on a real PostgreSQL: however many workspaces it lists at once, it writes one
// workspace's rows at a time, so the console's reads keep the rest of the pool and the database.
describe("inventory sync writes", () => {
  let s: DeploymentsSetup;
  beforeAll(async () => {
    s = await setupDeployments("postgres");
    await s.fx.admin.fleet({ workspaces: 16, servicesPerWorkspace: 3, prefix: "writes" });
  });
  afterAll(() => s?.close());

  it("writes one workspace at a time while its listings overlap", async () => {
    const database = s.t.database;
    if (database.kind !== "postgres") throw new Error("needs PostgreSQL");
    // Counts the sync's statements on the inventory's tables in flight at once, at the pool.
    const pool = database.pool as unknown as { query: Query };
    const query = pool.query;
    let inFlight = 0;
    let most = 0;
    pool.query = async (...args: unknown[]) => {
      const first = args[0] as string | { text?: string };
      const text = typeof first === "string" ? first : (first?.text ?? "");
      if (!/^(insert into|delete from) "?inventory/.test(text)) return query.apply(pool, args);
      most = Math.max(most, ++inFlight);
      try {
        return await query.apply(pool, args);
      } finally {
        inFlight -= 1;
      }
    };
    await s.fx.admin.setFaults({ list: { latencyMs: 40 } });
    try {
      await s.fx.admin.resetInFlight();
      const deps = s.build(s.t, { KEYTURN_INVENTORY_SYNC_CONCURRENCY: "8" }).deps;
      const report = await syncInventory(deps);
      expect(report.failed).toEqual([]);
      // The listings did overlap, so the writes could have.
      expect((await s.fx.admin.inFlight()).maxWorkspaces).toBeGreaterThan(1);
      expect(most).toBe(1);
      const rows = await database.db.select().from(inventory);
      expect(rows.filter((r) => r.workspace.startsWith("writes")).length).toBe(16 * 3);
    } finally {
      pool.query = query;
      await s.fx.admin.clearFaults();
    }
  });
});
