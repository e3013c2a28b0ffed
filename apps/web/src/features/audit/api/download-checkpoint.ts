import { useMutation } from "@tanstack/react-query";
import { apiPath } from "../../../lib/api-path";
import { downloadFile } from "../../../lib/download";

export const checkpointFilename = (id: number) => `keyturn-audit-checkpoint-${id}.json`;

/**
 * `GET /api/audit/checkpoints/{id}` (audit:read): one signed checkpoint (seq, hash, signature,
 * signed message, public key) saved as a JSON file, to keep outside Keyturn; resolves to its name.
 */
export async function downloadCheckpoint(id: number): Promise<string> {
  const filename = checkpointFilename(id);
  await downloadFile(apiPath("audit", "checkpoints", String(id)), filename);
  return filename;
}

export const useDownloadCheckpoint = () => useMutation({ mutationFn: downloadCheckpoint });
