import { describe, expect, it } from "vitest";
import { TEST_MASTER_KEY } from "../../../test/support/test-app.ts";
import { type FetchedToken, TokenCache, tokenCacheKey } from "./token-cache.ts";

const T0 = 1_800_000_000;
const fetched = (accessToken: string, refreshAfter = T0 + 1800): FetchedToken => ({
  token: { accessToken, tokenType: "Bearer", refreshAfter, expiryOn: refreshAfter + 1800 },
  latencyMs: 12,
  region: "eastus",
  fetchedAt: new Date(T0 * 1000),
});

function cacheAt(seconds: { now: number }) {
  return new TokenCache(TEST_MASTER_KEY, () => new Date(seconds.now * 1000));
}

describe("TokenCache", () => {
  const key = tokenCacheKey("ws", "svc");

  it("serves a token until refreshAfter, then fetches a new one", async () => {
    const clock = { now: T0 };
    const cache = cacheAt(clock);
    let calls = 0;
    const fetch = async () => fetched(`token-${++calls}`);
    expect(await cache.get(key, fetch)).toMatchObject({ cached: false, token: { accessToken: "token-1" } });
    clock.now = T0 + 1799;
    expect(await cache.get(key, fetch)).toMatchObject({ cached: true, token: { accessToken: "token-1" } });
    clock.now = T0 + 1800;
    expect(await cache.get(key, fetch)).toMatchObject({ cached: false, token: { accessToken: "token-2" } });
    expect(calls).toBe(2);
  });

  it("shares one fetch between concurrent misses, and keeps nothing after a failed one", async () => {
    const cache = cacheAt({ now: T0 });
    let calls = 0;
    let release: (value: FetchedToken) => void = () => {};
    const slow = () => {
      calls += 1;
      return new Promise<FetchedToken>((resolve) => {
        release = resolve;
      });
    };
    const both = Promise.all([cache.get(key, slow), cache.get(key, slow)]);
    release(fetched("shared"));
    const [first, second] = await both;
    expect(calls).toBe(1);
    expect([first.cached, second.cached]).toEqual([false, true]);
    expect(second.token.accessToken).toBe("shared");

    const other = tokenCacheKey("ws", "other");
    await expect(cache.get(other, () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    expect(cache.peek(other)).toBeUndefined();
  });

  it("does not cache a token already due for refresh, and keys entries by workspace and deployment", async () => {
    const cache = cacheAt({ now: T0 });
    await cache.get(key, async () => fetched("due", T0 - 1));
    expect(cache.peek(key)).toBeUndefined();
    await cache.get(key, async () => fetched("a"));
    expect(cache.peek(tokenCacheKey("ws", "svc2"))).toBeUndefined();
    cache.drop(key);
    expect(cache.peek(key)).toBeUndefined();
  });

  it("holds the token encrypted, not as plain text", async () => {
    const cache = cacheAt({ now: T0 });
    await cache.get(key, async () => fetched("plain-token-value-0123456789"));
    const held = JSON.stringify([...(cache as unknown as { entries: Map<string, unknown> }).entries]);
    expect(held).not.toContain("plain-token-value-0123456789");
    expect(cache.peek(key)?.token.accessToken).toBe("plain-token-value-0123456789");
  });
});
