import { UNREADABLE_LISTED_MAX, type UnreadableReport } from "@keyturn/api-contract";
import type { UnreadableItem } from "@keyturn/azureml-rest";
import { and, asc, count, eq, ne, notInArray } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { inventoryUnreadable } from "../../db/schema.ts";

/** The scope of a connection's own workspace listing (a workspace's services use its name). */
export const WORKSPACE_LISTING = "";

/** Replaces what one listing (a workspace's services, or a connection's workspaces) could not read. */
export async function replaceUnreadable(
  db: Db,
  connectionId: string,
  scope: string,
  items: readonly UnreadableItem[],
  syncedAt: Date,
): Promise<void> {
  const where = and(eq(inventoryUnreadable.connectionId, connectionId), eq(inventoryUnreadable.scope, scope));
  await db.delete(inventoryUnreadable).where(where);
  if (items.length === 0) return;
  await db.insert(inventoryUnreadable).values(
    items.map((item) => ({
      connectionId,
      scope,
      itemIndex: item.index,
      name: item.name,
      reason: item.reason.slice(0, 500),
      syncedAt,
    })),
  );
}

/** Forgets the unreadable items of a connection's workspaces it no longer lists. */
export async function removeVanishedUnreadable(db: Db, connectionId: string, listed: string[]) {
  const scopes = [...listed, WORKSPACE_LISTING];
  await db
    .delete(inventoryUnreadable)
    .where(
      and(
        eq(inventoryUnreadable.connectionId, connectionId),
        ne(inventoryUnreadable.scope, WORKSPACE_LISTING),
        notInArray(inventoryUnreadable.scope, scopes),
      ),
    );
}

/** Every item the last syncs could not read, counted, and the first ones named with why. */
export async function unreadableReport(db: Db, max = UNREADABLE_LISTED_MAX): Promise<UnreadableReport> {
  const [counted] = await db.select({ n: count() }).from(inventoryUnreadable);
  const rows = await db
    .select()
    .from(inventoryUnreadable)
    .orderBy(asc(inventoryUnreadable.scope), asc(inventoryUnreadable.itemIndex))
    .limit(max);
  return {
    count: counted?.n ?? 0,
    items: rows.map((r) => ({
      workspace: r.scope === WORKSPACE_LISTING ? null : r.scope,
      name: r.name,
      reason: r.reason,
    })),
  };
}
