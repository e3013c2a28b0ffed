import { asc, getTableColumns, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { inventory } from "../../db/schema.ts";
import { KEY_RECORD_COLUMNS, splitKeyRecords } from "../inventory/public.ts";
import type { ManagedRow } from "./posture-batch.ts";

type InventoryRow = typeof inventory.$inferSelect;

/**
 * The managed part of the inventory, both generations, `batchSize` rows at a time (keyset on the
 * primary key), each with its key records. Read-only rows (services and endpoints of kinds Keyturn
 * does not manage: AKSENDPOINT, IOT, AzureMLCompute, …) are left out: their auth is not read, so any
 * finding about it would be a guess, and nothing the console offers could act on it. They are listed
 * in the inventory, marked read-only, instead.
 */
export async function* managedRows(db: Db, batchSize = 1_000): AsyncGenerator<ManagedRow[]> {
  const key = sql`(${inventory.workspace}, ${inventory.deployment}, ${inventory.generation})`;
  let after: InventoryRow | null = null;
  for (;;) {
    const rows = await db
      .select({ ...getTableColumns(inventory), ...KEY_RECORD_COLUMNS })
      .from(inventory)
      .where(
        after
          ? sql`${inventory.managed} and ${key} > (${after.workspace}, ${after.deployment}, ${after.generation})`
          : sql`${inventory.managed}`,
      )
      .orderBy(asc(inventory.workspace), asc(inventory.deployment), asc(inventory.generation))
      .limit(batchSize);
    if (rows.length === 0) return;
    const batch = rows.map(splitKeyRecords);
    yield batch;
    after = (batch.at(-1) as ManagedRow).row;
    if (rows.length < batchSize) return;
  }
}
