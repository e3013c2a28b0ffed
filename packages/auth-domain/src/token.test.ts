import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  secondsUntilExpiry,
  secondsUntilRefresh,
  toEpochSeconds,
  tokenState,
  WorkspaceTokenSchema,
} from "./token.ts";

const epoch = fc.integer({ min: 0, max: 4_102_444_800 }); // up to 2100
/** A well-formed token: refreshAfter ≤ expiryOn. */
const times = fc
  .tuple(epoch, epoch)
  .map(([a, b]) => ({ refreshAfter: Math.min(a, b), expiryOn: Math.max(a, b) }));
/** A clock reading near the token's interesting instants, or anywhere. */
const nowFor = (t: { refreshAfter: number; expiryOn: number }) =>
  fc.oneof(
    epoch,
    fc.integer({ min: -2, max: 2 }).map((d) => t.refreshAfter + d),
    fc.integer({ min: -2, max: 2 }).map((d) => t.expiryOn + d),
  );
const tokenAndNow = times.chain((t) => fc.tuple(fc.constant(t), nowFor(t)));

describe("tokenState", () => {
  it("is fresh before refreshAfter, refresh-due in [refreshAfter, expiryOn), expired from expiryOn on", () => {
    fc.assert(
      fc.property(tokenAndNow, ([t, now]) => {
        const expected = now < t.refreshAfter ? "fresh" : now < t.expiryOn ? "refresh-due" : "expired";
        expect(tokenState(t, now)).toBe(expected);
      }),
    );
  });

  it("treats a token as expired from expiryOn on even if refreshAfter is (wrongly) later", () => {
    fc.assert(
      fc.property(times, fc.nat(100), (t, d) => {
        const inverted = { refreshAfter: t.expiryOn + 1, expiryOn: t.refreshAfter };
        expect(tokenState(inverted, inverted.expiryOn + d)).toBe("expired");
      }),
    );
  });

  it("never goes back from expired or refresh-due as time passes", () => {
    const order = { fresh: 0, "refresh-due": 1, expired: 2 } as const;
    fc.assert(
      fc.property(tokenAndNow, fc.nat(10_000), ([t, now], later) => {
        expect(order[tokenState(t, now)]).toBeLessThanOrEqual(order[tokenState(t, now + later)]);
      }),
    );
  });
});

describe("secondsUntilRefresh / secondsUntilExpiry", () => {
  it("are never negative, and zero exactly once due / expired", () => {
    fc.assert(
      fc.property(tokenAndNow, ([t, now]) => {
        const refresh = secondsUntilRefresh(t, now);
        const expiry = secondsUntilExpiry(t, now);
        expect(refresh).toBeGreaterThanOrEqual(0);
        expect(expiry).toBeGreaterThanOrEqual(0);
        expect(refresh === 0).toBe(now >= t.refreshAfter);
        expect(expiry === 0).toBe(now >= t.expiryOn);
        if (refresh > 0) expect(now + refresh).toBe(t.refreshAfter);
        if (expiry > 0) expect(now + expiry).toBe(t.expiryOn);
      }),
    );
  });

  it("decrease as time passes (strictly, until they reach zero)", () => {
    fc.assert(
      fc.property(tokenAndNow, fc.integer({ min: 1, max: 10_000 }), ([t, now], step) => {
        for (const left of [secondsUntilRefresh, secondsUntilExpiry]) {
          const before = left(t, now);
          const after = left(t, now + step);
          expect(after).toBeLessThanOrEqual(before);
          if (before > 0) expect(after).toBe(Math.max(0, before - step));
        }
      }),
    );
  });
});

describe("toEpochSeconds", () => {
  it("floors milliseconds to whole seconds", () => {
    fc.assert(
      fc.property(fc.date({ noInvalidDate: true }), (d) => {
        const s = toEpochSeconds(d);
        expect(Number.isInteger(s)).toBe(true);
        expect(s * 1000).toBeLessThanOrEqual(d.getTime());
        expect(d.getTime()).toBeLessThan((s + 1) * 1000);
      }),
    );
  });
});

describe("WorkspaceTokenSchema", () => {
  it("needs a non-empty token and integer epoch seconds", () => {
    const ok = {
      accessToken: "eyJ.x.y",
      tokenType: "Bearer",
      refreshAfter: 1_700_000_000,
      expiryOn: 1_700_003_600,
    };
    expect(WorkspaceTokenSchema.safeParse(ok).success).toBe(true);
    expect(WorkspaceTokenSchema.safeParse({ ...ok, accessToken: "" }).success).toBe(false);
    expect(WorkspaceTokenSchema.safeParse({ ...ok, refreshAfter: 1.5 }).success).toBe(false);
    expect(WorkspaceTokenSchema.safeParse({ ...ok, expiryOn: "1700003600" }).success).toBe(false);
  });
});
