import { newRotation } from "@keyturn/auth-domain";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, fromPool } from "../../src/db/client.ts";
import { ApiError } from "../../src/errors/api-error.ts";
import type { StoredState } from "../../src/features/rotations/rotation-record.ts";
import {
  claimOrphans,
  insertRotation,
  loadRotation,
  saveRotation,
} from "../../src/features/rotations/rotation-store.ts";
import { DB_KINDS, openTestDatabase, type TestDatabase } from "../support/databases.ts";

const actor = { oid: "o", name: "Support", username: "support@keyturn.test", roles: ["KeyRotator"] };
const state = (): StoredState => ({ machine: newRotation({ graceSeconds: 60 }), actor });
const start = (database: Database, deployment: string, holder = "replica-a", leaseMs = 30_000) =>
  insertRotation(database.db, {
    id: crypto.randomUUID(),
    workspace: "ws-prod-eastus",
    deployment,
    state: state(),
    startedBy: actor.username,
    holder,
    leaseMs,
  });
const outcome = (p: Promise<unknown>) =>
  p.then(
    () => "started",
    (err: unknown) => (err instanceof ApiError ? `${err.status} ${err.code}` : String(err)),
  );

describe.each(DB_KINDS)("the rotations' store on %s", (kind) => {
  let db: TestDatabase;
  /** A second replica's connections (PostgreSQL); PGlite is one process's database. */
  let other: Database;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
    other = db.url ? fromPool(new pg.Pool({ connectionString: db.url, max: 5 })) : db.database;
  });
  afterAll(async () => {
    if (other !== db?.database) await other?.close();
    await db?.close();
  });

  it("lets one rotation per deployment be in progress, whichever replica starts it", async () => {
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => outcome(start(i % 2 ? other : db.database, "churn-predictor"))),
    );
    expect(results.filter((r) => r === "started")).toHaveLength(1);
    expect(results.filter((r) => r === "409 conflict")).toHaveLength(7);
    // Another deployment is not held up by it.
    expect(await outcome(start(db.database, "pricing-aci"))).toBe("started");
  });

  it("answers 409, starting nothing, when the policy it follows was deleted a moment before", async () => {
    const gone = insertRotation(db.database.db, {
      id: crypto.randomUUID(),
      workspace: "ws-prod-eastus",
      deployment: "policy-gone",
      state: state(),
      startedBy: actor.username,
      holder: "replica-a",
      leaseMs: 30_000,
      policyId: crypto.randomUUID(),
    });
    expect(await outcome(gone)).toBe("409 conflict");
    expect(await outcome(start(db.database, "policy-gone"))).toBe("started");
  });

  it("allows the next rotation once the last one is over", async () => {
    const first = await start(db.database, "vision-tagger");
    const over = { ...first.machine, phase: "cancelled" as const };
    expect(await saveRotation(db.database.db, first, { state: { machine: over, actor }, steps: [] })).toBe(
      true,
    );
    expect(await outcome(start(other, "vision-tagger"))).toBe("started");
  });

  it("writes only against the version read: a second writer of the same version loses", async () => {
    const r = await start(db.database, "kiosk-aci");
    const next = { state: { machine: { ...r.machine, phase: "cancelled" as const }, actor }, steps: [] };
    const both = await Promise.all([saveRotation(db.database.db, r, next), saveRotation(other.db, r, next)]);
    expect(both.sort()).toEqual([false, true]);
    expect((await loadRotation(db.database.db, r.id))?.version).toBe(r.version + 1);
  });

  it("hands each orphan (lease run out) to exactly one replica, and leaves held ones alone", async () => {
    const orphans = await Promise.all(
      ["o-1", "o-2", "o-3"].map((name) => start(db.database, name, "dead-replica", 0)),
    );
    const held = await start(db.database, "held", "live-replica", 60_000);
    const [a, b] = await Promise.all([
      claimOrphans(db.database.db, "replica-a", 30_000),
      claimOrphans(other.db, "replica-b", 30_000),
    ]);
    const claimed = [...a, ...b].filter((id) => orphans.some((o) => o.id === id));
    expect(claimed.sort()).toEqual(orphans.map((o) => o.id).sort());
    expect([...a, ...b]).not.toContain(held.id);
    expect(await claimOrphans(db.database.db, "replica-c", 30_000)).toEqual([]);
  });
});
