import { useMutation } from "@tanstack/react-query";
import { downloadFile } from "../../../lib/download";

/** `keyturn-migration-plans-2026-12-07.csv`: the name the BFF gives it too (the UTC day). */
export const fleetCsvFilename = (at = new Date()) =>
  `keyturn-migration-plans-${at.toISOString().slice(0, 10)}.csv`;

/** `GET /api/migration/plans.csv`: one service a line, saved as a file. */
export async function exportFleetPlans(): Promise<string> {
  const filename = fleetCsvFilename();
  await downloadFile("/api/migration/plans.csv", filename);
  return filename;
}

export const useExportFleetPlans = () => useMutation({ mutationFn: exportFleetPlans });
