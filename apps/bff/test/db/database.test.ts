import { readFileSync } from "node:fs";
import path from "node:path";
import { eq, getTableName, is, sql } from "drizzle-orm";
import { PgTable } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DecryptionError, decryptText } from "../../src/crypto/encryption.ts";
import { queryRows } from "../../src/db/client.ts";
import { MIGRATIONS_FOLDER, migrate } from "../../src/db/migrate.ts";
import * as schema from "../../src/db/schema.ts";
import { connections } from "../../src/db/schema.ts";
import { type ClientSecretCredential, credentialAad, seedDefaultConnection } from "../../src/db/seed.ts";
import { DB_KINDS, openTestDatabase, type TestDatabase } from "../support/databases.ts";
import { TEST_MASTER_KEY, testConfig } from "../support/test-app.ts";

// Every table the schema declares, and every migration drizzle-kit wrote (so adding either keeps this
// test meaningful without editing it): the migrations must create exactly the schema's tables.
const TABLES = (Object.values(schema) as unknown[])
  .filter((value): value is PgTable => is(value, PgTable))
  .map((table) => getTableName(table))
  .sort();
const MIGRATIONS = (
  JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8")) as {
    entries: unknown[];
  }
).entries.length;

describe.each(DB_KINDS)("database on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(kind);
  });
  afterAll(() => t?.close());

  it("has every table after the migrations, and migrating again changes nothing", async () => {
    const { db } = t.database;
    const tables = async () =>
      (
        await queryRows<{ table_name: string }>(
          db,
          sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
        )
      ).map((row) => row.table_name);
    expect(await tables()).toEqual(TABLES);
    await migrate(t.database);
    expect(await tables()).toEqual(TABLES);
    const applied = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
    );
    expect(applied[0]?.n).toBe(MIGRATIONS);
  });

  it("seeds the default connection once, its credential encrypted (AES-256-GCM, row-bound)", async () => {
    const { db } = t.database;
    const config = testConfig();
    expect(await seedDefaultConnection(db, config, TEST_MASTER_KEY)).toBe(true);
    expect(await seedDefaultConnection(db, config, TEST_MASTER_KEY)).toBe(false);
    const rows = await db.select().from(connections);
    expect(rows).toHaveLength(1);
    const row = rows[0];
    expect(row).toMatchObject({
      subscriptionId: "00000000-0000-0000-0000-000000000000",
      resourceGroup: "keyturn-dev",
      workspace: null,
      baseUrl: "http://127.0.0.1:8090",
      credentialKind: "client_secret",
      version: 1,
    });
    const envelope = row?.encryptedCredential ?? "";
    expect(envelope).not.toContain("keyturn-bff-dev-secret");
    const credential = JSON.parse(
      decryptText(TEST_MASTER_KEY, envelope, credentialAad(row?.id ?? "")),
    ) as ClientSecretCredential;
    expect(credential).toMatchObject({ clientId: "keyturn-bff", clientSecret: "keyturn-bff-dev-secret" });
    expect(() => decryptText(TEST_MASTER_KEY, envelope, credentialAad("another-row"))).toThrow(
      DecryptionError,
    );

    // Tampering with the stored value is detected (GCM tag), not decrypted into garbage.
    const tampered = `${envelope.slice(0, -4)}${envelope.slice(-4) === "AAAA" ? "BBBB" : "AAAA"}`;
    await db
      .update(connections)
      .set({ encryptedCredential: tampered })
      .where(eq(connections.id, row?.id ?? ""));
    const [stored] = await db.select().from(connections);
    expect(() =>
      decryptText(TEST_MASTER_KEY, stored?.encryptedCredential ?? "", credentialAad(row?.id ?? "")),
    ).toThrow(DecryptionError);

    // A deleted default stays deleted.
    await db.delete(connections);
    expect(await seedDefaultConnection(db, config, TEST_MASTER_KEY)).toBe(false);
  });
});
