import { describe, expect, it } from "vitest";
import { TokenBucketLimiter } from "./token-bucket.ts";

describe("TokenBucketLimiter", () => {
  it("allows a burst, then refuses with Retry-After until tokens refill", () => {
    let now = 0;
    const limiter = new TokenBucketLimiter({ capacity: 3, refillPerSecond: 1, nowMs: () => now });
    expect([1, 2, 3].map(() => limiter.take("u").ok)).toEqual([true, true, true]);
    expect(limiter.take("u")).toEqual({ ok: false, retryAfterSeconds: 1 });
    now = 1000;
    expect(limiter.take("u").ok).toBe(true);
    expect(limiter.take("u").ok).toBe(false);
  });

  it("keeps one bucket per key", () => {
    const limiter = new TokenBucketLimiter({ capacity: 1, refillPerSecond: 0.1, nowMs: () => 0 });
    expect(limiter.take("a").ok).toBe(true);
    expect(limiter.take("a")).toEqual({ ok: false, retryAfterSeconds: 10 });
    expect(limiter.take("b").ok).toBe(true);
  });

  it("bounds the number of buckets kept", () => {
    let now = 0;
    const limiter = new TokenBucketLimiter({
      capacity: 2,
      refillPerSecond: 1,
      maxKeys: 10,
      nowMs: () => now,
    });
    for (let i = 0; i < 100; i++) {
      now += 1;
      limiter.take(`k${i}`);
    }
    // A fresh key still works, and the map did not grow without bound (indirectly: no throw, fast).
    expect(limiter.take("new").ok).toBe(true);
  });
});
