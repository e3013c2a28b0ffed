import { INVENTORY_TOTAL_BOUND, type InventoryAuthMode, type InventorySort } from "@keyturn/api-contract";
import type { Generation } from "@keyturn/auth-domain";
import { and, asc, desc, eq, getTableColumns, or, type SQL, sql } from "drizzle-orm";
import { type Db, queryRows } from "../../db/client.ts";
import { INVENTORY_AUTH_MODE, INVENTORY_SEEN_AT, INVENTORY_UPDATED, inventory } from "../../db/schema.ts";
import { ApiError } from "../../errors/api-error.ts";
import { type CursorPosition, decodeCursor, encodeCursor, queryFingerprint } from "./inventory-cursor.ts";
import { KEY_RECORD_COLUMNS, type KeyRecord, splitKeyRecords } from "./inventory-keys.ts";

/** The contract's sort keys (`INVENTORY_SORT_KEYS`): each has a sort expression and an index below. */
export type SortKey = InventorySort;

export interface InventoryFilters {
  workspace?: string | undefined;
  /** Any compute type: ACI, AKS, Managed, Kubernetes, or a read-only row's kind. */
  computeType?: string | undefined;
  generation?: Generation | undefined;
  /** Managed rows only: a read-only row's auth is not read. A v1 mode or a v2 one (Azure's spelling). */
  authMode?: InventoryAuthMode | undefined;
  /** The workspace's region or the region the service runs in (any region name). */
  region?: string | undefined;
  state?: string | undefined;
  /** Case-insensitive substring of the deployment name. */
  q?: string | undefined;
}

export interface InventoryQuery extends InventoryFilters {
  sort: SortKey;
  order: "asc" | "desc";
  limit: number;
  cursor?: string | undefined;
}

/** Sort expressions (never null, so the keyset comparison is total); each has a matching index. */
const SORT_EXPRESSIONS: Record<SortKey, SQL> = {
  name: sql`${inventory.deployment}`,
  workspace: sql`${inventory.workspace}`,
  computeType: sql`${inventory.computeType}`,
  state: sql`${inventory.state}`,
  authMode: INVENTORY_AUTH_MODE,
  region: sql`${inventory.workspaceRegion}`,
  updatedAt: INVENTORY_UPDATED,
};

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (ch) => `\\${ch}`);

function filterConditions(f: InventoryFilters): SQL[] {
  const where: SQL[] = [];
  if (f.workspace) where.push(eq(inventory.workspace, f.workspace));
  if (f.computeType) where.push(eq(inventory.computeType, f.computeType));
  if (f.generation) where.push(eq(inventory.generation, f.generation));
  if (f.state) where.push(eq(inventory.state, f.state));
  if (f.authMode) where.push(sql`${inventory.managed} and ${INVENTORY_AUTH_MODE} = ${f.authMode}`);
  if (f.region) {
    const region = or(eq(inventory.workspaceRegion, f.region), eq(inventory.clusterRegion, f.region));
    if (region) where.push(region);
  }
  if (f.q) where.push(sql`${inventory.deploymentLower} like ${`%${escapeLike(f.q.toLowerCase())}%`}`);
  return where;
}

/**
 * The compute types present in the inventory, sorted (the kind filter offers them). A skip scan of the
 * compute-type index: one probe per kind, not a pass over every row (which every first page would pay).
 */
export async function inventoryKinds(db: Db): Promise<string[]> {
  const rows = await queryRows<{ kind: string }>(
    db,
    sql`with recursive kinds(kind) as (
      (select ${inventory.computeType} from ${inventory} order by ${inventory.computeType} limit 1)
      union all
      select (select i.compute_type from ${inventory} i where i.compute_type > kinds.kind order by i.compute_type limit 1)
      from kinds where kinds.kind is not null
    ) select kind from kinds where kind is not null`,
  );
  return rows.map((r) => r.kind).sort();
}

/** How many rows match, counting at most INVENTORY_TOTAL_BOUND + 1 of them. */
async function countMatching(db: Db, where: SQL | undefined): Promise<number> {
  const matching = sql`select 1 from ${inventory} ${where ? sql`where ${where}` : sql``} limit ${INVENTORY_TOTAL_BOUND + 1}`;
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from (${matching}) as matching`,
  );
  return Number(row?.n ?? 0);
}

/** A row and the console's records of its keys. */
export type InventoryItem = typeof inventory.$inferSelect & { keys: KeyRecord[] };

/**
 * One page of the inventory: filtered, sorted with a stable total order (sort value, workspace,
 * deployment, generation), keyset-paged (an index range scan per page), so paging through never repeats or skips
 * a row that stays put. One statement per page. The first page also says how many rows match: when
 * it holds them all, its own length; otherwise (a second statement) a count of at most
 * INVENTORY_TOTAL_BOUND + 1 rows (past the bound the total is a lower bound), so neither a broad query
 * nor a rare name search scans every row once more for its count. The total rides in the cursor for
 * the pages after it.
 */
export async function queryInventory(db: Db, query: InventoryQuery) {
  const { sort, order, limit, cursor, ...filters } = query;
  const fingerprint = queryFingerprint({ sort, order, ...filters });
  const expr = SORT_EXPRESSIONS[sort];
  const where = filterConditions(filters);
  const counting = and(...where);
  let position: CursorPosition | null = null;
  if (cursor !== undefined) {
    position = decodeCursor(cursor, fingerprint);
    if (!position) {
      throw ApiError.validation(
        [
          {
            path: "query.cursor",
            message: "not a cursor of this query (filters and sort must stay the same)",
          },
        ],
        "The cursor is not valid for this query.",
      );
    }
    const value = sort === "updatedAt" ? sql`${position.value}::timestamptz` : sql`${position.value}`;
    const tuple = sql`(${expr}, ${inventory.workspace}, ${inventory.deployment}, ${inventory.generation})`;
    const after = sql`(${value}, ${position.workspace}, ${position.deployment}, ${position.generation})`;
    where.push(order === "asc" ? sql`${tuple} > ${after}` : sql`${tuple} < ${after}`);
  }
  const direction = order === "asc" ? asc : desc;
  const rows = await db
    .select({
      ...getTableColumns(inventory),
      syncedAt: INVENTORY_SEEN_AT.mapWith(inventory.syncedAt),
      sortValue: sql<string>`(${expr})::text`,
      ...KEY_RECORD_COLUMNS,
    })
    .from(inventory)
    .where(and(...where))
    .orderBy(
      direction(expr),
      direction(inventory.workspace),
      direction(inventory.deployment),
      direction(inventory.generation),
    )
    .limit(limit + 1);

  const page = rows.slice(0, limit);
  const counted = position?.total ?? (rows.length <= limit ? rows.length : await countMatching(db, counting));
  const totalIsLowerBound = position ? position.totalIsLowerBound : counted > INVENTORY_TOTAL_BOUND;
  const bounded = Math.min(counted, INVENTORY_TOTAL_BOUND);
  const last = page.at(-1);
  const nextCursor =
    rows.length > limit && last
      ? encodeCursor(fingerprint, {
          value: last.sortValue,
          workspace: last.workspace,
          deployment: last.deployment,
          generation: last.generation as Generation,
          total: bounded,
          totalIsLowerBound,
        })
      : null;
  const items: InventoryItem[] = page.map((r) => {
    const { row, keys } = splitKeyRecords(r);
    const { sortValue: _sort, ...columns } = row;
    return { ...columns, keys };
  });
  return { items, nextCursor, total: bounded, totalIsLowerBound };
}
