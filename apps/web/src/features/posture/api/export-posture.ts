import type { PostureExportFormat } from "@keyturn/api-contract";
import { useMutation } from "@tanstack/react-query";
import { downloadFile } from "../../../lib/download";

/** `keyturn-posture-2026-03-04.csv`: the name the BFF gives it too (the UTC day). */
export const exportFilename = (format: PostureExportFormat, at = new Date()) =>
  `keyturn-posture-${at.toISOString().slice(0, 10)}.${format}`;

/** `GET /api/posture/export?format=…`: every finding (CSV) or the whole report (JSON), saved as a file. */
export async function exportPosture(format: PostureExportFormat): Promise<string> {
  const filename = exportFilename(format);
  await downloadFile(`/api/posture/export?format=${format}`, filename);
  return filename;
}

export const useExportPosture = () => useMutation({ mutationFn: exportPosture });
