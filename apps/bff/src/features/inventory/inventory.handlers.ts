import type { AppRouteHandler } from "../../routing/create-router.ts";
import { findingsPolicies, rowFindingsSummaries } from "../posture/public.ts";
import type { listDeployments, syncInventoryRoute } from "./inventory.routes.ts";
import { type InventoryItem, inventoryKinds, queryInventory } from "./inventory-query.ts";
import { syncInventoryNow } from "./inventory-sync-runner.ts";
import { unreadableReport } from "./inventory-unreadable.ts";
import { inventorySummary } from "./inventory-view.ts";

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

const NO_FINDINGS = { count: 0, highest: null };

/**
 * GET the inventory: one page of every workspace's services and endpoints, as stored by the last
 * sync, each with its findings as the posture report counts them now; the first page also says the
 * kinds present (for the kind filter) and what the last sync could not read.
 */
export const list: AppRouteHandler<typeof listDeployments> = async (c) => {
  const deps = c.var.deps;
  const db = deps.database.db;
  const query = c.req.valid("query");
  const now = deps.now();
  const first = query.cursor === undefined;
  // The policies, the page and (first page only) the inventory's summary do not depend on each
  // other: read at once, they overlap on a pool. Only the page's rotation facts wait for its rows.
  const [ctx, page, kinds, unreadable] = await Promise.all([
    findingsPolicies(db, now),
    queryInventory(db, query),
    first ? inventoryKinds(db) : undefined,
    first ? unreadableReport(db) : undefined,
  ]);
  const findings = await rowFindingsSummaries(db, ctx, page.items, (i) => (i as InventoryItem).keys);
  const items = page.items.map((i, n) => inventorySummary(i, now, findings[n] ?? NO_FINDINGS));
  const answer = {
    items,
    nextCursor: page.nextCursor,
    total: page.total,
    totalIsLowerBound: page.totalIsLowerBound,
  };
  // The inventory's summary rides on the first page only: scrolling pages do not count kinds again.
  if (!kinds || !unreadable) return c.json(answer, 200);
  return c.json({ ...answer, kinds, unreadable }, 200);
};
