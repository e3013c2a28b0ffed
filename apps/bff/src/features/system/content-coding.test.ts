import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CODINGS, type Coding, chooseCoding } from "./content-coding.ts";

const NAMES = ["br", "gzip", "deflate", "zstd", "identity", "*", "BR", "Gzip"] as const;
const QS = [0, 0.001, 0.1, 0.5, 0.9, 1] as const;

/** An Accept-Encoding header of random entries, with the weight each name ends up with. */
const acceptEncoding = fc
  .uniqueArray(
    fc.record({ name: fc.constantFrom(...NAMES), q: fc.option(fc.constantFrom(...QS), { nil: undefined }) }),
    { selector: (entry) => entry.name.toLowerCase(), maxLength: 6 },
  )
  .map((entries) => ({
    header: entries.map(({ name, q }) => (q === undefined ? name : `${name};q=${q}`)).join(", "),
    weight: (coding: string) => {
      const of = (name: string) => entries.find((e) => e.name.toLowerCase() === name);
      const entry = of(coding) ?? of("*");
      return entry ? (entry.q ?? 1) : 0;
    },
  }));
const available = fc.subarray([...CODINGS]) as fc.Arbitrary<Coding[]>;

describe("chooseCoding", () => {
  it("answers with an available coding the client weighs highest, never one it refuses", () => {
    fc.assert(
      fc.property(acceptEncoding, available, ({ header, weight }, codings) => {
        const chosen = chooseCoding(header, codings);
        const best = Math.max(0, ...codings.map(weight));
        // The highest weight among the copies; on a tie brotli wins, the smaller file.
        const expected = best === 0 ? undefined : codings.find((coding) => weight(coding) === best);
        expect(chosen).toBe(expected);
      }),
    );
  });

  it("sends the file as it is without a header or without copies", () => {
    expect(chooseCoding(undefined, ["br", "gzip"])).toBeUndefined();
    expect(chooseCoding("gzip, br", [])).toBeUndefined();
  });

  it("reads what browsers and tools send", () => {
    expect(chooseCoding("gzip, deflate, br, zstd", ["br", "gzip"])).toBe("br");
    expect(chooseCoding("gzip, deflate", ["br", "gzip"])).toBe("gzip");
    expect(chooseCoding("br;q=0, gzip;q=0.8", ["br", "gzip"])).toBe("gzip");
    expect(chooseCoding("*", ["br", "gzip"])).toBe("br");
    expect(chooseCoding("*;q=0, identity", ["br", "gzip"])).toBeUndefined();
    expect(chooseCoding("identity", ["br", "gzip"])).toBeUndefined();
  });
});
