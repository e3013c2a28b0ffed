import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditCheckpoints } from "../../src/db/schema.ts";
import { chainHash, rowToEvent } from "../../src/features/audit/audit-chain.ts";
import { auditRows, tamper } from "../support/audit-fixtures.ts";
import { verifyFixture } from "../support/audit-verify-fixture.ts";
import { DB_KINDS } from "../support/databases.ts";

// Security property 19: editing, deleting, reordering or truncating audit rows directly in the
// database (triggers disabled, as a superuser could) is detected and located; an untouched log verifies.

describe.each(DB_KINDS)("audit verify against tampering on %s", (kind) => {
  const { f, verify, checkpoint } = verifyFixture(kind);

  it("an untouched log verifies, and the verify is itself audited", async () => {
    await checkpoint(); // signs the head (10: the Admin's sign-in); its own audit.checkpoint record is the 11th
    const report = await verify();
    expect(report).toMatchObject({
      intact: true,
      checked: 11,
      break: null,
      checkpoints: { matched: 1, invalid: 0 },
    });
    const last = (await auditRows(f.t.database)).at(-1);
    expect(last).toMatchObject({ seq: 12, action: "audit.verify", outcome: "success" });
    expect(last?.details).toMatchObject({ intact: true, checked: 11, headSeq: 11 });
    expect((await verify()).intact).toBe(true);
  });

  it("detects an edited field", async () => {
    await tamper(f.t.database, ["update audit_events set outcome = 'failed' where seq = 3"]);
    expect((await verify()).break).toEqual({
      kind: "edited",
      check: "hash-mismatch",
      seq: 3,
      previousSeq: 2,
    });
    const last = (await auditRows(f.t.database)).at(-1);
    expect(last?.details).toMatchObject({ intact: false, breakKind: "edited", breakSeq: 3 });
  });

  it("detects a deleted record", async () => {
    await tamper(f.t.database, ["delete from audit_events where seq = 4"]);
    expect((await verify()).break).toEqual({
      kind: "deleted",
      check: "seq-gap",
      seq: 4,
      previousSeq: 3,
      missing: 1,
    });
  });

  it("detects reordered records", async () => {
    await tamper(f.t.database, [
      "update audit_events set seq = -2 where seq = 2",
      "update audit_events set seq = 2 where seq = 3",
      "update audit_events set seq = 3 where seq = -2",
    ]);
    expect((await verify()).break).toMatchObject({ kind: "reordered", seq: 2, linkedAfterSeq: 3 });
  });

  it("detects a truncated tail against the latest signed checkpoint", async () => {
    await checkpoint(); // signs seq 10
    await tamper(f.t.database, ["delete from audit_events where seq > 5"]);
    expect((await verify()).break).toEqual({
      kind: "truncated",
      check: "anchor-beyond-head",
      seq: 6,
      previousSeq: 5,
      missing: 5,
    });
  });

  it("detects a truncated tail against an anchor the caller kept (checkpoints gone too)", async () => {
    const kept = await checkpoint();
    await tamper(f.t.database, ["delete from audit_events where seq > 6"]);
    await f.t.database.db.execute(sql.raw("alter table audit_checkpoints disable trigger user"));
    await f.t.database.db.delete(auditCheckpoints);
    await f.t.database.db.execute(sql.raw("alter table audit_checkpoints enable trigger user"));
    expect((await verify()).intact).toBe(true);
    expect((await verify({ anchor: { seq: kept.seq, hash: kept.hash } })).break).toMatchObject({
      kind: "truncated",
      seq: 8,
    });
  });

  it("detects a chain re-computed after an edit (every link re-hashed) by the signed checkpoint", async () => {
    await checkpoint();
    const rows = await auditRows(f.t.database);
    const forged: string[] = [];
    let prev = (rows[1] as (typeof rows)[number]).hash;
    for (const row of rows.slice(2)) {
      const changed = { ...row, prevHash: prev, ...(row.seq === 3 ? { outcome: "failed" } : {}) };
      const hash = chainHash(prev, row.seq, rowToEvent(changed));
      forged.push(
        `update audit_events set outcome = '${changed.outcome}', prev_hash = '${prev}', hash = '${hash}' where seq = ${row.seq}`,
      );
      prev = hash;
    }
    await tamper(f.t.database, forged);
    expect((await verify()).break).toEqual({
      kind: "edited",
      check: "anchor-mismatch",
      seq: 10,
      previousSeq: 0,
    });
  });

  it("ignores (and counts) a checkpoint whose signature does not verify", async () => {
    const real = await checkpoint();
    await f.t.database.db.insert(auditCheckpoints).values({
      seq: 100,
      hash: "f".repeat(64),
      signedAt: new Date(),
      keyId: "0000000000000000",
      signature: Buffer.alloc(64).toString("base64"),
      publicKey: "forged",
      trigger: "manual",
    });
    const report = await verify();
    expect(report).toMatchObject({
      intact: true,
      checkpoints: { invalid: 1, latest: { id: real.id, seq: 10 } },
    });
  });
});
