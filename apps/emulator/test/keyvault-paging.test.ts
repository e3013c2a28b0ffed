import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeSkipToken, encodeSkipToken, pageOf } from "../src/keyvault/vault-wire.ts";

// Key Vault's listing pages: following nextLink from the first page yields every item once, in
// order, in pages of at most maxresults, and the skip token carries exactly where the next page starts.

describe("the vaults' paging", () => {
  it("walks every item once, in order, in pages of at most the size asked", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 80 }), fc.integer({ min: 1, max: 25 }), (items, max) => {
        const seen: number[] = [];
        let offset: number | null = 0;
        let pages = 0;
        while (offset !== null) {
          const { page, next }: { page: number[]; next: number | null } = pageOf(items, offset, max);
          expect(page.length).toBeLessThanOrEqual(max);
          if (next !== null) {
            expect(page.length).toBe(max);
            const decoded = decodeSkipToken(encodeSkipToken(next));
            expect(decoded).toBe(next);
          }
          seen.push(...page);
          offset = next;
          pages++;
        }
        expect(seen).toEqual(items);
        expect(pages).toBe(Math.max(1, Math.ceil(items.length / max)));
      }),
    );
  });

  it("refuses a skip token it did not write", () => {
    fc.assert(
      fc.property(fc.string(), (token) => {
        const decoded = decodeSkipToken(token);
        if (decoded !== undefined) expect(encodeSkipToken(decoded)).toBe(token);
      }),
    );
    expect(decodeSkipToken("forged")).toBeUndefined();
  });
});
