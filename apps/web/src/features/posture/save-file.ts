/** How long the object URL stays valid after the click: browsers may read it after `click()` returns. */
const REVOKE_AFTER_MS = 30_000;

/** Saves text built in the browser as `filename`, by clicking a temporary link to an object URL. */
export function saveFile(content: string, filename: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
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
