import { type DeploymentSnapshot, KeyTypeSchema } from "@keyturn/auth-domain";
import { asc, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { inventory, keyMetadata } from "../../db/schema.ts";

type InventoryRow = typeof inventory.$inferSelect;
type KeyRow = Pick<
  typeof keyMetadata.$inferSelect,
  "workspace" | "deployment" | "keyType" | "issuedAt" | "rotatedAt"
>;

/**
 * The posture rules' view of one deployment. A key the console rotated carries its record
 * (key_metadata); a key it never saw rotated counts as issued when the deployment was created (or,
 * if the provider did not say, when it was last updated or synced) and never rotated.
 */
export function toSnapshot(row: InventoryRow, keys: readonly KeyRow[]): DeploymentSnapshot {
  const created = (row.createdAt ?? row.updatedAt ?? row.syncedAt).toISOString();
  return {
    workspace: row.workspace,
    deployment: row.deployment,
    computeType: row.computeType as DeploymentSnapshot["computeType"],
    // Regions are compared, never looked up: a region this version does not list is still a region.
    workspaceRegion: row.workspaceRegion as DeploymentSnapshot["workspaceRegion"],
    clusterRegion: row.clusterRegion as DeploymentSnapshot["clusterRegion"],
    keyAuth: row.keyAuth,
    tokenAuth: row.tokenAuth,
    keys: KeyTypeSchema.options.map((keyType) => {
      const record = keys.find((k) => k.keyType === keyType && k.rotatedAt !== null);
      return record
        ? {
            keyType,
            issuedAt: record.issuedAt.toISOString(),
            rotatedAt: record.rotatedAt?.toISOString() ?? null,
          }
        : { keyType, issuedAt: created, rotatedAt: null };
    }),
  };
}

/** The whole inventory as snapshots, `batchSize` deployments at a time (keyset on the primary key). */
export async function* inventorySnapshots(db: Db, batchSize = 1_000): AsyncGenerator<DeploymentSnapshot[]> {
  let after: { workspace: string; deployment: string } | null = null;
  for (;;) {
    const rows: InventoryRow[] = await db
      .select()
      .from(inventory)
      .where(
        after
          ? sql`(${inventory.workspace}, ${inventory.deployment}) > (${after.workspace}, ${after.deployment})`
          : undefined,
      )
      .orderBy(asc(inventory.workspace), asc(inventory.deployment))
      .limit(batchSize);
    if (rows.length === 0) return;
    // The key records of exactly this batch's span of the primary key (one range scan, two parameters).
    const first = rows[0] as InventoryRow;
    const last = rows.at(-1) as InventoryRow;
    const km = keyMetadata;
    const keys: KeyRow[] = await db
      .select({
        workspace: km.workspace,
        deployment: km.deployment,
        keyType: km.keyType,
        issuedAt: km.issuedAt,
        rotatedAt: km.rotatedAt,
      })
      .from(km)
      .where(
        sql`(${km.workspace}, ${km.deployment}) >= (${first.workspace}, ${first.deployment}) and (${km.workspace}, ${km.deployment}) <= (${last.workspace}, ${last.deployment})`,
      );
    const byDeployment = new Map<string, KeyRow[]>();
    for (const k of keys) {
      const id = `${k.workspace}\u0000${k.deployment}`;
      byDeployment.set(id, [...(byDeployment.get(id) ?? []), k]);
    }
    yield rows.map((row) =>
      toSnapshot(row, byDeployment.get(`${row.workspace}\u0000${row.deployment}`) ?? []),
    );
    after = { workspace: last.workspace, deployment: last.deployment };
    if (rows.length < batchSize) return;
  }
}
