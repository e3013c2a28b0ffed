import { z } from "zod";

/**
 * Text the console can store. PostgreSQL's `text` cannot hold NUL (U+0000), and a lone UTF-16
 * surrogate has no UTF-8 form (a driver would swap it for U+FFFD, so what is stored would not be what
 * was checked). Every string a request carries passes this one rule, so such input is a 400 at
 * validation, never a failed query.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const NUL_MESSAGE = "must not contain a NUL character (\\u0000)";
export const LONE_SURROGATE_MESSAGE = "must not contain a lone surrogate (it is not valid Unicode text)";

/** Why `value` cannot be stored as text, or null when it can. */
export function unstorableTextReason(value: string): string | null {
  if (value.includes("\u0000")) return NUL_MESSAGE;
  if (LONE_SURROGATE.test(value)) return LONE_SURROGATE_MESSAGE;
  return null;
}

/** The rule on any string schema, formats included (`storableText(z.url())`: URLs keep a NUL). */
export function storableText<T extends z.ZodType<string>>(schema: T): T {
  return schema
    .refine((value) => !value.includes("\u0000"), NUL_MESSAGE)
    .refine((value) => !LONE_SURROGATE.test(value), LONE_SURROGATE_MESSAGE);
}

/** `z.string()` under the rule: the start of every request string schema (chain `.min()`, `.max()`…). */
export const safeText = () => storableText(z.string());

// Controls (C0, DEL, C1), line and paragraph separators and bidi overrides: shown escaped, so a record
// reads as one line and as it was sent. A backslash is doubled so `\u0000` typed is told from a NUL.
const escaped = (code: number) =>
  code < 0x20 ||
  (code >= 0x7f && code <= 0x9f) ||
  code === 0x2028 ||
  code === 0x2029 ||
  (code >= 0x202a && code <= 0x202e) ||
  (code >= 0x2066 && code <= 0x2069);

/**
 * A storable, printable rendering of untrusted text (what a refused request asked for): controls
 * escaped as `\uXXXX`, a backslash as `\\`, a lone surrogate replaced by U+FFFD, at most `maxLength`
 * UTF-16 units, cut between characters and ended by `…` when cut.
 */
export function renderUntrusted(value: string, maxLength: number): string {
  const pieces: string[] = [];
  let length = 0;
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    let piece = char;
    if (code >= 0xd800 && code <= 0xdfff) piece = "\uFFFD";
    else if (char === "\\") piece = "\\\\";
    else if (escaped(code)) piece = `\\u${code.toString(16).padStart(4, "0")}`;
    if (length + piece.length > maxLength) {
      // Whole pieces only: make room for the ellipsis without cutting an escape or a surrogate pair.
      while (pieces.length > 0 && length + 1 > maxLength) length -= pieces.pop()?.length ?? 0;
      return `${pieces.join("")}…`.slice(0, Math.max(0, maxLength));
    }
    pieces.push(piece);
    length += piece.length;
  }
  return pieces.join("");
}
