import { createHash } from "node:crypto";
import { LRUCache } from "lru-cache";
import type { Identity } from "./identity.ts";

/**
 * Verified tokens by SHA-256 of the token, kept until their `exp` (verify once, cache by hash).
 * Bounded: past `maxEntries` the least recently used entry is evicted; expired entries are dropped
 * when met (the clock is the caller's, so tests can move it). The token itself is never stored.
 */
export class VerifiedTokenCache {
  readonly #entries: LRUCache<string, Identity>;

  constructor(
    maxEntries = 10_000,
    private readonly nowSeconds: () => number = () => Date.now() / 1000,
  ) {
    this.#entries = new LRUCache({ max: maxEntries });
  }

  static keyOf(token: string): string {
    return createHash("sha256").update(token).digest("base64url");
  }

  get(key: string): Identity | undefined {
    const identity = this.#entries.get(key);
    if (!identity) return undefined;
    if (identity.expiresAt <= this.nowSeconds()) {
      this.#entries.delete(key);
      return undefined;
    }
    return identity;
  }

  set(key: string, identity: Identity): void {
    if (identity.expiresAt <= this.nowSeconds()) return;
    this.#entries.set(key, identity);
  }

  get size(): number {
    return this.#entries.size;
  }
}
