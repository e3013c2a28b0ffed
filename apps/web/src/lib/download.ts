import { apiBlob } from "./api-client";

/**
 * How long the object URL stays valid after the click: browsers may read it after `click()`
 * returns, so it is revoked later rather than at once.
 */
export const REVOKE_AFTER_MS = 30_000;

/**
 * Downloads a BFF file (an export) as `filename`: fetched through the API client — so with the
 * bearer token and problem handling; a failure rejects with an `ApiProblem` — then saved by clicking
 * a temporary link to an object URL.
 */
export async function downloadFile(path: string, filename: string): Promise<void> {
  const blob = await apiBlob(path);
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}
