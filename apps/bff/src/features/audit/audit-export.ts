import type { AuditRow } from "./audit-chain.ts";
import { AUDIT_CSV_HEADER, auditCsvLine } from "./audit-csv.ts";
import { toAuditRecord } from "./audit-record.ts";

export type AuditExportFormat = "csv" | "jsonl";

export const AUDIT_EXPORT_CONTENT_TYPES: Record<AuditExportFormat, string> = {
  csv: "text/csv; charset=utf-8; header=present",
  jsonl: "application/x-ndjson; charset=utf-8",
};

const encodeBatch = (format: AuditExportFormat, rows: AuditRow[]) =>
  format === "csv"
    ? rows.map((row) => auditCsvLine(toAuditRecord(row))).join("")
    : rows.map((row) => `${JSON.stringify(toAuditRecord(row))}\n`).join("");

/**
 * The export body as a pull stream: a batch is read from the database only when the consumer (the
 * socket, through @hono/node-server's backpressure) wants the next chunk, so memory holds one batch
 * whatever the number of rows. JSON lines: one object per line (JSON.stringify escapes CR/LF and
 * control characters). CSV: RFC 4180 with a header row.
 */
export function auditExportStream(
  batches: AsyncGenerator<AuditRow[]>,
  format: AuditExportFormat,
  hooks: { onEnd?: (rows: number) => void; onError?: (err: unknown) => void } = {},
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let header = format === "csv";
  let count = 0;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (header) {
          header = false;
          controller.enqueue(encoder.encode(AUDIT_CSV_HEADER));
          return;
        }
        try {
          const next = await batches.next();
          if (next.done) {
            controller.close();
            hooks.onEnd?.(count);
            return;
          }
          count += next.value.length;
          controller.enqueue(encoder.encode(encodeBatch(format, next.value)));
        } catch (err) {
          hooks.onError?.(err);
          controller.error(err);
        }
      },
      async cancel() {
        await batches.return(undefined);
      },
    },
    { highWaterMark: 1 },
  );
}
