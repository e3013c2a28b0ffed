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
    // A fresh key still works, and the map did not grow past its bound.
    expect(limiter.take("new").ok).toBe(true);
    expect(limiter.size).toBeLessThanOrEqual(10);
  });

  it("peeks without spending a token or keeping a bucket for a new key", () => {
    let now = 0;
    const limiter = new TokenBucketLimiter({ capacity: 2, refillPerSecond: 0.5, nowMs: () => now });
    expect(limiter.peek("a")).toEqual({ ok: true, remaining: 2 });
    expect(limiter.size).toBe(0);
    limiter.take("a");
    limiter.take("a");
    expect(limiter.peek("a")).toEqual({ ok: false, retryAfterSeconds: 2 });
    expect(limiter.peek("a")).toEqual({ ok: false, retryAfterSeconds: 2 });
    now = 2000;
    expect(limiter.peek("a")).toEqual({ ok: true, remaining: 1 });
    expect(limiter.take("a").ok).toBe(true);
  });
});
