import type { AuditEvent } from "@keyturn/auth-domain";
import { asc, sql } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type Database, fromPool } from "../../src/db/client.ts";
import { auditEvents, policies } from "../../src/db/schema.ts";
import { ApiError } from "../../src/errors/api-error.ts";
import { appendAudit } from "../../src/features/audit/audit-append.ts";
import { verifyChain } from "../../src/features/audit/audit-chain.ts";
import { auditedCall, auditedChange } from "../../src/features/audit/audit-write.ts";
import { auditDown, auditUp } from "../support/audit-faults.ts";
import { DB_KINDS, openTestDatabase, type TestDatabase } from "../support/databases.ts";

const event = (n: number, overrides: Partial<AuditEvent> = {}): AuditEvent => ({
  actor: { oid: "oid-1", name: "Sam Support", username: "support@keyturn.test", roles: ["KeyRotator"] },
  action: "key.regenerate",
  target: { workspace: "ws-east", deployment: `svc-${n}`, keyType: "Secondary" },
  at: new Date(Date.UTC(2026, 0, 1, 0, 0, n)).toISOString(),
  outcome: "success",
  requestId: `req-${n}`,
  clientAddress: null,
  userAgent: "vitest",
  details: { fingerprint: "0123456789ab", n },
  ...overrides,
});

async function rows(database: Database) {
  return database.db.select().from(auditEvents).orderBy(asc(auditEvents.seq));
}

/** Empties the append-only log between tests (the guard triggers are lifted for this only). */
async function clearAudit(database: Database) {
  await database.db.execute(sql`alter table audit_events disable trigger audit_events_no_truncate`);
  await database.db.execute(sql`truncate audit_events`);
  await database.db.execute(sql`alter table audit_events enable trigger audit_events_no_truncate`);
}

describe.each(DB_KINDS)("audit log on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(kind);
  });
  afterAll(() => t?.close());
  beforeEach(async () => {
    await auditUp(t.database);
    await clearAudit(t.database);
  });

  it("appends and links: seq 1, 2, 3 with each prev_hash the previous hash; the walk verifies", async () => {
    const { db } = t.database;
    for (let n = 1; n <= 3; n++) await db.transaction((tx) => appendAudit(tx, event(n)));
    const all = await rows(t.database);
    expect(all.map((r) => r.seq)).toEqual([1, 2, 3]);
    expect(all[0]?.prevHash).toBe("0".repeat(64));
    expect(all[1]?.prevHash).toBe(all[0]?.hash);
    expect(all[2]?.prevHash).toBe(all[1]?.hash);
    expect(verifyChain(all)).toMatchObject({ ok: true, count: 3 });
  });

  it("refuses events that fail the schema (e.g. a secret-looking detail) and writes nothing", async () => {
    const { db } = t.database;
    const leaky = event(1, { details: { key: "c2VjcmV0LWtleS12YWx1ZS10aGF0LWlzLWxvbmctZW5vdWdo" } });
    await expect(db.transaction((tx) => appendAudit(tx, leaky))).rejects.toThrow();
    expect(await rows(t.database)).toHaveLength(0);
  });

  it("is append-only: UPDATE, DELETE and TRUNCATE are refused by the database", async () => {
    const { db } = t.database;
    await db.transaction((tx) => appendAudit(tx, event(1)));
    await expect(db.execute(sql`update audit_events set outcome = 'failed'`)).rejects.toThrow();
    await expect(db.execute(sql`delete from audit_events`)).rejects.toThrow();
    await expect(db.execute(sql`truncate audit_events`)).rejects.toThrow();
    expect(await rows(t.database)).toHaveLength(1);
  });

  it("detects an edit made past the guard (triggers disabled)", async () => {
    const { db } = t.database;
    for (let n = 1; n <= 4; n++) await db.transaction((tx) => appendAudit(tx, event(n)));
    await db.execute(sql`alter table audit_events disable trigger audit_events_no_update_delete`);
    await db.execute(sql`update audit_events set outcome = 'failed' where seq = 2`);
    await db.execute(sql`delete from audit_events where seq = 4`);
    await db.execute(sql`alter table audit_events enable trigger audit_events_no_update_delete`);
    const all = await rows(t.database);
    expect(verifyChain(all)).toMatchObject({ ok: false, seq: 2, reason: "altered" });
  });

  it("keeps one gapless chain under concurrent appends from several connections", async () => {
    const writers: Database[] =
      kind === "postgres"
        ? Array.from({ length: 4 }, () => fromPool(new pg.Pool({ connectionString: t.url ?? "", max: 3 })))
        : [t.database];
    try {
      const perWriter = 25;
      await Promise.all(
        writers.flatMap((writer, w) =>
          Array.from({ length: perWriter }, (_, i) =>
            writer.db.transaction((tx) => appendAudit(tx, event(w * perWriter + i + 1))),
          ),
        ),
      );
      const all = await rows(t.database);
      expect(all).toHaveLength(writers.length * perWriter);
      expect(all.map((r) => r.seq)).toEqual(all.map((_, i) => i + 1));
      expect(verifyChain(all)).toMatchObject({ ok: true, count: writers.length * perWriter });
    } finally {
      if (kind === "postgres") await Promise.all(writers.map((writer) => writer.close()));
    }
  });

  it("auditedCall records intent then success, or intent then failed (and rethrows)", async () => {
    const { db } = t.database;
    const { outcome: _o, at: _a, ...intent } = event(1);
    const result = await auditedCall({ db, intent }, async () => "done", {
      successDetails: () => ({ fingerprint: "aaaaaaaaaaaa" }),
    });
    expect(result).toBe("done");
    const failure = new ApiError(503, "provider_unavailable");
    await expect(auditedCall({ db, intent }, async () => Promise.reject(failure))).rejects.toBe(failure);
    const all = await rows(t.database);
    expect(all.map((r) => r.outcome)).toEqual(["intent", "success", "intent", "failed"]);
    expect(all[1]?.details).toMatchObject({ fingerprint: "aaaaaaaaaaaa" });
    expect(all[3]?.details).toMatchObject({ errorCode: "provider_unavailable" });
    expect(verifyChain(all).ok).toBe(true);
  });

  it("fails closed: when the audit write fails the action is not performed (503 audit_unavailable)", async () => {
    const { db } = t.database;
    await auditDown(t.database);
    let performed = false;
    const { outcome: _o, at: _a, ...intent } = event(1);
    const attempt = auditedCall({ db, intent }, async () => {
      performed = true;
    });
    await expect(attempt).rejects.toMatchObject({ status: 503, code: "audit_unavailable" });
    expect(performed).toBe(false);
    await auditUp(t.database);
    expect(await rows(t.database)).toHaveLength(0);
  });

  it("auditedChange commits a change and its record together, or neither", async () => {
    const { db } = t.database;
    const { outcome: _o, at: _a, ...intent } = event(1, { action: "policy.change" });
    const change = (value: number) =>
      auditedChange({ db, intent }, async (tx) => {
        await tx
          .insert(policies)
          .values({ key: "rotation.maxKeyAgeDays", value })
          .onConflictDoUpdate({
            target: policies.key,
            set: { value, version: sql`${policies.version} + 1` },
          });
      });
    await change(90);
    expect(await db.select().from(policies)).toMatchObject([{ value: 90, version: 1 }]);
    await auditDown(t.database);
    await expect(change(30)).rejects.toMatchObject({ status: 503, code: "audit_unavailable" });
    await auditUp(t.database);
    expect(await db.select().from(policies)).toMatchObject([{ value: 90, version: 1 }]);
    expect((await rows(t.database)).map((r) => r.action)).toEqual(["policy.change"]);
  });

  it("auditedChange passes the change's own refusal through and records nothing", async () => {
    const { db } = t.database;
    const { outcome: _o, at: _a, ...intent } = event(1, { action: "policy.change" });
    const stale = new ApiError(412, "precondition_failed");
    await expect(auditedChange({ db, intent }, async () => Promise.reject(stale))).rejects.toBe(stale);
    expect(await rows(t.database)).toHaveLength(0);
  });

  it("auditedCall's commit: the state change and the success commit together, or neither (503)", async () => {
    const { db } = t.database;
    const { outcome: _o, at: _a, ...intent } = event(1);
    const key = "test.audited-commit";
    const stored = () => db.select().from(policies).where(sql`${policies.key} = ${key}`);
    const call = (value: number, before: () => Promise<unknown> = async () => {}) =>
      auditedCall(
        { db, intent },
        async () => {
          await before();
          return value;
        },
        {
          successDetails: (v) => ({ n: v }),
          commit: async (tx, v) => {
            await tx.insert(policies).values({ key, value: v });
          },
        },
      );

    expect(await call(7)).toBe(7);
    expect(await stored()).toMatchObject([{ value: 7 }]);
    await db.delete(policies).where(sql`${policies.key} = ${key}`);
    // The intent is written; then the log refuses the success: the change must not stay.
    const attempt = call(8, () => auditDown(t.database));
    await expect(attempt).rejects.toMatchObject({
      status: 503,
      code: "audit_unavailable",
      detail: expect.stringContaining("could not be recorded"),
    });
    await auditUp(t.database);
    expect(await stored()).toEqual([]);
    const all = await rows(t.database);
    expect(all.map((r) => r.outcome)).toEqual(["intent", "success", "intent"]);
    expect(all[1]?.details).toEqual({ ...intent.details, n: 7, intentSeq: all[0]?.seq });
    expect(verifyChain(all).ok).toBe(true);
  });
});
