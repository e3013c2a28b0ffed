import type { Generation } from "@keyturn/auth-domain";
import type { OtherKindService, Service } from "@keyturn/azureml-rest";
import { and, eq, getTableColumns, lt, notInArray, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { INVENTORY_SEEN_AT, inventory, inventoryListings } from "../../db/schema.ts";
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

/** Every column a sync or a refresh writes, with its type, but the key and the write time. */
const FACTS = {
  connection_id: "uuid",
  compute_type: "text",
  managed: "boolean",
  state: "text",
  key_auth: "boolean",
  token_auth: "boolean",
  endpoint_auth_mode: "text",
  workspace_region: "text",
  cluster_region: "text",
  scoring_uri: "text",
  tags: "jsonb",
  created_at: "timestamptz",
  updated_at: "timestamptz",
  etag: "text",
} as const;
export const UPSERT_COLUMNS = {
  workspace: "text",
  deployment: "text",
  generation: "text",
  ...FACTS,
  synced_at: "timestamptz",
} as const;

const names = Object.keys(UPSERT_COLUMNS).join(", ");
const recordType = Object.entries(UPSERT_COLUMNS)
  .map(([column, type]) => `${column} ${type}`)
  .join(", ");
const facts = (table: string) =>
  `(${Object.keys(FACTS)
    .map((c) => `${table}.${c}`)
    .join(", ")})`;
const assignments = [...Object.keys(FACTS), "synced_at"].map((c) => `${c} = excluded.${c}`).join(", ");
/*
 * One JSON parameter per statement, spread into rows by PostgreSQL: drizzle's insert builder spent
 * about 80 µs per row building a 500-row statement's text and parameters (18 per row), on the event
 * loop the console's requests wait on.
 */
const INSERT = sql.raw(`insert into inventory (${names}) select ${names} from jsonb_to_recordset(`);
const ON_CONFLICT = sql.raw(
  `::jsonb) as r(${recordType}) on conflict (workspace, deployment, generation) do update set ${assignments} ` +
    `where ${facts("inventory")} is distinct from ${facts("excluded")}`,
);

/** A row as jsonb_to_recordset reads it: every column named (the table's defaults filled in). */
const asRecord = (row: InventoryRow): Record<keyof typeof UPSERT_COLUMNS, unknown> => ({
  workspace: row.workspace,
  deployment: row.deployment,
  generation: row.generation ?? "v1",
  connection_id: row.connectionId,
  compute_type: row.computeType,
  managed: row.managed ?? true,
  state: row.state,
  key_auth: row.keyAuth,
  token_auth: row.tokenAuth,
  endpoint_auth_mode: row.endpointAuthMode ?? null,
  workspace_region: row.workspaceRegion,
  cluster_region: row.clusterRegion ?? null,
  scoring_uri: row.scoringUri ?? null,
  tags: row.tags ?? {},
  created_at: row.createdAt ?? null,
  updated_at: row.updatedAt ?? null,
  etag: row.etag ?? null,
  synced_at: row.syncedAt ?? new Date(),
});

/**
 * Inserts rows, or replaces them by (workspace, deployment, generation) where any fact differs, in
 * chunks. An unchanged row is not written at all: no new row version, no index entries, and its
 * `synced_at` stays when it last changed (`settleListing` records when it was last seen).
 */
export async function upsertInventory(db: Db, rows: InventoryRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const records = JSON.stringify(rows.slice(i, i + CHUNK).map(asRecord));
    await db.execute(sql`${INSERT}${records}${ON_CONFLICT}`);
  }
}

/**
 * After a full listing of a workspace's generations: removes the rows it did not list (unless written
 * since it started, by a change through the console) and records when it listed them.
 */
export async function settleListing(
  db: Db,
  listing: { connectionId: string; workspace: string; startedAt: Date },
  listed: ReadonlyMap<Generation, readonly string[]>,
): Promise<number> {
  let removed = 0;
  for (const [generation, names] of listed) {
    const gone = await db
      .delete(inventory)
      .where(
        and(
          eq(inventory.workspace, listing.workspace),
          eq(inventory.generation, generation),
          // One JSON parameter, not one per name (a workspace may list thousands).
          sql`${inventory.deployment} not in (select jsonb_array_elements_text(${JSON.stringify(names)}::jsonb))`,
          lt(inventory.syncedAt, listing.startedAt),
        ),
      )
      .returning({ deployment: inventory.deployment });
    removed += gone.length;
  }
  const listings = [...listed.keys()].map((generation) => ({
    connectionId: listing.connectionId,
    workspace: listing.workspace,
    generation,
    listedAt: listing.startedAt,
  }));
  if (listings.length > 0) {
    await db
      .insert(inventoryListings)
      .values(listings)
      .onConflictDoUpdate({
        target: [inventoryListings.workspace, inventoryListings.generation],
        set: { connectionId: excluded("connection_id"), listedAt: excluded("listed_at") },
      });
  }
  return removed;
}

/** Removes the rows (and listing times) of a connection's workspaces that it no longer lists. */
export async function removeVanishedWorkspaces(
  db: Db,
  connectionId: string,
  listed: string[],
): Promise<void> {
  await db
    .delete(inventory)
    .where(and(eq(inventory.connectionId, connectionId), notInArray(inventory.workspace, listed)));
  await db
    .delete(inventoryListings)
    .where(
      and(eq(inventoryListings.connectionId, connectionId), notInArray(inventoryListings.workspace, listed)),
    );
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

/** A v1 service's row, its `syncedAt` when the inventory last saw it. */
export async function findInventoryRow(db: Db, workspace: string, deployment: string) {
  const [row] = await db
    .select({ ...getTableColumns(inventory), syncedAt: INVENTORY_SEEN_AT.mapWith(inventory.syncedAt) })
    .from(inventory)
    .where(serviceRow(workspace, deployment))
    .limit(1);
  return row;
}
