import { ComputeTargetSchema, MIGRATED_FROM_TAG, type V1ServiceInput } from "@keyturn/auth-domain";
import type { Service } from "@keyturn/azureml-rest";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { inventory } from "../../db/schema.ts";
import { ApiError } from "../../errors/api-error.ts";
import { findInventoryRow } from "../inventory/public.ts";

type InventoryRow = typeof inventory.$inferSelect;

/** The tag's value that links an endpoint to the v1 service it replaces. */
export const migratedFromValue = (workspace: string, service: string) => `${workspace}/${service}`;
export { MIGRATED_FROM_TAG };

/** A v1 service as its inventory row shows it: no compute name, description or tags (not synced). */
export function serviceFromRow(row: InventoryRow): V1ServiceInput {
  return {
    workspace: row.workspace,
    name: row.deployment,
    computeType: ComputeTargetSchema.parse(row.computeType),
    workspaceRegion: row.workspaceRegion,
    computeName: null,
    keyAuth: row.keyAuth,
    tokenAuth: row.tokenAuth,
    scoringUri: row.scoringUri,
  };
}

/** The same service with what only a fresh read shows: its cluster, description and tags. */
export function serviceFromLive(row: InventoryRow, live: Service): V1ServiceInput {
  return {
    ...serviceFromRow(row),
    computeType: live.computeType,
    computeName: live.computeName ?? null,
    keyAuth: live.authEnabled,
    tokenAuth: live.aadAuthEnabled,
    description: live.description ?? null,
    // A tag of ours already on the service would be replaced by the plan's own.
    tags: Object.fromEntries(Object.entries(live.kvTags ?? {}).filter(([k]) => k !== MIGRATED_FROM_TAG)),
    scoringUri: live.scoringUri,
  };
}

/**
 * The inventory row of a v1 service Keyturn manages, or 404: a read-only kind (AKSENDPOINT, …) has
 * no plan, since its auth is not read.
 */
export async function managedServiceRow(db: Db, workspace: string, name: string): Promise<InventoryRow> {
  const row = await findInventoryRow(db, workspace, name);
  if (!row?.managed || !ComputeTargetSchema.safeParse(row.computeType).success) {
    throw ApiError.notFound(`No v1 web service named "${name.slice(0, 100)}" in the inventory.`);
  }
  return row;
}

// Managed rows of the v1 kinds only, whatever else the inventory comes to hold.
const V1_MANAGED = and(
  eq(inventory.managed, true),
  inArray(inventory.computeType, ComputeTargetSchema.options),
);

/** Every managed v1 service of the inventory, by workspace then name, `batchSize` rows at a time. */
export async function* managedServiceRows(db: Db, batchSize = 1_000): AsyncGenerator<InventoryRow[]> {
  let after: { workspace: string; deployment: string } | null = null;
  for (;;) {
    const rows: InventoryRow[] = await db
      .select()
      .from(inventory)
      .where(
        after
          ? and(
              V1_MANAGED,
              sql`(${inventory.workspace}, ${inventory.deployment}) > (${after.workspace}, ${after.deployment})`,
            )
          : V1_MANAGED,
      )
      .orderBy(asc(inventory.workspace), asc(inventory.deployment))
      .limit(batchSize);
    if (rows.length > 0) yield rows;
    const last = rows.at(-1);
    if (!last || rows.length < batchSize) return;
    after = { workspace: last.workspace, deployment: last.deployment };
  }
}
