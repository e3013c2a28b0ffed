import { gt, type SQL } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureEvent, tamper } from "../../../test/support/audit-fixtures.ts";
import { DB_KINDS, openTestDatabase, type TestDatabase } from "../../../test/support/databases.ts";
import { auditEvents } from "../../db/schema.ts";
import { appendAudit } from "./audit-append.ts";
import { type AuditRow, chainHash, eventToRow, GENESIS_HASH, rowToEvent } from "./audit-chain.ts";
import { ConfirmedRow, PiecedRow, selectWalkRows, walkRowOf } from "./walk-rows.ts";

// The verify walk hashes canonical JSON that PostgreSQL assembles (and hashes); these tests pin it to
// the writer's canonicalJson byte for byte, with hostile strings, on both databases, and prove that a
// row edited in the database is never confirmed.

const text = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }).map((s) => s.replaceAll("\u0000", "")),
  fc.constantFrom(
    "",
    'q"uote',
    "back\\slash",
    "nl\n\r\t\b\f",
    "\u0001\u001f\u007f",
    "ünï ✓ 😀",
    "\u2028",
    ',"seq":0,',
  ),
);
const nullable = fc.option(text, { nil: null });
const detailValue = fc.oneof(
  text,
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
  fc.boolean(),
  fc.constant(null),
);

/** Rows as a writer with any content would chain them (no schema: the walk must hash whatever is stored). */
const rows = fc
  .array(
    fc.record({
      actor: fc.record({ oid: text, name: text, username: text, roles: fc.array(text, { maxLength: 3 }) }),
      action: text,
      target: fc.record({
        workspace: nullable,
        deployment: nullable,
        keyType: fc.constantFrom(null, "Primary", "Secondary"),
      }),
      at: fc
        .date({ min: new Date(Date.UTC(1990, 0)), max: new Date(Date.UTC(2200, 0)), noInvalidDate: true })
        .map((d) => d.toISOString()),
      outcome: text,
      requestId: text,
      clientAddress: nullable,
      userAgent: nullable,
      details: fc.dictionary(fc.oneof(text, fc.constant("seq")), detailValue, {
        maxKeys: 4,
        noNullPrototype: true,
      }),
    }),
    { minLength: 1, maxLength: 25 },
  )
  .map((events) => {
    let prev = GENESIS_HASH;
    return events.map((raw, i) => {
      const event = {
        ...raw,
        target: Object.fromEntries(Object.entries(raw.target).filter(([, v]) => v !== null)),
      } as never;
      const hash = chainHash(prev, i + 1, event);
      const row = eventToRow(i + 1, prev, hash, event);
      prev = hash;
      return row;
    });
  });

describe("walkRowOf (in memory)", () => {
  it("recomputes the writer's hash under the row's seq, and under any other seq", () => {
    fc.assert(
      fc.property(rows, (chain) => {
        for (const row of chain) {
          const walk = walkRowOf(row);
          expect(walk.hashAt(row.seq)).toBe(row.hash);
          expect(walk.selfOk).toBe(true);
          expect(walk.hashAt(row.seq + 3)).toBe(chainHash(row.prevHash, row.seq + 3, rowToEvent(row)));
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe.each(DB_KINDS)("selectWalkRows on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(kind);
  });
  afterAll(() => t?.close());

  it("PostgreSQL's canonical pieces hash exactly as the writer did, for any stored content", async () => {
    let offset = 0;
    await fc.assert(
      fc.asyncProperty(rows, async (chain) => {
        const stored: AuditRow[] = chain.map((r) => ({ ...r, seq: r.seq + offset }));
        // seq shifted per run: rehash under the stored seq
        let prev = offset === 0 ? GENESIS_HASH : "";
        const rehashed = stored.map((r) => {
          const prevHash = prev || r.prevHash;
          const hash = chainHash(prevHash, r.seq, rowToEvent(r));
          prev = hash;
          return { ...r, prevHash, hash };
        });
        await t.database.db.insert(auditEvents).values(rehashed);
        const walked = await selectWalkRows(t.database.db, gt(auditEvents.seq, offset) as SQL);
        expect(walked.map((w) => w.hashAt(w.seq))).toEqual(rehashed.map((r) => r.hash));
        expect(walked.every((w) => w.selfOk)).toBe(true);
        // Rows PostgreSQL could not confirm were re-hashed in Node, and can be under any seq.
        for (const [i, w] of walked.entries()) {
          if (w instanceof ConfirmedRow) continue;
          const r = rehashed[i] as AuditRow;
          expect(w.hashAt(w.seq + 2)).toBe(chainHash(r.prevHash, r.seq + 2, rowToEvent(r)));
        }
        offset += chain.length;
      }),
      { numRuns: 40 },
    );
  });

  it("agrees with rows the real writer appended", async () => {
    const before = await t.database.db.$count(auditEvents);
    for (let i = 1; i <= 5; i++) await t.database.db.transaction((tx) => appendAudit(tx, fixtureEvent(i)));
    const walked = await selectWalkRows(t.database.db, gt(auditEvents.seq, before) as SQL);
    expect(walked).toHaveLength(5);
    // The details Keyturn writes canonicalise alike in PostgreSQL: every row confirmed there.
    for (const w of walked) expect(w).toBeInstanceOf(ConfirmedRow);
  });

  it("re-hashes in Node the rows whose details PostgreSQL writes differently, and confirms them", async () => {
    const before = await t.database.db.$count(auditEvents);
    const awkward: Record<string, number>[] = [
      { big: 1e21 },
      { small: 1e-7 },
      { "\u{1F600}": 1, "\uFFFD": 2 },
    ];
    for (const [i, details] of awkward.entries()) {
      await t.database.db.transaction((tx) => appendAudit(tx, fixtureEvent(i, { details })));
    }
    const walked = await selectWalkRows(t.database.db, gt(auditEvents.seq, before) as SQL);
    expect(walked.map((w) => w instanceof PiecedRow)).toEqual([true, true, true]);
    expect(walked.every((w) => w.selfOk)).toBe(true);
  });

  it("never confirms a row whose content was edited in the database", async () => {
    const edits: string[] = [
      "action = action || 'x'",
      "actor_name = actor_name || ' '",
      "actor_roles = pg_catalog.array_append(actor_roles, 'Admin')",
      '"at" = "at" + interval \'1 millisecond\'',
      "outcome = 'success!'",
      "request_id = 'req-forged'",
      "client_address = null",
      "user_agent = 'curl'",
      "target_workspace = 'ws-other'",
      "target_key_type = null",
      'details = details || \'{"fingerprint":"ffffffffffff"}\'::jsonb',
      'details = \'{"fingerprint":"0123456789ab","extra":true}\'::jsonb',
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...edits), fc.integer({ min: 0, max: 3 }), async (edit, pick) => {
        const before = await t.database.db.$count(auditEvents);
        for (let i = 1; i <= 4; i++) {
          await t.database.db.transaction((tx) => appendAudit(tx, fixtureEvent(2 * i)));
        }
        const target = before + 1 + pick;
        await tamper(t.database, [`update audit_events set ${edit} where seq = ${target}`]);
        const walked = await selectWalkRows(t.database.db, gt(auditEvents.seq, before) as SQL);
        expect(walked.map((w) => (w.seq === target ? !w.selfOk : w.selfOk))).toEqual([
          true,
          true,
          true,
          true,
        ]);
        expect(walked.find((w) => w.seq === target)).toBeInstanceOf(PiecedRow);
      }),
      { numRuns: 24 },
    );
  });
});
