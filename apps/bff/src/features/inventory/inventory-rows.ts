import type { Generation } from "@keyturn/auth-domain";
import type { OtherKindService, Service } from "@keyturn/azureml-rest";
import { and, eq, inArray, lt, notInArray, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { inventory } from "../../db/schema.ts";
import { deploymentEtag } from "./deployment-etag.ts";

export type InventoryRow = typeof inventory.$inferInsert;

export interface RowContext {
  connectionId: string;
  workspace: string;
  /** As ARM wrote it: any region name. */
  workspaceRegion: string;
  syncedAt: Date;
}

/**
 * A provider service → its inventory row (no secrets: the wire service has none). `clusterRegion` is
 * where it runs (serviceRegion: the AKS compute's, the ACI container group's), null when unknown.
 */
export function serviceToRow(service: Service, ctx: RowContext, clusterRegion: string | null): InventoryRow {
  return {
    connectionId: ctx.connectionId,
    workspace: ctx.workspace,
    deployment: service.name,
    computeType: service.computeType,
    managed: true,
    state: service.state,
    keyAuth: service.authEnabled,
    tokenAuth: service.aadAuthEnabled,
    workspaceRegion: ctx.workspaceRegion,
    clusterRegion,
    scoringUri: service.scoringUri,
    tags: service.kvTags ?? {},
    createdAt: new Date(service.createdTime),
    updatedAt: new Date(service.updatedTime),
    etag: deploymentEtag(service),
    syncedAt: ctx.syncedAt,
  };
}

/**
 * A service of a kind Keyturn does not manage → a read-only row: its kind as Azure wrote it, its state
 * and region if it has them. Its auth is not read (false, false; the API answers null) and it has no
 * ETag: nothing is ever changed through it.
 */
export function otherKindToRow(service: OtherKindService, ctx: RowContext): InventoryRow {
  return {
    connectionId: ctx.connectionId,
    workspace: ctx.workspace,
    deployment: service.name,
    computeType: service.computeType,
    managed: false,
    state: service.state ?? "",
    keyAuth: false,
    tokenAuth: false,
    workspaceRegion: ctx.workspaceRegion,
    clusterRegion: service.location,
    scoringUri: service.scoringUri,
    createdAt: service.createdTime === null ? null : new Date(service.createdTime),
    updatedAt: service.updatedTime === null ? null : new Date(service.updatedTime),
    etag: null,
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
        target: [inventory.workspace, inventory.deployment, inventory.generation],
        set: {
          connectionId: excluded("connection_id"),
          computeType: excluded("compute_type"),
          managed: excluded("managed"),
          state: excluded("state"),
          keyAuth: excluded("key_auth"),
          tokenAuth: excluded("token_auth"),
          endpointAuthMode: excluded("endpoint_auth_mode"),
          workspaceRegion: excluded("workspace_region"),
          clusterRegion: excluded("cluster_region"),
          scoringUri: excluded("scoring_uri"),
          tags: excluded("tags"),
          createdAt: excluded("created_at"),
          updatedAt: excluded("updated_at"),
          etag: excluded("etag"),
          syncedAt: excluded("synced_at"),
        },
      });
  }
}

/**
 * Removes a workspace's rows of the generations whose full listing ran and did not touch them (synced
 * before it started).
 */
export async function removeUnseen(
  db: Db,
  workspace: string,
  generations: readonly Generation[],
  syncStartedAt: Date,
): Promise<number> {
  if (generations.length === 0) return 0;
  const removed = await db
    .delete(inventory)
    .where(
      and(
        eq(inventory.workspace, workspace),
        inArray(inventory.generation, [...generations]),
        lt(inventory.syncedAt, syncStartedAt),
      ),
    )
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

/** A v1 service's row (an endpoint of the same name is another row). */
const serviceRow = (workspace: string, deployment: string) =>
  and(
    eq(inventory.workspace, workspace),
    eq(inventory.deployment, deployment),
    eq(inventory.generation, "v1"),
  );

export async function deleteInventoryRow(db: Db, workspace: string, deployment: string): Promise<void> {
  await db.delete(inventory).where(serviceRow(workspace, deployment));
}

export async function findInventoryRow(db: Db, workspace: string, deployment: string) {
  const [row] = await db.select().from(inventory).where(serviceRow(workspace, deployment)).limit(1);
  return row;
}
