import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import pg from "pg";
import { inject } from "vitest";
import { type Database, fromPglite, fromPool } from "../../src/db/client.ts";
import { migrate } from "../../src/db/migrate.ts";
import { newPglite } from "../../src/db/open-pglite.ts";

export type DbKind = "pglite" | "postgres";
export const DB_KINDS: DbKind[] = ["pglite", "postgres"];

export const TEST_DATABASE_URL =
  process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

export interface TestDatabase {
  database: Database;
  /** For PostgreSQL: the URL of this test's own database (open more connections to it). */
  url: string | null;
  close(): Promise<void>;
}

/** A migrated PGlite, loaded from the run's template dump (global-setup.ts). */
export async function openPglite(): Promise<TestDatabase> {
  const dump = await readFile(inject("pgliteTemplate"));
  const client = newPglite({ loadDataDir: new Blob([dump]) });
  await client.waitReady;
  const database = fromPglite(client);
  return { database, url: null, close: () => database.close() };
}

/**
 * A fresh, uniquely named database on the PostgreSQL at TEST_DATABASE_URL, migrated, dropped on
 * close. An unreachable server FAILS the test with a clear message (never a silent skip).
 */
export async function openPostgres(): Promise<TestDatabase> {
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 5_000 });
  try {
    await admin.connect();
  } catch (err) {
    throw new Error(
      `PostgreSQL is unreachable at ${redact(TEST_DATABASE_URL)} (${(err as Error).message}). ` +
        "The database tests run on PGlite AND PostgreSQL: start PostgreSQL or set TEST_DATABASE_URL.",
    );
  }
  const name = `keyturn_test_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  await admin.query(`create database ${name}`);
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  const database = fromPool(new pg.Pool({ connectionString: url.toString(), max: 10 }));
  await migrate(database);
  return {
    database,
    url: url.toString(),
    close: async () => {
      await database.close();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

export const openTestDatabase = (kind: DbKind) => (kind === "pglite" ? openPglite() : openPostgres());

function redact(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = "***";
  return u.toString();
}
