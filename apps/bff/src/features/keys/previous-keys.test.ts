import { afterEach, describe, expect, it } from "vitest";
import { DB_KINDS, openTestDatabase, type TestDatabase } from "../../../test/support/databases.ts";
import { TEST_MASTER_KEY } from "../../../test/support/test-app.ts";
import { queryRows } from "../../db/client.ts";
import { previousKeys } from "../../db/schema.ts";
import { PREVIOUS_KEY_WINDOW_MS, PreviousKeys } from "./previous-keys.ts";

describe.each(DB_KINDS)("PreviousKeys on %s", (kind) => {
  const value = "replaced-key-value-0123456789abcdef";
  let db: TestDatabase;
  afterEach(async () => {
    await db?.close();
  });

  it("gives the replaced value back during the window only, then deletes it", async () => {
    db = await openTestDatabase(kind);
    const clock = { now: 1_800_000_000_000 };
    const keys = new PreviousKeys(TEST_MASTER_KEY, db.database.db, () => new Date(clock.now));
    await keys.remember("k", { value, fingerprint: "0123456789ab", replacedAt: new Date(clock.now) });
    clock.now += PREVIOUS_KEY_WINDOW_MS - 1;
    expect(await keys.recall("k")).toMatchObject({ value, fingerprint: "0123456789ab" });
    clock.now += 1;
    expect(await keys.recall("k")).toBeUndefined();
    expect(await db.database.db.select().from(previousKeys)).toEqual([]);
  });

  it("is read by another replica's store (same database), and a newer regeneration replaces the row", async () => {
    db = await openTestDatabase(kind);
    const now = () => new Date();
    const rotating = new PreviousKeys(TEST_MASTER_KEY, db.database.db, now);
    const other = new PreviousKeys(TEST_MASTER_KEY, db.database.db, now);
    await rotating.remember("k", { value, fingerprint: "aaaaaaaaaaaa", replacedAt: new Date() });
    await rotating.remember("k", {
      value: `${value}-2`,
      fingerprint: "bbbbbbbbbbbb",
      replacedAt: new Date(),
    });
    expect(await other.recall("k")).toMatchObject({ value: `${value}-2`, fingerprint: "bbbbbbbbbbbb" });
    expect(await other.recall("other")).toBeUndefined();
  });

  it("stores the value encrypted and bound to its key: a row moved to another key does not decrypt", async () => {
    db = await openTestDatabase(kind);
    const keys = new PreviousKeys(TEST_MASTER_KEY, db.database.db, () => new Date());
    await keys.remember("k", { value, fingerprint: "0123456789ab", replacedAt: new Date() });
    const rows = await db.database.db.select().from(previousKeys);
    expect(JSON.stringify(rows)).not.toContain(value);
    expect(rows[0]?.envelope).toMatch(/^v1\./);
    const { sql } = await import("drizzle-orm");
    await queryRows(db.database.db, sql`update previous_keys set name = 'moved' where name = 'k'`);
    await expect(keys.recall("moved")).rejects.toThrow();
  });

  it("a sweep deletes every expired row, whichever key it belongs to", async () => {
    db = await openTestDatabase(kind);
    const clock = { now: 1_800_000_000_000 };
    const keys = new PreviousKeys(TEST_MASTER_KEY, db.database.db, () => new Date(clock.now), 1000);
    await keys.remember("a", { value, fingerprint: "0123456789ab", replacedAt: new Date(clock.now) });
    await keys.remember("b", { value, fingerprint: "0123456789ab", replacedAt: new Date(clock.now + 500) });
    clock.now += 1000;
    await keys.sweep();
    expect((await db.database.db.select().from(previousKeys)).map((r) => r.name)).toEqual(["b"]);
  });
});
