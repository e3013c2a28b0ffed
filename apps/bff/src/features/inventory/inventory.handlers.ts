import type { AppRouteHandler } from "../../routing/create-router.ts";
import { toSummary } from "../deployments/public.ts";
import type { listDeployments, syncInventoryRoute } from "./inventory.routes.ts";
import { queryInventory } from "./inventory-query.ts";
import { syncInventoryNow } from "./inventory-sync-runner.ts";

/**
 * Runs a sync now and waits for it (the request timeout bounds the wait: past it the answer is 504
 * and the sync goes on). A sync already in progress in this process is not doubled: this waits for
 * the next one, which starts when it ends (inventory-sync-runner.ts).
 */
export const syncNow: AppRouteHandler<typeof syncInventoryRoute> = async (c) => {
  const report = await syncInventoryNow(c.var.deps);
  c.var.logger.info({ ...report }, "inventory: synced on request");
  return c.json(report, 200);
};

/** GET the inventory: one page of every workspace's deployments, as stored by the last sync. */
export const list: AppRouteHandler<typeof listDeployments> = async (c) => {
  const deps = c.var.deps;
  const page = await queryInventory(deps.database.db, c.req.valid("query"));
  const now = deps.now();
  return c.json(
    { items: page.items.map((i) => toSummary(i, now)), nextCursor: page.nextCursor, total: page.total },
    200,
  );
};
