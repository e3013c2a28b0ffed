import { describe, expect, it } from "vitest";
import type { Identity } from "./identity.ts";
import { VerifiedTokenCache } from "./verified-token-cache.ts";

const identity = (expiresAt: number): Identity => ({
  oid: "o",
  tid: null,
  sub: "s",
  name: "n",
  username: "u",
  roles: [],
  authTime: null,
  scopes: [],
  expiresAt,
});

describe("VerifiedTokenCache", () => {
  it("keeps an identity until its exp, by SHA-256 of the token", () => {
    let now = 1000;
    const cache = new VerifiedTokenCache(10, () => now);
    const key = VerifiedTokenCache.keyOf("a.b.c");
    expect(key).not.toContain("a.b.c");
    cache.set(key, identity(1100));
    expect(cache.get(key)?.oid).toBe("o");
    now = 1100;
    expect(cache.get(key)).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it("is bounded, evicting the oldest", () => {
    const cache = new VerifiedTokenCache(3, () => 0);
    for (const k of ["a", "b", "c", "d"]) cache.set(k, identity(10));
    expect(cache.size).toBe(3);
    expect(cache.get("a")).toBeUndefined();
    expect(cache.get("d")).toBeDefined();
  });

  it("evicts the least recently used: a token in use stays cached", () => {
    const cache = new VerifiedTokenCache(3, () => 0);
    for (const k of ["a", "b", "c"]) cache.set(k, identity(10));
    expect(cache.get("a")).toBeDefined();
    cache.set("d", identity(10));
    expect(cache.get("a")).toBeDefined();
    expect(cache.get("b")).toBeUndefined();
  });

  it("does not store expired identities", () => {
    const cache = new VerifiedTokenCache(3, () => 50);
    cache.set("x", identity(10));
    expect(cache.size).toBe(0);
  });
});
