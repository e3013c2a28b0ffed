import { verify } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditDown, auditUp } from "../../../test/support/audit-faults.ts";
import { AUDIT_TEST_ENV, appendEvents, auditRows } from "../../../test/support/audit-fixtures.ts";
import { DB_KINDS, openTestDatabase, type TestDatabase } from "../../../test/support/databases.ts";
import { expectProblem } from "../../../test/support/problem.ts";
import { bearer, createTestApp } from "../../../test/support/test-app.ts";
import { createTestIssuer, type PersonaName, type TestIssuer } from "../../../test/support/test-issuer.ts";
import { fromPool } from "../../db/client.ts";
import { auditCheckpoints } from "../../db/schema.ts";
import { checkpointJob } from "./checkpoint-job.ts";
import { checkpointKey } from "./checkpoint-key.ts";
import { createCheckpoint } from "./checkpoints.ts";

type Doc = {
  id: number;
  seq: number;
  hash: string;
  signature: string;
  signedMessage: string;
  publicKey: string;
  valid: boolean;
};

describe.each(DB_KINDS)("audit checkpoints on %s", (kind) => {
  let t: TestDatabase;
  let issuer: TestIssuer;
  let built: ReturnType<typeof createTestApp>;
  const call = async (url: string, who: PersonaName, method = "GET") =>
    built.app.request(url, { method, headers: bearer(await issuer.tokenFor(who)) });
  const key = () => checkpointKey(built.deps.config.audit);

  beforeAll(async () => {
    [t, issuer] = await Promise.all([openTestDatabase(kind), createTestIssuer()]);
    built = createTestApp({ db: t, issuer, env: AUDIT_TEST_ENV });
  });
  afterAll(() => t?.close());

  it("scheduled: skips an empty log, signs the head, then skips while recent or unchanged", async () => {
    const db = t.database.db;
    const at = (minutes: number) => new Date(Date.UTC(2026, 1, 1, 0, minutes));
    const k = await key();
    const scheduled = (minutes: number) =>
      createCheckpoint(db, k, { now: at(minutes), trigger: "scheduled", minIntervalMs: 10 * 60_000 });
    expect(await scheduled(0)).toEqual({ created: false, reason: "empty" });
    await appendEvents(db, 3);
    expect(await scheduled(1)).toMatchObject({ created: true, checkpoint: { seq: 3, trigger: "scheduled" } });
    await appendEvents(db, 1, 4);
    expect(await scheduled(5)).toEqual({ created: false, reason: "recent" });
    expect(await scheduled(12)).toMatchObject({ created: true, checkpoint: { seq: 4 } });
    expect(await scheduled(30)).toEqual({ created: false, reason: "unchanged" });
  });

  it("Admin signs on demand; the download verifies with its own public key, off this server", async () => {
    // The Admin's first request records its sign-in (seq 5) before the handler: that is the head signed.
    const response = await call("/api/audit/checkpoints", "admin", "POST");
    expect(response.status).toBe(201);
    const doc = (await response.json()) as Doc;
    expect(doc).toMatchObject({ seq: 5, valid: true, trigger: "manual" });
    const download = await call(`/api/audit/checkpoints/${doc.id}`, "lead");
    expect(download.headers.get("content-disposition")).toBe(
      `attachment; filename="keyturn-audit-checkpoint-${doc.id}.json"`,
    );
    const copy = (await download.json()) as Doc;
    expect(copy).toEqual(doc);
    expect(JSON.parse(copy.signedMessage)).toMatchObject({
      seq: 5,
      hash: doc.hash,
      type: "keyturn.audit-checkpoint.v1",
    });
    expect(
      verify(null, Buffer.from(copy.signedMessage), copy.publicKey, Buffer.from(copy.signature, "base64")),
    ).toBe(true);
    const tampered = copy.signedMessage.replace('"seq":5', '"seq":6');
    expect(verify(null, Buffer.from(tampered), copy.publicKey, Buffer.from(copy.signature, "base64"))).toBe(
      false,
    );
  });

  it("lists newest first with cursor paging; 404 for an unknown id", async () => {
    const first = (await (await call("/api/audit/checkpoints?limit=2", "admin")).json()) as {
      items: Doc[];
      next: number;
    };
    expect(first.items.map((d) => d.seq)).toEqual([5, 4]);
    const second = (await (
      await call(`/api/audit/checkpoints?limit=2&cursor=${first.next}`, "lead")
    ).json()) as { items: Doc[]; next: null };
    expect(second.items.map((d) => d.seq)).toEqual([3]);
    expect(second.next).toBeNull();
    await expectProblem(await call("/api/audit/checkpoints/999999", "lead"), 404, "not_found");
  });

  it("records who signed on demand, after the checkpoint it names", async () => {
    // (The Auditor's sign-in, recorded by the download above, came later: take the checkpoint's record.)
    const last = (await auditRows(t.database)).filter((r) => r.action === "audit.checkpoint").at(-1);
    const [newest] = (
      (await (await call("/api/audit/checkpoints?limit=1", "admin")).json()) as { items: Doc[] }
    ).items;
    expect(last).toMatchObject({
      action: "audit.checkpoint",
      outcome: "success",
      seq: (newest?.seq ?? 0) + 1,
      details: { checkpointId: newest?.id, checkpointSeq: newest?.seq },
    });
  });

  it("fails closed: when the audit write fails no checkpoint is kept (503)", async () => {
    const before = await t.database.db.select().from(auditCheckpoints);
    await auditDown(t.database);
    try {
      await expectProblem(await call("/api/audit/checkpoints", "admin", "POST"), 503, "audit_unavailable");
    } finally {
      await auditUp(t.database);
    }
    expect(await t.database.db.select().from(auditCheckpoints)).toEqual(before);
  });

  it("only Admin signs on demand (refusals recorded as denied); only Auditor and Admin read", async () => {
    await expectProblem(await call("/api/audit/checkpoints", "lead", "POST"), 403, "forbidden");
    expect((await auditRows(t.database)).at(-1)).toMatchObject({
      action: "audit.checkpoint",
      outcome: "denied",
    });
    await expectProblem(await call("/api/audit/checkpoints", "operator", "POST"), 403, "forbidden");
    for (const who of ["operator", "support", "norole"] as const) {
      await expectProblem(await call("/api/audit/checkpoints", who), 403, "forbidden");
      await expectProblem(await call("/api/audit/checkpoints/1", who), 403, "forbidden");
    }
  });

  it("the job signs at start and stops cleanly", async () => {
    await appendEvents(t.database.db, 1, 5);
    const head = (await auditRows(t.database)).at(-1)?.seq;
    const audit = { ...built.deps.config.audit, checkpointIntervalMs: 60_000 };
    const deps = {
      ...built.deps,
      config: { ...built.deps.config, audit },
      now: () => new Date(Date.UTC(2026, 11, 15)),
    };
    const job = checkpointJob(deps);
    job.start();
    await job.stop();
    const rows = await t.database.db.select().from(auditCheckpoints);
    expect(rows.map((r) => r.seq)).toContain(head);
  });

  it.runIf(kind === "postgres")("replicas running the schedule at once make one checkpoint", async () => {
    await appendEvents(t.database.db, 2, 6);
    const replicas = Array.from({ length: 4 }, () =>
      fromPool(new pg.Pool({ connectionString: t.url ?? "", max: 2 })),
    );
    try {
      const k = await key();
      const now = new Date(Date.UTC(2027, 0, 1));
      const results = await Promise.all(
        replicas.map((r) => createCheckpoint(r.db, k, { now, trigger: "scheduled", minIntervalMs: 60_000 })),
      );
      expect(results.filter((r) => r.created)).toHaveLength(1);
    } finally {
      await Promise.all(replicas.map((r) => r.close()));
    }
  });
});
