import { TEST_CALL_MAX_BODY_BYTES } from "@keyturn/api-contract";

export type ParsedBody =
  | { ok: true; value: unknown }
  | { ok: false; reason: "empty" | "invalid" | "tooLarge" };

/** The editor's text as the JSON body to send, or why it cannot be sent. */
export function parseBody(text: string): ParsedBody {
  if (text.trim() === "") return { ok: false, reason: "empty" };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: "invalid" };
  }
  const size = new TextEncoder().encode(JSON.stringify(value)).byteLength;
  return size > TEST_CALL_MAX_BODY_BYTES ? { ok: false, reason: "tooLarge" } : { ok: true, value };
}
