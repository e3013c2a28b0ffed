import type { AuditEvent } from "@keyturn/auth-domain";
import { asc, sql } from "drizzle-orm";
import type { Database, Db } from "../../src/db/client.ts";
import { auditEvents } from "../../src/db/schema.ts";
import { appendAudit } from "../../src/features/audit/audit-append.ts";
import { type AuditRow, chainHash, eventToRow, GENESIS_HASH } from "../../src/features/audit/audit-chain.ts";

/** A fixed Ed25519 checkpoint key (PKCS#8 DER, base64) for KEYTURN_AUDIT_CHECKPOINT_KEY: no key file. */
export const TEST_CHECKPOINT_KEY = "MC4CAQAwBQYDK2VwBCIEIAcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcH";
export const AUDIT_TEST_ENV = { KEYTURN_AUDIT_CHECKPOINT_KEY: TEST_CHECKPOINT_KEY };

/** A valid event; `n` varies the request id, actor and target so filters have something to pick. */
export function fixtureEvent(n: number, overrides: Partial<AuditEvent> = {}): AuditEvent {
  return {
    actor: {
      oid: `00000000-0000-4000-8000-${String(n % 3).padStart(12, "0")}`,
      name: `User ${n % 3}`,
      username: `user${n % 3}@keyturn.test`,
      roles: ["Operator"],
    },
    action: n % 2 === 0 ? "key.regenerate" : "token.get",
    target: {
      workspace: `ws-${n % 2}`,
      deployment: `model-${n % 5}`,
      ...(n % 2 === 0 ? { keyType: "Primary" } : {}),
    },
    at: new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString(),
    outcome: n % 7 === 3 ? "denied" : "success",
    requestId: `req-${n}`,
    clientAddress: "10.0.0.1",
    userAgent: "vitest",
    details: n % 2 === 0 ? { fingerprint: "0123456789ab" } : {},
    ...overrides,
  };
}

/** Appends events 1..n through the real writer (advisory lock, schema, chain). */
export async function appendEvents(db: Db, n: number, from = 1): Promise<void> {
  for (let i = from; i < from + n; i++) await db.transaction((tx) => appendAudit(tx, fixtureEvent(i)));
}

/** A valid in-memory chain of n rows (no database). */
export function chainRows(n: number): AuditRow[] {
  const rows: AuditRow[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const event = fixtureEvent(seq);
    const hash = chainHash(prev, seq, event);
    rows.push(eventToRow(seq, prev, hash, event));
    prev = hash;
  }
  return rows;
}

export const auditRows = (database: Database) =>
  database.db.select().from(auditEvents).orderBy(asc(auditEvents.seq));

/**
 * Runs SQL against audit_events as an attacker with database access would: with the append-only
 * triggers disabled (as a superuser or the owner can), re-enabled afterwards.
 */
export async function tamper(database: Database, statements: string[]): Promise<void> {
  const { db } = database;
  await db.execute(sql.raw("alter table audit_events disable trigger user"));
  try {
    for (const statement of statements) await db.execute(sql.raw(statement));
  } finally {
    await db.execute(sql.raw("alter table audit_events enable trigger user"));
  }
}
