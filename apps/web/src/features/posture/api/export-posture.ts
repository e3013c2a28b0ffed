import { type PostureExportFormat, type PostureFinding, PostureReportSchema } from "@keyturn/api-contract";
import { useMutation } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { downloadFile } from "../../../lib/download";
import { saveFile } from "../save-file";

/** `keyturn-posture-2026-03-04.csv`: the name the BFF gives it too (the UTC day). */
export const exportFilename = (format: PostureExportFormat, at = new Date()) =>
  `keyturn-posture-${at.toISOString().slice(0, 10)}.${format}`;

/** Turns every finding into the CSV the reader gets (in their language; see `findingsCsv`). */
export type FindingsToCsv = (findings: readonly PostureFinding[]) => string;

/**
 * `GET /api/posture/export?format=json`: the whole report. JSON is saved as the BFF sends it; CSV is
 * written here from its findings, because only the console knows the reader's language and the words
 * of each finding and remedy (the BFF's CSV carries their message ids).
 */
export async function exportPosture(format: PostureExportFormat, toCsv: FindingsToCsv): Promise<string> {
  const filename = exportFilename(format);
  if (format === "json") {
    await downloadFile("/api/posture/export?format=json", filename);
    return filename;
  }
  const report = await api("/api/posture/export?format=json", { schema: PostureReportSchema });
  saveFile(toCsv(report.findings), filename, "text/csv;charset=utf-8");
  return filename;
}

export const useExportPosture = (toCsv: FindingsToCsv) =>
  useMutation({ mutationFn: (format: PostureExportFormat) => exportPosture(format, toCsv) });
