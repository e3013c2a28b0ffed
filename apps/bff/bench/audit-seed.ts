import type { AuditAction, AuditEvent, AuditOutcome } from "@keyturn/auth-domain";
import type pg from "pg";
import { eventToRow, GENESIS_HASH, normalizeEvent } from "../src/features/audit/audit-chain.ts";
import { rowChainHash } from "../src/features/audit/event-json.ts";

// Bulk-loads a valid hash chain for the benchmarks: events are generated and chained in Node (the
// very chainHash the BFF uses), then inserted 10,000 at a time as one JSON document.

const ACTIONS: AuditAction[] = [
  "session.seen",
  "session.seen",
  "session.seen",
  "key.regenerate",
  "key.reveal",
  "token.get",
  "token.get",
  "test-call.run",
  "test-call.run",
  "enforcement.verify",
  "deployment.auth-settings.change",
  "deployment.create",
  "deployment.delete",
  "policy.change",
  "audit.export",
  "audit.verify",
];
const OUTCOMES: AuditOutcome[] = ["success", "success", "success", "success", "intent", "denied", "failed"];
const ROLES = [["Operator"], ["KeyRotator"], ["Auditor"], ["Admin"], ["Operator", "Admin"]];

const hex = (n: number, width: number) => n.toString(16).padStart(width, "0");
/** A deterministic GUID for actor `i`. */
export const actorOid = (i: number) => `${hex(i, 8)}-0000-4000-8000-${hex(i * 7919, 12)}`;
export const actorUsername = (i: number) => `user${i}@contoso.test`;
export const BENCH_START = Date.parse("2026-01-01T00:00:00.000Z");
/** One event every 2.6 s: 1,000,000 events span about 30 days. */
export const BENCH_STEP_MS = 2_600;

/** A 32-bit mix of (seq, salt): each attribute drawn independently. */
const mix = (seq: number, salt: number) => {
  let h = Math.imul(seq ^ salt, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  return (h ^ (h >>> 13)) >>> 0;
};

export function benchEvent(seq: number): AuditEvent {
  const actor = mix(seq, 1) % 50;
  const ws = mix(seq, 2) % 20;
  const dep = mix(seq, 3) % 500;
  const action = ACTIONS[mix(seq, 4) % ACTIONS.length] as AuditAction;
  const keyed = action.startsWith("key.");
  const r = mix(seq, 5);
  return {
    actor: {
      oid: actorOid(actor),
      name: `User ${actor}`,
      username: actorUsername(actor),
      roles: ROLES[actor % ROLES.length] as string[],
    },
    action,
    target:
      action === "session.seen"
        ? {}
        : {
            workspace: `ws-${ws}`,
            deployment: `model-${dep}`,
            ...(keyed ? { keyType: r & 1 ? "Primary" : "Secondary" } : {}),
          },
    at: new Date(BENCH_START + seq * BENCH_STEP_MS).toISOString(),
    outcome: OUTCOMES[mix(seq, 6) % OUTCOMES.length] as AuditOutcome,
    requestId: `req-${hex(seq, 8)}`,
    clientAddress: `10.0.${ws}.${actor}`,
    userAgent: "Mozilla/5.0 (X11; Linux x86_64) KeyturnBench/1.0",
    details: keyed ? { fingerprint: hex(r, 12), attempt: 1 } : {},
  };
}

/** The row as json_populate_recordset(null::audit_events, …) reads it (column names). */
function rowJson(seq: number, prev: string, hash: string, e: AuditEvent) {
  return {
    seq,
    prev_hash: prev,
    hash,
    actor_oid: e.actor.oid,
    actor_name: e.actor.name,
    actor_username: e.actor.username,
    actor_roles: e.actor.roles,
    action: e.action,
    target_workspace: e.target.workspace ?? null,
    target_deployment: e.target.deployment ?? null,
    target_key_type: e.target.keyType ?? null,
    at: e.at,
    outcome: e.outcome,
    request_id: e.requestId,
    client_address: e.clientAddress,
    user_agent: e.userAgent,
    details: e.details,
  };
}

const INSERT = "insert into audit_events select * from json_populate_recordset(null::audit_events, $1::json)";

/**
 * Appends events `from..to` (inclusive) to a chain whose head hash is `prev`; returns the new head.
 * Each batch is one JSON parameter; the next batch is built while the database inserts this one.
 */
export async function loadChain(
  client: pg.Client,
  from: number,
  to: number,
  prev = GENESIS_HASH,
  batch = 10_000,
) {
  // Secondary indexes are dropped for the load and built again after (much faster than maintained).
  const { rows: indexes } = await client.query<{ name: string; def: string }>(
    `select indexname as name, indexdef as def from pg_indexes where tablename = 'audit_events'
       and indexname not in (select conname from pg_constraint where conrelid = 'audit_events'::regclass)`,
  );
  for (const index of indexes) await client.query(`drop index ${index.name}`);
  let pending: Promise<unknown> = Promise.resolve();
  for (let start = from; start <= to; start += batch) {
    const rows: unknown[] = [];
    for (let seq = start; seq <= Math.min(to, start + batch - 1); seq++) {
      const e = normalizeEvent(benchEvent(seq));
      // The walk's fast hash (pinned to chainHash by event-json.test.ts): the load is Node-bound.
      const hash = rowChainHash(prev, seq, eventToRow(seq, prev, "", e));
      rows.push(rowJson(seq, prev, hash, e));
      prev = hash;
    }
    const json = JSON.stringify(rows);
    await pending;
    pending = client.query(INSERT, [json]);
  }
  await pending;
  for (const index of indexes) await client.query(index.def);
  return prev;
}
