import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { DB_KINDS, openTestDatabase, type TestDatabase } from "../../test/support/databases.ts";
import { type Notifier, openNotifier } from "./notify.ts";

const logger = pino({ level: "silent" });

/** Resolves with the next payload `notifier` receives on the token-cache channel. */
const nextPayload = (received: string[], count: number) =>
  new Promise<void>((resolve, reject) => {
    const started = Date.now();
    const poll = () => {
      if (received.length >= count) resolve();
      else if (Date.now() - started > 5_000) reject(new Error(`got ${received.length} of ${count}`));
      else setTimeout(poll, 5);
    };
    poll();
  });

describe.each(DB_KINDS)("notify on %s", (kind) => {
  let db: TestDatabase;
  const open: Notifier[] = [];
  afterEach(async () => {
    for (const n of open.splice(0)) await n.close();
    await db?.close();
  });

  it("delivers a publish to every subscriber in the publishing process", async () => {
    db = await openTestDatabase(kind);
    const a = await openNotifier(db.database, { logger });
    open.push(a);
    const received: string[] = [];
    a.subscribe("keyturn_token_cache", (p) => received.push(`first:${p}`));
    a.subscribe("keyturn_token_cache", (p) => received.push(`second:${p}`));
    expect(await a.publish("keyturn_token_cache", '["ws","dep"]')).toBe(true);
    await nextPayload(received, 2);
    expect(received.sort()).toEqual(['first:["ws","dep"]', 'second:["ws","dep"]']);
  });

  it.runIf(kind === "postgres")(
    "reaches a second replica (its own pool and listening connection) on the same database",
    async () => {
      db = await openTestDatabase(kind);
      const { fromPool } = await import("./client.ts");
      const pg = (await import("pg")).default;
      const second = fromPool(new pg.Pool({ connectionString: db.url as string, max: 2 }));
      try {
        const a = await openNotifier(db.database, { logger });
        const b = await openNotifier(second, { logger });
        open.push(a, b);
        const received: string[] = [];
        b.subscribe("keyturn_token_cache", (p) => received.push(p));
        await a.publish("keyturn_token_cache", "k1");
        await a.publish("keyturn_token_cache", "k2");
        await nextPayload(received, 2);
        expect(received).toEqual(["k1", "k2"]);
      } finally {
        for (const n of open.splice(0)) await n.close();
        await second.close();
      }
    },
  );

  it.runIf(kind === "postgres")(
    "reports a gap after its listening connection is lost, and listens again",
    async () => {
      db = await openTestDatabase(kind);
      const a = await openNotifier(db.database, { logger, reconnectMs: 20 });
      open.push(a);
      const received: string[] = [];
      let gaps = 0;
      a.subscribe(
        "keyturn_token_cache",
        (p) => received.push(p),
        () => gaps++,
      );
      if (db.database.kind !== "postgres") throw new Error("postgres expected");
      await db.database.pool.query(
        "select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and query ilike 'listen %'",
      );
      const started = Date.now();
      while (gaps === 0 && Date.now() - started < 5_000) await new Promise((r) => setTimeout(r, 10));
      expect(gaps).toBe(1);
      await a.publish("keyturn_token_cache", "after");
      await nextPayload(received, 1);
      expect(received).toEqual(["after"]);
    },
  );
});
