import type { AuditRecord } from "@keyturn/api-contract";
import type { AuditRow } from "./audit-chain.ts";

/**
 * One audit record as the API, the JSON-lines export and the CSV export show it (the contract's
 * `AuditRecord`): the event, its sequence number and both hashes — enough for anyone to re-run the
 * chain (README "The audit chain").
 */
export type { AuditRecord };

export function toAuditRecord(row: AuditRow): AuditRecord {
  return {
    seq: row.seq,
    at: row.at.toISOString(),
    actor: { oid: row.actorOid, name: row.actorName, username: row.actorUsername, roles: row.actorRoles },
    action: row.action,
    target: { workspace: row.targetWorkspace, deployment: row.targetDeployment, keyType: row.targetKeyType },
    outcome: row.outcome,
    requestId: row.requestId,
    clientAddress: row.clientAddress,
    userAgent: row.userAgent,
    details: row.details,
    prevHash: row.prevHash,
    hash: row.hash,
  };
}

/** The inverse of `toAuditRecord`: an exported record back to the row the chain is verified over. */
export function fromAuditRecord(record: AuditRecord): AuditRow {
  return {
    seq: record.seq,
    prevHash: record.prevHash,
    hash: record.hash,
    actorOid: record.actor.oid,
    actorName: record.actor.name,
    actorUsername: record.actor.username,
    actorRoles: record.actor.roles,
    action: record.action,
    targetWorkspace: record.target.workspace,
    targetDeployment: record.target.deployment,
    targetKeyType: record.target.keyType,
    at: new Date(record.at),
    outcome: record.outcome,
    requestId: record.requestId,
    clientAddress: record.clientAddress,
    userAgent: record.userAgent,
    details: record.details,
  };
}
