import type { PostureFinding } from "@keyturn/api-contract";
import { bySeverity } from "./severity-order";

/** The export's columns, in order; their headers are in the reader's language. */
export const FINDINGS_CSV_COLUMNS = [
  "severity",
  "rule",
  "finding",
  "remedy",
  "workspace",
  "deployment",
  "computeType",
  "ruleId",
] as const;
export type FindingsCsvColumn = (typeof FINDINGS_CSV_COLUMNS)[number];

/** A cell a spreadsheet would run as a formula (OWASP "CSV injection") is prefixed with `'`. */
const FORMULA_START = /^[=+\-@\t\r']/;

/** One RFC 4180 field, quoted when it holds a quote, comma or line break. */
export function csvField(value: string): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const csvRow = (cells: readonly string[]) => `${cells.map(csvField).join(",")}\r\n`;

/**
 * The findings as a spreadsheet reads them (RFC 4180, CRLF, a byte-order mark so Excel reads the
 * accents of Spanish as UTF-8): most severe first, each cell in words — the severity, the rule, what
 * is wrong and what to do — with the rule's id last, for filtering.
 */
export function findingsCsv(
  findings: readonly PostureFinding[],
  words: {
    header: (column: FindingsCsvColumn) => string;
    cells: (finding: PostureFinding) => Record<Exclude<FindingsCsvColumn, "ruleId">, string>;
  },
): string {
  const lines = [csvRow(FINDINGS_CSV_COLUMNS.map(words.header))];
  for (const finding of bySeverity(findings)) {
    const cells = { ...words.cells(finding), ruleId: finding.ruleId };
    lines.push(csvRow(FINDINGS_CSV_COLUMNS.map((column) => cells[column])));
  }
  return `\uFEFF${lines.join("")}`;
}
