import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SAMPLE_SCORING_INPUT, ScoringInputSchema, ScoringOutputSchema } from "./scoring.ts";

const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
const row = fc.array(finite, { minLength: 10, maxLength: 10 });
const rows = fc.array(row, { minLength: 1, maxLength: 20 });
const accepts = (input: unknown) => ScoringInputSchema.safeParse(input).success;
/** Replaces row i (mod length) of a valid input. */
const withRow = (data: number[][], i: number, bad: unknown) => ({
  data: data.map((r, j) => (j === i % data.length ? bad : r)),
});

describe("ScoringInputSchema", () => {
  it("accepts rows of exactly 10 finite numbers, and the sample", () => {
    fc.assert(fc.property(rows, (data) => accepts({ data })));
    expect(accepts(SAMPLE_SCORING_INPUT)).toBe(true);
  });

  it("refuses a row that does not have exactly 10 features", () => {
    const wrongLength = fc.integer({ min: 0, max: 30 }).filter((n) => n !== 10);
    fc.assert(
      fc.property(
        rows,
        fc.nat(),
        wrongLength.chain((n) => fc.array(finite, { minLength: n, maxLength: n })),
        (data, i, bad) => {
          expect(accepts(withRow(data, i, bad))).toBe(false);
        },
      ),
    );
  });

  it("refuses a row holding a non-finite number or a non-number", () => {
    const badValue = fc.constantFrom<unknown>(
      Number.NaN,
      Infinity,
      -Infinity,
      "1.0",
      null,
      true,
      undefined,
      [1],
    );
    fc.assert(
      fc.property(rows, fc.nat(), fc.nat(9), badValue, (data, i, col, v) => {
        const bad = [...(data[i % data.length] ?? [])];
        bad[col] = v as number;
        expect(accepts(withRow(data, i, bad))).toBe(false);
      }),
    );
  });

  it("takes 1 to 1000 rows, and nothing beside data", () => {
    const zeros = Array.from({ length: 10 }, () => 0);
    expect(accepts({ data: [] })).toBe(false);
    expect(accepts({ data: Array.from({ length: 1000 }, () => zeros) })).toBe(true);
    expect(accepts({ data: Array.from({ length: 1001 }, () => zeros) })).toBe(false);
    expect(accepts({ data: [zeros], method: "predict" })).toBe(false);
    expect(accepts([zeros])).toBe(false);
  });
});

describe("ScoringOutputSchema", () => {
  it("is one number per row", () => {
    fc.assert(fc.property(fc.array(finite), (out) => ScoringOutputSchema.safeParse(out).success));
    expect(ScoringOutputSchema.safeParse([1, "2"]).success).toBe(false);
  });
});
