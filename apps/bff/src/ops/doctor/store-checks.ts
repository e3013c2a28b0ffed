import { asc, sql } from "drizzle-orm";
import { type Database, openDatabase, ping, queryRows } from "../../db/client.ts";
import { connections } from "../../db/schema.ts";
import type { Config } from "../../env.ts";
import { createLogger } from "../../logger.ts";
import { createMetrics } from "../../middleware/metrics.ts";
import { createProviderClients, listConnectionWorkspaces } from "../../provider/workspace-provider.ts";
import { migrationStatus } from "../migration-status.ts";
import { fail, type Outcome, ok, reason, skip } from "./outcome.ts";

type Checks = Array<[string, Outcome]>;

/**
 * The extension the migrations create (pg_trgm, for the inventory's name search): installed, or one
 * the server offers and allows. Azure Database for PostgreSQL allows only what `azure.extensions` lists.
 */
async function extensionCheck(database: Database): Promise<Outcome> {
  try {
    const [row] = await queryRows<{ installed: boolean; available: boolean; allowed: string | null }>(
      database.db,
      sql`select
        exists (select 1 from pg_extension where extname = 'pg_trgm') as installed,
        exists (select 1 from pg_available_extensions where name = 'pg_trgm') as available,
        current_setting('azure.extensions', true) as allowed`,
    );
    if (row?.installed) return ok("pg_trgm installed");
    const allowList = row?.allowed ?? "";
    if (
      allowList !== "" &&
      !allowList
        .toLowerCase()
        .split(",")
        .map((e) => e.trim())
        .includes("pg_trgm")
    ) {
      return fail(
        "pg_trgm is not in the server's azure.extensions",
        "add PG_TRGM to the server parameter azure.extensions (Azure portal: Server parameters), then start the BFF",
      );
    }
    if (!row?.available) {
      return fail(
        "pg_trgm is not available on this server",
        "install PostgreSQL's contrib modules (pg_trgm ships with them), then start the BFF",
      );
    }
    return ok("pg_trgm available (the migrations create it)");
  } catch (err) {
    return fail(`reading the server's extensions: ${reason(err)}`, "check the database user's rights");
  }
}

/** The database: reachable, and every migration of this build applied. Returns it open, or null. */
export async function databaseChecks(
  config: Config,
  migrationsFolder: string,
): Promise<{ checks: Checks; database: Database | null; migrated: boolean }> {
  const where = config.database.kind === "postgres" ? "PostgreSQL (DATABASE_URL)" : "the embedded PGlite";
  const kind: Outcome =
    config.database.kind === "postgres" || config.mode !== "production"
      ? ok(`${where}`)
      : fail(
          "DATABASE_URL is unset: the embedded PGlite serves one process, replicas cannot share it",
          "set DATABASE_URL=postgres://… for the replicas' shared PostgreSQL",
        );
  if (kind.status === "fail") {
    // Opening it would create an embedded database in the data folder: nothing to learn from that.
    const none = skip("no PostgreSQL to check");
    return {
      checks: [
        ["database kind", kind],
        ["database reachable", none],
        ["extension pg_trgm", none],
        ["migrations", none],
      ],
      database: null,
      migrated: false,
    };
  }
  let database: Database | null = null;
  try {
    database = await openDatabase(config.database);
    await ping(database);
  } catch (err) {
    await database?.close().catch(() => {});
    const fix =
      config.database.kind === "postgres"
        ? "check DATABASE_URL's host, port, database name, user and password, and that PostgreSQL accepts this host"
        : "check KEYTURN_DATA_DIR (the folder must be writable and not in use by a running BFF)";
    return {
      checks: [
        ["database kind", kind],
        ["database reachable", fail(`${where}: ${reason(err)}`, fix)],
        ["extension pg_trgm", skip("no database")],
        ["migrations", skip("no database")],
      ],
      database: null,
      migrated: false,
    };
  }
  let migrations: Outcome;
  try {
    const { known, pending } = await migrationStatus(migrationsFolder)(database);
    migrations =
      pending === 0
        ? ok(`all ${known} migrations applied`)
        : fail(
            `${pending} of ${known} migrations not applied`,
            "start one BFF of this build (it applies them under a lock), then the others",
          );
  } catch (err) {
    migrations = fail(
      `reading the applied migrations: ${reason(err)}`,
      "check the database user's rights on the drizzle schema",
    );
  }
  return {
    checks: [
      ["database kind", kind],
      ["database reachable", ok(where)],
      ["extension pg_trgm", await extensionCheck(database)],
      ["migrations", migrations],
    ],
    database,
    migrated: migrations.status === "ok",
  };
}

/** Each stored workspace connection lists its workspaces with its own credential, as the BFF will. */
export async function connectionChecks(
  config: Config,
  database: Database | null,
  masterKey: Buffer | null,
): Promise<Checks> {
  if (!database || !masterKey)
    return [
      [
        "workspace connections",
        skip(database ? "no master key to read the credentials" : "no migrated database"),
      ],
    ];
  const rows = await database.db.select().from(connections).orderBy(asc(connections.name));
  if (rows.length === 0) return [["workspace connections", ok("none yet (an Admin adds them in Settings)")]];
  const deps = {
    config,
    database,
    keys: { masterKey, pepper: Buffer.alloc(16) },
    logger: createLogger({ level: "silent" }),
    providerClients: createProviderClients(),
    metrics: createMetrics({ defaultMetrics: false }),
  };
  const checks: Checks = [];
  for (const row of rows) {
    const label = `connection "${row.name.slice(0, 80)}"`;
    try {
      const workspaces = await listConnectionWorkspaces(deps, row);
      checks.push([label, ok(`${workspaces.length} workspace(s) in ${row.resourceGroup}`)]);
    } catch (err) {
      checks.push([
        label,
        fail(
          `listing the workspaces of ${row.resourceGroup} at ${safeOrigin(row.baseUrl)}: ${reason(err)}`,
          "check the connection's credential and its role on the resource group (Settings → Connections), and outbound access to the host",
        ),
      ]);
    }
  }
  return checks;
}

function safeOrigin(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return "(an invalid URL)";
  }
}
