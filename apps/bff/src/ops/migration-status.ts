import { sql } from "drizzle-orm";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { type Database, queryRows } from "../db/client.ts";

export interface MigrationStatus {
  /** Migrations in this build's folder. */
  known: number;
  /** Of those, how many the database has not applied. */
  pending: number;
}

/** drizzle's own record of applied migrations (its migrator's defaults, the same on both drivers). */
const APPLIED = sql`select created_at from drizzle.__drizzle_migrations order by created_at desc limit 1`;

/**
 * What the database lacks of this build's migrations. drizzle applies every migration whose folder
 * time is after the last one applied, so that time is the measure; a database migrated by a newer
 * build counts as current. Throws when the database cannot be reached.
 */
export function migrationStatus(migrationsFolder: string): (database: Database) => Promise<MigrationStatus> {
  const known = readMigrationFiles({ migrationsFolder }).map((migration) => migration.folderMillis);
  return async (database) => {
    const rows = await queryRows<{ created_at: string | number }>(database.db, APPLIED).catch(
      (err: unknown) => {
        // No table yet: nothing applied. Anything else (unreachable) is the caller's failure.
        if (/__drizzle_migrations|schema "drizzle"/.test(String((err as Error).message))) return [];
        throw err;
      },
    );
    const last = rows[0] ? Number(rows[0].created_at) : -1;
    return { known: known.length, pending: known.filter((when) => when > last).length };
  };
}

/** The "migrations" readiness check: every migration of this build applied. */
export function migrationsCurrent(database: Database, migrationsFolder: string) {
  const status = migrationStatus(migrationsFolder);
  return async (): Promise<void> => {
    const { pending } = await status(database);
    if (pending > 0) throw new Error(`${pending} migration(s) not applied`);
  };
}
