import { sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../../src/db/client.ts";
import { inventorySyncSettled } from "../../src/features/inventory/public.ts";
import { createBff } from "../../src/index.ts";
import { createLogger } from "../../src/logger.ts";
import { insertConnection } from "../../src/provider/connection-store.ts";
import { DB_KINDS, openTestDatabase, type TestDatabase } from "../support/databases.ts";
import { type LoopbackServer, startLoopbackServer } from "../support/loopback-servers.ts";
import { TEST_MASTER_KEY, testConfig } from "../support/test-app.ts";
import { typedClient } from "../support/typed-client.ts";

// /healthz and /readyz as createBff wires them (not a test app's own checks): liveness needs nothing,
// readiness needs this replica's database and migrations and never a workspace, since a region outage
// must not take every replica out of the load balancer.

const config = () =>
  testConfig({
    KEYTURN_INVENTORY_SYNC_SECONDS: "0",
    KEYTURN_AUDIT_CHECKPOINT_MINUTES: "0",
    LOG_LEVEL: "silent",
  });
const logger = createLogger({ level: "silent" });

interface MigrationRow {
  hash: string;
  created_at: string;
}

/** A workspace that is down: every request recorded, answered 503. */
let provider: LoopbackServer;
beforeAll(async () => {
  provider = await startLoopbackServer((_req, res) => {
    res.writeHead(503, { "content-type": "application/json" });
    res.end('{"error":{"code":"ServiceUnavailable","message":"region down"}}');
  });
});
afterAll(() => provider.close());

describe.each(DB_KINDS)("health endpoints on %s", (kind) => {
  let db: TestDatabase;
  const closing: Array<() => Promise<void>> = [];
  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  afterEach(async () => {
    for (const close of closing.splice(0)) await close();
  });
  afterAll(() => db.close());

  const start = async () => {
    const bff = await createBff(config(), { database: db.database, logger });
    closing.push(() => bff.close());
    return { bff, client: typedClient(bff.app) };
  };

  it("is ready with a workspace down, and asks no workspace", async () => {
    await insertConnection(db.database.db, TEST_MASTER_KEY, {
      name: "Down",
      subscriptionId: "00000000-0000-0000-0000-000000000001",
      resourceGroup: "down",
      workspace: null,
      baseUrl: provider.url,
      credential: {
        kind: "client_secret",
        value: { authority: provider.url, clientId: "bff", clientSecret: "bff-secret", scope: "x/.default" },
      },
    });
    const { bff, client } = await start();
    // The start-up inventory sync asks the workspace (and may retry): let it end first, so that
    // whatever reaches the workspace from here on is readiness's doing.
    await bff.stopJobs();
    await inventorySyncSettled(db.database);
    provider.received.length = 0;
    const ready = await client.readyz.$get();
    expect(await ready.json()).toEqual({ status: "ready", checks: { database: "ok", migrations: "ok" } });
    expect(ready.status).toBe(200);
    expect(provider.received).toEqual([]);
  });

  it("is not ready while this build's last migration is missing from the database", async () => {
    const { client } = await start();
    const last = sql`select max(created_at) from drizzle.__drizzle_migrations`;
    const [row] = await queryRows<MigrationRow>(
      db.database.db,
      sql`delete from drizzle.__drizzle_migrations where created_at = (${last}) returning hash, created_at`,
    );
    try {
      const notReady = await client.readyz.$get();
      expect(notReady.status).toBe(503);
      expect(await notReady.json()).toEqual({
        status: "unavailable",
        checks: { database: "ok", migrations: "failed" },
      });
    } finally {
      await restore(row);
    }
    expect((await client.readyz.$get()).status).toBe(200);
  });

  it("answers /readyz 503 at once when draining, /healthz 200 throughout", async () => {
    const { bff, client } = await start();
    bff.deps.readiness.drain();
    const draining = await client.readyz.$get();
    expect(draining.status).toBe(503);
    expect(await draining.json()).toEqual({ status: "unavailable", checks: { shutdown: "failed" } });
    expect((await client.healthz.$get()).status).toBe(200);
  });

  async function restore(row: MigrationRow | undefined) {
    if (!row) return;
    await db.database.db.execute(
      sql`insert into drizzle.__drizzle_migrations (hash, created_at) values (${row.hash}, ${row.created_at})`,
    );
  }
});

describe("health endpoints without a database", () => {
  it("answers /healthz 200 and /readyz 503 once the database is gone", async () => {
    const db = await openTestDatabase("postgres");
    const bff = await createBff(config(), { database: db.database, logger });
    const client = typedClient(bff.app);
    try {
      expect((await client.readyz.$get()).status).toBe(200);
      await db.close(); // pool ended, database dropped
      const notReady = await client.readyz.$get();
      expect(notReady.status).toBe(503);
      expect(await notReady.json()).toEqual({
        status: "unavailable",
        checks: { database: "failed", migrations: "failed" },
      });
      expect((await client.healthz.$get()).status).toBe(200);
    } finally {
      await bff.stopJobs();
    }
  });
});
