import type { AuditCursor } from "./audit-query.ts";

/** The query's cursor on the wire: base64url of `<at in ms>.<seq>` (opaque to clients). */
export const encodeAuditCursor = (c: AuditCursor) =>
  Buffer.from(`${c.at.getTime()}.${c.seq}`, "utf8").toString("base64url");

/** null when the text is not a cursor this server wrote. */
export function decodeAuditCursor(text: string): AuditCursor | null {
  const match = /^(\d{1,15})\.(\d{1,15})$/.exec(Buffer.from(text, "base64url").toString("utf8"));
  if (!match) return null;
  const at = new Date(Number(match[1]));
  const seq = Number(match[2]);
  return Number.isNaN(at.getTime()) || !Number.isSafeInteger(seq) ? null : { at, seq };
}
