import type { Region } from "@keyturn/auth-domain";
import type { Service } from "@keyturn/azureml-rest";
import { and, eq, lt, notInArray, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { inventory } from "../../db/schema.ts";
import { deploymentEtag } from "./deployment-etag.ts";

export type InventoryRow = typeof inventory.$inferInsert;

export interface RowContext {
  connectionId: string;
  workspace: string;
  workspaceRegion: Region;
  syncedAt: Date;
}

/** A provider service → its inventory row (no secrets: the wire service has none). */
export function serviceToRow(service: Service, ctx: RowContext): InventoryRow {
  return {
    connectionId: ctx.connectionId,
    workspace: ctx.workspace,
    deployment: service.name,
    computeType: service.computeType,
    state: service.state,
    keyAuth: service.authEnabled,
    tokenAuth: service.aadAuthEnabled,
    workspaceRegion: ctx.workspaceRegion,
    clusterRegion: service.location ?? null,
    scoringUri: service.scoringUri,
    createdAt: new Date(service.createdTime),
    updatedAt: new Date(service.updatedTime),
    etag: deploymentEtag(service),
    syncedAt: ctx.syncedAt,
  };
}

const CHUNK = 500;
const excluded = (column: string) => sql.raw(`excluded.${column}`);

/** Inserts or replaces rows by (workspace, deployment), in chunks. */
export async function upsertInventory(db: Db, rows: InventoryRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db
      .insert(inventory)
      .values(rows.slice(i, i + CHUNK))
      .onConflictDoUpdate({
        target: [inventory.workspace, inventory.deployment],
        set: {
          connectionId: excluded("connection_id"),
          computeType: excluded("compute_type"),
          state: excluded("state"),
          keyAuth: excluded("key_auth"),
          tokenAuth: excluded("token_auth"),
          workspaceRegion: excluded("workspace_region"),
          clusterRegion: excluded("cluster_region"),
          scoringUri: excluded("scoring_uri"),
          createdAt: excluded("created_at"),
          updatedAt: excluded("updated_at"),
          etag: excluded("etag"),
          syncedAt: excluded("synced_at"),
        },
      });
  }
}

/** Removes a workspace's rows the last full listing did not touch (synced before it started). */
export async function removeUnseen(db: Db, workspace: string, syncStartedAt: Date): Promise<number> {
  const removed = await db
    .delete(inventory)
    .where(and(eq(inventory.workspace, workspace), lt(inventory.syncedAt, syncStartedAt)))
    .returning({ deployment: inventory.deployment });
  return removed.length;
}

/** Removes the rows of a connection's workspaces that it no longer lists. */
export async function removeVanishedWorkspaces(
  db: Db,
  connectionId: string,
  listed: string[],
): Promise<void> {
  await db
    .delete(inventory)
    .where(and(eq(inventory.connectionId, connectionId), notInArray(inventory.workspace, listed)));
}

export async function deleteInventoryRow(db: Db, workspace: string, deployment: string): Promise<void> {
  await db
    .delete(inventory)
    .where(and(eq(inventory.workspace, workspace), eq(inventory.deployment, deployment)));
}

export async function findInventoryRow(db: Db, workspace: string, deployment: string) {
  const [row] = await db
    .select()
    .from(inventory)
    .where(and(eq(inventory.workspace, workspace), eq(inventory.deployment, deployment)))
    .limit(1);
  return row;
}
