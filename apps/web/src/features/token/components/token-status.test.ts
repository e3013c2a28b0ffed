import type { TokenMetadata } from "@keyturn/api-contract";
import { describe, expect, it } from "vitest";
import { clockSkewSeconds } from "./token-status";

const token = (
  times: Pick<TokenMetadata, "refreshAfter" | "expiryOn" | "secondsUntilRefresh" | "secondsUntilExpiry">,
) => ({ ...times }) as TokenMetadata;

describe("clockSkewSeconds", () => {
  it("reads the BFF's clock from the answer: expiryOn − secondsUntilExpiry", () => {
    const answer = token({
      refreshAfter: 1_300,
      expiryOn: 1_600,
      secondsUntilRefresh: 300,
      secondsUntilExpiry: 600,
    });
    expect(clockSkewSeconds(answer, 1_000)).toBe(0);
    expect(clockSkewSeconds(answer, 880)).toBe(120); // the browser's clock is 2 minutes slow
    expect(clockSkewSeconds(answer, 1_001)).toBe(0); // a second is the network's doing
  });

  it("assumes no skew when the answer cannot tell (already expired)", () => {
    expect(
      clockSkewSeconds(
        token({ refreshAfter: 1, expiryOn: 2, secondsUntilRefresh: 0, secondsUntilExpiry: 0 }),
        500,
      ),
    ).toBe(0);
  });
});
