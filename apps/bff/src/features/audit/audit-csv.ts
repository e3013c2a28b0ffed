import type { AuditRecord } from "./audit-record.ts";
import { canonicalJson } from "./canonical-json.ts";

/** The CSV export's columns, in order (RFC 4180: CRLF line ends, a header row, `"` quoting). */
export const AUDIT_CSV_COLUMNS = [
  "seq",
  "at",
  "actor_oid",
  "actor_name",
  "actor_username",
  "actor_roles",
  "action",
  "target_workspace",
  "target_deployment",
  "target_key_type",
  "outcome",
  "request_id",
  "client_address",
  "user_agent",
  "details",
  "prev_hash",
  "hash",
] as const;

/** A cell a spreadsheet would run as a formula (OWASP "CSV injection") is prefixed with `'`. */
const FORMULA_START = /^[=+\-@\t\r']/;

/**
 * One RFC 4180 field. Absent values (null) are empty fields; a present empty string is `""`, so the
 * two stay apart. Cells starting like a formula — or with `'` itself, so the rule is reversible —
 * get a leading `'` that a reader strips once.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return text === "" || /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRow(values: ReadonlyArray<string | number | null>): string {
  return `${values.map(csvField).join(",")}\r\n`;
}

export const AUDIT_CSV_HEADER = csvRow(AUDIT_CSV_COLUMNS);

/** A record as one CSV line: roles as a JSON array, details as canonical JSON. */
export function auditCsvLine(r: AuditRecord): string {
  return csvRow([
    r.seq,
    r.at,
    r.actor.oid,
    r.actor.name,
    r.actor.username,
    JSON.stringify(r.actor.roles),
    r.action,
    r.target.workspace,
    r.target.deployment,
    r.target.keyType,
    r.outcome,
    r.requestId,
    r.clientAddress,
    r.userAgent,
    canonicalJson(r.details),
    r.prevHash,
    r.hash,
  ]);
}
