import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCsv, unguard } from "../../../test/support/csv.ts";
import { csvField, csvRow } from "./audit-csv.ts";

describe("audit CSV", () => {
  it("quotes only when needed and keeps null apart from an empty string", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField('say "hi", ok')).toBe('"say ""hi"", ok"');
    expect(csvField("two\r\nlines")).toBe('"two\r\nlines"');
    expect(csvField("")).toBe('""');
    expect(csvField(null)).toBe("");
    expect(csvField(42)).toBe("42");
  });

  it("defuses cells a spreadsheet would run as a formula (reversibly)", () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField("+1")).toBe("'+1");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("'quoted")).toBe("''quoted");
  });

  it("round-trips any strings through the RFC 4180 parser", () => {
    const cell = fc.oneof(
      fc.string(),
      fc.constantFrom("=1+1", "-2", "'x", "a,b", 'q"q', "l1\r\nl2", "\n", ""),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.option(cell, { nil: null }), { minLength: 1, maxLength: 6 }), { maxLength: 5 }),
        (rows) => {
          const text = rows.map((r) => csvRow(r)).join("");
          const parsed = parseCsv(text).map((r) => r.map(unguard));
          expect(parsed).toEqual(rows);
        },
      ),
    );
  });
});
