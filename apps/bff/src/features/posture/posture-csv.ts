import { canonicalJson, csvRow } from "../audit/public.ts";
import type { ReportFinding } from "./posture-report.ts";

export const POSTURE_CSV_COLUMNS = [
  "workspace",
  "deployment",
  "compute_type",
  "rule_id",
  "severity",
  "key_type",
  "message_key",
  "remedy_key",
  "facts",
] as const;

/** RFC 4180, CRLF, a header row; facts as canonical JSON. */
export function postureCsv(findings: Iterable<ReportFinding>): string {
  const lines = [csvRow(POSTURE_CSV_COLUMNS)];
  for (const f of findings) {
    lines.push(
      csvRow([
        f.workspace,
        f.deployment,
        f.computeType,
        f.ruleId,
        f.severity,
        f.keyType ?? null,
        f.messageKey,
        f.remedyKey,
        canonicalJson(f.facts),
      ]),
    );
  }
  return lines.join("");
}
