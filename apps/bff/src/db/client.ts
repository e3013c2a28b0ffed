import type { PGlite } from "@electric-sql/pglite";
import { type SQL, sql } from "drizzle-orm";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import type { ExtractTablesWithRelations } from "drizzle-orm/relations";
import pg from "pg";
import type { Config } from "../env.ts";
import { tracedPglite, traceQueries } from "../telemetry/db-spans.ts";
import { openPgliteFolder } from "./open-pglite.ts";
import * as schema from "./schema.ts";

export type Schema = typeof schema;
/** The one database type handlers see: the same for PGlite and PostgreSQL. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

export type Database =
  | { kind: "pglite"; db: Db; client: PGlite; close(): Promise<void> }
  | { kind: "postgres"; db: Db; pool: pg.Pool; close(): Promise<void> };

/**
 * Opens PGlite in its data folder (locked to this process: DataDirLockedError, DataDirOpenError), or
 * a pool on DATABASE_URL. Run `migrate` (db/migrate.ts) next.
 */
export async function openDatabase(config: Config["database"]): Promise<Database> {
  if (config.kind === "postgres") return fromPool(new pg.Pool({ connectionString: config.url, max: 10 }));
  const { client, close } = await openPgliteFolder(config.dataDir);
  return fromPglite(client, close);
}

export function fromPglite(client: PGlite, close: () => Promise<void> = () => client.close()): Database {
  // Drizzle queries through a traced view (a span per query, telemetry/db-spans.ts); `client` stays raw.
  const db = drizzlePglite({ client: tracedPglite(client), schema }) as unknown as Db;
  return { kind: "pglite", db, client, close };
}

export function fromPool(pool: pg.Pool): Database {
  // A connection that fails while idle must not crash the process; the next query reconnects.
  pool.on("error", () => {});
  const db = drizzlePg({ client: traceQueries(pool), schema }) as unknown as Db;
  return { kind: "postgres", db, pool, close: () => pool.end() };
}

/** Readiness check: one round trip. */
export async function ping(database: Database): Promise<void> {
  await database.db.execute(sql`select 1`);
}

/** Rows of a raw SQL query (both drivers answer `{ rows }`); prefer the query builder when it fits. */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}
