import type { AuditRecord } from "@keyturn/api-contract";

/** The record of a sign-in ("opened the console"): hidden from the log unless asked for. */
export const SIGN_IN_ACTION = "session.seen";

/** One operation as the log shows it: its last record, and the "started" record it ends, if any. */
export interface AuditOperation {
  record: AuditRecord;
  started: AuditRecord | undefined;
}

/**
 * The records (newest first) as operations: a change to a provider writes an `intent` record before
 * the call and its outcome (`success`, `failed`, `reconciled`) after, under one request id; the pair
 * is shown once, as its outcome. An `intent` with no outcome loaded (still running, or its outcome on
 * an older page not loaded yet) shows as itself. Order is kept.
 */
export function groupOperations(records: readonly AuditRecord[]): AuditOperation[] {
  const startedBy = new Map<string, AuditRecord>();
  for (const record of records) {
    if (record.outcome === "intent") startedBy.set(`${record.requestId}\u0000${record.action}`, record);
  }
  const ended = new Set<AuditRecord>();
  const operations: AuditOperation[] = [];
  for (const record of records) {
    if (record.outcome === "intent") continue;
    const started = startedBy.get(`${record.requestId}\u0000${record.action}`);
    if (started && started.seq < record.seq && !ended.has(started)) {
      ended.add(started);
      operations.push({ record, started });
    } else operations.push({ record, started: undefined });
  }
  // Intents left alone stay, in their place (newest first by sequence).
  const lone = records.filter((r) => r.outcome === "intent" && !ended.has(r));
  return [...operations, ...lone.map((record) => ({ record, started: undefined }))].sort(
    (a, b) => b.record.seq - a.record.seq,
  );
}

/** Without the sign-in records, unless the filters ask for exactly them. */
export function withoutSignIns(records: readonly AuditRecord[]): AuditRecord[] {
  return records.filter((record) => record.action !== SIGN_IN_ACTION);
}
