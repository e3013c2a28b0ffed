import { createHash } from "node:crypto";
import type { AuditEvent } from "@keyturn/auth-domain";
import type { auditEvents } from "../../db/schema.ts";
import { canonicalJson } from "./canonical-json.ts";

/** The `prev_hash` of the first record. */
export const GENESIS_HASH = "0".repeat(64);

export type AuditRow = typeof auditEvents.$inferSelect;

/**
 * A string as PostgreSQL will store it: a lone UTF-16 surrogate (possible in a token claim) becomes
 * U+FFFD, so the bytes hashed are the bytes stored and read back by the verify walk.
 */
const wf = <T extends string | null | undefined>(value: T): T =>
  (typeof value === "string" ? (value as unknown as { toWellFormed(): string }).toWellFormed() : value) as T;

/**
 * The event as hashed: `at` normalised to ISO 8601 UTC with milliseconds, absent target fields left
 * out, strings well-formed (see `wf`).
 */
export function normalizeEvent(event: AuditEvent): AuditEvent {
  const { workspace, deployment, keyType } = event.target;
  return {
    ...event,
    actor: {
      oid: wf(event.actor.oid),
      name: wf(event.actor.name),
      username: wf(event.actor.username),
      roles: event.actor.roles.map(wf),
    },
    action: wf(event.action),
    at: new Date(event.at).toISOString(),
    target: {
      ...(workspace == null ? {} : { workspace: wf(workspace) }),
      ...(deployment == null ? {} : { deployment: wf(deployment) }),
      ...(keyType == null ? {} : { keyType }),
    },
    outcome: wf(event.outcome),
    requestId: wf(event.requestId),
    clientAddress: wf(event.clientAddress),
    userAgent: wf(event.userAgent),
    details: Object.fromEntries(Object.entries(event.details).map(([k, v]) => [wf(k), wf(v as string)])),
  };
}

/**
 * `hash = hex(SHA-256(prevHash ‖ canonicalJson({...event, seq})))` — the previous record's hash (hex
 * text) immediately followed by the canonical JSON of this event with its sequence number, as UTF-8.
 */
export function chainHash(prevHash: string, seq: number, event: AuditEvent): string {
  return createHash("sha256")
    .update(prevHash)
    .update(canonicalJson({ ...normalizeEvent(event), seq }))
    .digest("hex");
}

export function eventToRow(seq: number, prevHash: string, hash: string, input: AuditEvent): AuditRow {
  const event = normalizeEvent(input);
  return {
    seq,
    prevHash,
    hash,
    actorOid: event.actor.oid,
    actorName: event.actor.name,
    actorUsername: event.actor.username,
    actorRoles: event.actor.roles,
    action: event.action,
    targetWorkspace: event.target.workspace ?? null,
    targetDeployment: event.target.deployment ?? null,
    targetKeyType: event.target.keyType ?? null,
    at: new Date(event.at),
    outcome: event.outcome,
    requestId: event.requestId,
    clientAddress: event.clientAddress,
    userAgent: event.userAgent,
    details: event.details,
  };
}

/** Rebuilds the event exactly as it was hashed (types are as written; the chain is what proves them). */
export function rowToEvent(row: AuditRow): AuditEvent {
  return normalizeEvent({
    actor: { oid: row.actorOid, name: row.actorName, username: row.actorUsername, roles: row.actorRoles },
    action: row.action as AuditEvent["action"],
    target: {
      workspace: row.targetWorkspace ?? undefined,
      deployment: row.targetDeployment ?? undefined,
      keyType: (row.targetKeyType ?? undefined) as AuditEvent["target"]["keyType"],
    },
    at: row.at.toISOString(),
    outcome: row.outcome as AuditEvent["outcome"],
    requestId: row.requestId,
    clientAddress: row.clientAddress,
    userAgent: row.userAgent,
    details: row.details,
  });
}

export type ChainVerdict =
  | { ok: true; count: number; head: { seq: number; hash: string } }
  | { ok: false; seq: number; reason: "gap-or-reorder" | "broken-link" | "altered" | "head-mismatch" };

/**
 * The verify walk: rows in `seq` order must count up by one from 1, each `prev_hash` must be the
 * previous row's hash, and each hash must recompute. Edits, deletions and reorderings fail it; a
 * truncated tail needs an anchor kept elsewhere (`expectedHead`, e.g. the last exported head).
 */
export function verifyChain(
  rows: Iterable<AuditRow>,
  expectedHead?: { seq: number; hash: string },
): ChainVerdict {
  let prev = { seq: 0, hash: GENESIS_HASH };
  let count = 0;
  for (const row of rows) {
    if (row.seq !== prev.seq + 1) return { ok: false, seq: row.seq, reason: "gap-or-reorder" };
    if (row.prevHash !== prev.hash) return { ok: false, seq: row.seq, reason: "broken-link" };
    if (chainHash(row.prevHash, row.seq, rowToEvent(row)) !== row.hash) {
      return { ok: false, seq: row.seq, reason: "altered" };
    }
    prev = { seq: row.seq, hash: row.hash };
    count += 1;
  }
  if (expectedHead && (expectedHead.seq !== prev.seq || expectedHead.hash !== prev.hash)) {
    return { ok: false, seq: prev.seq, reason: "head-mismatch" };
  }
  return { ok: true, count, head: prev };
}
