import { syncInventoryNow } from "../../inventory/inventory-sync-runner.ts";
import type { AppRouteHandler } from "../create-router.ts";
import type { syncInventoryRoute } from "./inventory.routes.ts";

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
