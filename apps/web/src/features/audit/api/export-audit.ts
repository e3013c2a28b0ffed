import type { AuditExportFormat } from "@keyturn/api-contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { downloadFile } from "../../../lib/download";
import { queryKeys } from "../../../lib/query-keys";
import { type AuditFilters, auditFilterParams } from "../filters";

/** `GET /api/audit/export`: the filters that are set, then the format. */
export function auditExportPath(filters: AuditFilters, format: AuditExportFormat): string {
  const params = auditFilterParams(filters);
  params.set("format", format);
  return `/api/audit/export?${params}`;
}

/** The saved file's name, e.g. `keyturn-audit-2026-03-04T14-05-09Z.csv` (no characters a file system refuses). */
export function auditExportFilename(format: AuditExportFormat, now = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z")
    .replaceAll(":", "-");
  return `keyturn-audit-${stamp}.${format}`;
}

/**
 * Exports the records matching the filters, oldest first (audit:read; audited as `audit.export`),
 * as a file download; resolves to the file name.
 */
export async function exportAudit(filters: AuditFilters, format: AuditExportFormat): Promise<string> {
  const filename = auditExportFilename(format);
  await downloadFile(auditExportPath(filters, format), filename);
  return filename;
}

export function useExportAudit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ filters, format }: { filters: AuditFilters; format: AuditExportFormat }) =>
      exportAudit(filters, format),
    // The export appended its own record to the log.
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.audit.events }),
  });
}
