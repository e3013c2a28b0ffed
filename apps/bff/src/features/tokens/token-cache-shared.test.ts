import pg from "pg";
import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { DB_KINDS, openTestDatabase, type TestDatabase } from "../../../test/support/databases.ts";
import { TEST_MASTER_KEY } from "../../../test/support/test-app.ts";
import { type Database, fromPool } from "../../db/client.ts";
import { type Notifier, openNotifier } from "../../db/notify.ts";
import { type FetchedToken, TokenCache, tokenCacheKey } from "./token-cache.ts";

const T0 = 1_800_000_000;
const logger = pino({ level: "silent" });
const fetched = (accessToken: string): FetchedToken => ({
  token: { accessToken, tokenType: "Bearer", refreshAfter: T0 + 1800, expiryOn: T0 + 3600 },
  latencyMs: 12,
  region: "eastus",
  fetchedAt: new Date(T0 * 1000),
});
const until = async (done: () => boolean) => {
  const started = Date.now();
  while (!done()) {
    if (Date.now() - started > 5_000) throw new Error("not reached within 5 s");
    await new Promise((r) => setTimeout(r, 5));
  }
};

describe.each(DB_KINDS)("TokenCache shared through %s", (kind) => {
  let db: TestDatabase;
  const closing: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const close of closing.splice(0).reverse()) await close();
    await db?.close();
  });

  /** Two replicas' caches: on PGlite two caches of one process, on PostgreSQL two pools. */
  async function twoReplicas(): Promise<[TokenCache, TokenCache, Notifier[]]> {
    db = await openTestDatabase(kind);
    let second: Database = db.database;
    if (kind === "postgres") {
      const other = fromPool(new pg.Pool({ connectionString: db.url as string, max: 2 }));
      closing.push(() => other.close());
      second = other;
    }
    const notifiers = [await openNotifier(db.database, { logger }), await openNotifier(second, { logger })];
    for (const n of notifiers) closing.push(() => n.close());
    const now = () => new Date(T0 * 1000);
    const [a, b] = notifiers.map((n) => new TokenCache(TEST_MASTER_KEY, now, n)) as [TokenCache, TokenCache];
    return [a, b, notifiers];
  }

  it("a drop on one replica reaches the other's cache, for that key only", async () => {
    const [a, b] = await twoReplicas();
    const key = tokenCacheKey("ws", "svc");
    const other = tokenCacheKey("ws", "other");
    for (const cache of [a, b]) {
      await cache.get(key, async () => fetched("old"));
      await cache.get(other, async () => fetched("kept"));
    }
    await a.drop(key);
    expect(a.peek(key)).toBeUndefined();
    await until(() => b.peek(key) === undefined);
    expect(b.peek(other)?.token.accessToken).toBe("kept");
    expect(await b.get(key, async () => fetched("new"))).toMatchObject({
      cached: false,
      token: { accessToken: "new" },
    });
  });

  it("a token fetched while its key is dropped elsewhere is answered but not cached", async () => {
    const [a, b] = await twoReplicas();
    const key = tokenCacheKey("ws", "svc");
    let release: (value: FetchedToken) => void = () => {};
    const pending = b.get(key, () => new Promise<FetchedToken>((resolve) => (release = resolve)));
    await a.drop(key);
    await until(() => !(b as unknown as { inFlight: Map<string, unknown> }).inFlight.has(key));
    release(fetched("of-the-old-settings"));
    expect((await pending).token.accessToken).toBe("of-the-old-settings");
    expect(b.peek(key)).toBeUndefined();
  });

  it.runIf(kind === "postgres")(
    "a replica that lost its listening connection drops every token when it listens again",
    async () => {
      db = await openTestDatabase(kind);
      const notifier = await openNotifier(db.database, { logger, reconnectMs: 20 });
      closing.push(() => notifier.close());
      const cache = new TokenCache(TEST_MASTER_KEY, () => new Date(T0 * 1000), notifier);
      const key = tokenCacheKey("ws", "svc");
      await cache.get(key, async () => fetched("held"));
      if (db.database.kind !== "postgres") throw new Error("postgres expected");
      await db.database.pool.query(
        "select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and query ilike 'listen %'",
      );
      await until(() => cache.peek(key) === undefined);
    },
  );
});
