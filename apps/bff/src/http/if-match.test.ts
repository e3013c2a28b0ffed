import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ApiError } from "../errors/api-error.ts";
import { checkIfMatch } from "./if-match.ts";

const STALE = "changed since you read it";
/** An entity tag's opaque part (RFC 9110 etagc: no quote, no control characters), commas included. */
const opaque = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => /^[\x21\x23-\x7e]+$/.test(s));
const strong = opaque.map((o) => `"${o}"`);

const outcome = (header: string | undefined, current: string) => {
  try {
    checkIfMatch(header, current, STALE);
    return "ok";
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    return err.status;
  }
};

describe("If-Match (RFC 9110)", () => {
  it("passes exactly when one listed strong tag equals the current ETag", () => {
    fc.assert(
      fc.property(strong, fc.array(fc.tuple(strong, fc.boolean()), { maxLength: 4 }), (current, listed) => {
        const header = listed.map(([tag, weak]) => (weak ? `W/${tag}` : tag)).join(", ");
        const matches = listed.some(([tag, weak]) => !weak && tag === current);
        expect(outcome(header === "" ? undefined : header, current)).toBe(
          matches ? "ok" : header ? 412 : 428,
        );
      }),
    );
  });

  it("answers 428 when the header is absent, blank or `*`", () => {
    for (const header of [undefined, "", "  ", "*", " * "]) expect(outcome(header, '"a"')).toBe(428);
  });

  it("never matches a weak tag, and reads a comma inside a tag as part of it", () => {
    expect(outcome('W/"a"', '"a"')).toBe(412);
    expect(outcome('"a,b"', '"a,b"')).toBe("ok");
    expect(outcome('"a,b"', '"a"')).toBe(412);
    expect(outcome('"x", "a,b"', '"a,b"')).toBe("ok");
  });

  it("names the current ETag in a 412", () => {
    const err = (() => {
      try {
        checkIfMatch('"old"', '"new"', STALE);
      } catch (e) {
        return e as ApiError;
      }
    })();
    expect(err).toMatchObject({ status: 412, code: "precondition_failed", detail: STALE });
    expect(err?.headers).toMatchObject({ ETag: '"new"' });
  });
});
