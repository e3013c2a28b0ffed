import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  LONE_SURROGATE_MESSAGE,
  NUL_MESSAGE,
  renderUntrusted,
  safeText,
  storableText,
  unstorableTextReason,
} from "./safe-text.ts";

const messages = (schema: z.ZodType, value: unknown) =>
  schema.safeParse(value).error?.issues.map((issue) => issue.message) ?? [];

describe("safeText", () => {
  it("refuses NUL and lone surrogates, each with its reason", () => {
    const schema = safeText().max(20);
    expect(messages(schema, "ws\u0000east")).toEqual([NUL_MESSAGE]);
    expect(messages(schema, "ws\uD800")).toEqual([LONE_SURROGATE_MESSAGE]);
    expect(messages(schema, "\uDC00ws")).toEqual([LONE_SURROGATE_MESSAGE]);
    expect(messages(schema, "\uDFFF\uD800")).toEqual([LONE_SURROGATE_MESSAGE]);
  });

  it("accepts any well-formed text without NUL (emoji pairs, other controls, any script)", () => {
    expect(messages(safeText(), "ws-😀-東京\t\u0001")).toEqual([]);
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => {
        expect(safeText().safeParse(s.replaceAll("\u0000", "")).success).toBe(true);
      }),
    );
  });

  it("applies to string formats too: a URL keeps a trailing NUL unless refused", () => {
    expect(z.url().safeParse("https://example.com/a\u0000").success).toBe(true);
    expect(messages(storableText(z.url()), "https://example.com/a\u0000")).toEqual([NUL_MESSAGE]);
  });
});

describe("renderUntrusted", () => {
  it("escapes controls and backslashes, replaces lone surrogates, keeps the rest", () => {
    expect(renderUntrusted("ws\u0000x\n\u001b[31m", 200)).toBe("ws\\u0000x\\u000a\\u001b[31m");
    expect(renderUntrusted("a\\u0000", 200)).toBe("a\\\\u0000");
    expect(renderUntrusted("dep\uD800x\uDC00", 200)).toBe("dep\uFFFDx\uFFFD");
    expect(renderUntrusted("ok-😀\u202E", 200)).toBe("ok-😀\\u202e");
  });

  it("is bounded, cut between characters and marked", () => {
    expect(renderUntrusted("a".repeat(10), 5)).toBe("aaaa…");
    expect(renderUntrusted("abcd\u0000", 5)).toBe("abcd…");
    expect(renderUntrusted("ab😀😀", 4)).toBe("ab…");
  });

  it("always gives storable, single-line text within the bound", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), fc.integer({ min: 1, max: 300 }), (s, max) => {
        const out = renderUntrusted(s, max);
        expect(out.length).toBeLessThanOrEqual(max);
        expect(unstorableTextReason(out)).toBeNull();
        expect([...out].some((c) => /\p{Cc}|[\u2028\u2029]/u.test(c))).toBe(false);
      }),
    );
  });
});
