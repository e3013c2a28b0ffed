import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditEvents } from "../../src/db/schema.ts";
import { appendAudit } from "../../src/features/audit/audit-append.ts";
import { verifyAuditLog } from "../../src/features/audit/audit-verify.ts";
import { checkpointKey } from "../../src/features/audit/checkpoint-key.ts";
import { auditDown, auditUp } from "../support/audit-faults.ts";
import { AUDIT_TEST_ENV, appendEvents, auditRows, fixtureEvent, tamper } from "../support/audit-fixtures.ts";
import { verifyFixture } from "../support/audit-verify-fixture.ts";
import { DB_KINDS, openTestDatabase } from "../support/databases.ts";
import { expectProblem } from "../support/problem.ts";
import { bearer, createTestApp } from "../support/test-app.ts";

// The verify walk's batching and anchors, its fail-closed audit record, and strings PostgreSQL
// stores differently from how JavaScript holds them.

describe.each(DB_KINDS)("audit verify walk on %s", (kind) => {
  const { f, checkpoint } = verifyFixture(kind);

  it("walks in small batches with anchors at batch edges", async () => {
    const first = await checkpoint();
    await appendEvents(f.t.database.db, 3, 9);
    await checkpoint();
    const key = await checkpointKey(f.built.deps.config.audit);
    for (const batchSize of [1, 2, 3, 8]) {
      const report = await verifyAuditLog(f.t.database.db, { key, batchSize });
      expect(report, `batch ${batchSize}`).toMatchObject({
        intact: true,
        checked: 15, // 8 events, 2 sign-ins, 3 events and the two checkpoints' own audit.checkpoint records
        checkpoints: { matched: 2 },
      });
    }
    await tamper(f.t.database, [
      `update audit_events set hash = '${"e".repeat(64)}' where seq = ${first.seq}`,
    ]);
    const report = await verifyAuditLog(f.t.database.db, { key, batchSize: 3 });
    expect(report.break).toMatchObject({ kind: "edited", seq: 10 });
  });

  it("reads ranges ahead in parallel and still locates the first break, across range edges", async () => {
    const key = await checkpointKey(f.built.deps.config.audit);
    // Records 4 to 6 deleted, and record 9 edited: only the first break counts.
    await tamper(f.t.database, [
      "delete from audit_events where seq between 4 and 6",
      "update audit_events set outcome = 'failed' where seq = 8",
    ]);
    for (const batchSize of [1, 2, 3, 4, 7]) {
      for (const inFlight of [1, 2, 3, 5]) {
        const report = await verifyAuditLog(f.t.database.db, { key, batchSize, inFlight });
        expect(report, `batch ${batchSize}, ${inFlight} in flight`).toMatchObject({
          intact: false,
          checked: 3,
          break: { kind: "deleted", check: "seq-gap", seq: 4, previousSeq: 3, missing: 3 },
        });
      }
    }
  });

  it("fails closed: a verify that cannot be audited answers 503 and records nothing", async () => {
    // The Admin's sign-in is already recorded (the fixture), so the 503 is the verify's own.
    const before = (await auditRows(f.t.database)).length;
    await auditDown(f.t.database);
    try {
      const response = await f.built.app.request("/api/audit/verify", {
        method: "POST",
        headers: bearer(await f.issuer.tokenFor("admin")),
      });
      await expectProblem(response, 503, "audit_unavailable");
    } finally {
      await auditUp(f.t.database);
    }
    expect(await auditRows(f.t.database)).toHaveLength(before);
    const [head] = await f.t.database.db.select().from(auditEvents).where(eq(auditEvents.seq, before));
    expect(head?.action).toBe("session.seen");
  });
});

describe.each(DB_KINDS)("audit strings PostgreSQL cannot store as written, on %s", (kind) => {
  it("a lone surrogate in a claim is hashed as stored (U+FFFD), so the untouched log verifies", async () => {
    const t = await openTestDatabase(kind);
    try {
      const event = fixtureEvent(1, {
        actor: { oid: "o", name: "Ann\uD800e", username: "a@b", roles: ["\uDC00"] },
      });
      await t.database.db.transaction((tx) => appendAudit(tx, event));
      const [row] = await auditRows(t.database);
      expect(row?.actorName).toBe("Ann\uFFFDe");
      const key = await checkpointKey(createTestApp({ db: t, env: AUDIT_TEST_ENV }).deps.config.audit);
      expect(await verifyAuditLog(t.database.db, { key })).toMatchObject({ intact: true, checked: 1 });
    } finally {
      await t.close();
    }
  });
});
