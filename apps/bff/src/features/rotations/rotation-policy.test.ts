import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ApiError } from "../../errors/api-error.ts";
import { MIN_ASKED_GRACE_SECONDS, refuseShortGrace } from "./rotation-policy.ts";

describe("the grace period a person asks for", () => {
  it("nothing asked is never refused: the policy's grace applies", () => {
    for (const mode of ["development", "test", "production"] as const) {
      expect(() => refuseShortGrace({ mode }, undefined)).not.toThrow();
    }
  });

  it("may be short outside production only; in production at least the minimum", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 30 * 86_400 }),
        fc.constantFrom("development", "test", "production" as const),
        (grace, mode) => {
          const allowed = mode !== "production" || grace >= MIN_ASKED_GRACE_SECONDS;
          if (allowed) expect(() => refuseShortGrace({ mode }, grace)).not.toThrow();
          else expect(() => refuseShortGrace({ mode }, grace)).toThrow(ApiError);
        },
      ),
    );
  });
});
