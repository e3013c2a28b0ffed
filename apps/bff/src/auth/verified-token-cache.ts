import { createHash } from "node:crypto";
import type { Identity } from "./identity.ts";

/**
 * Verified tokens by SHA-256 of the token, kept until their `exp` ("docs/architecture.md": verify once, cache by
 * hash). Bounded: past `maxEntries` the oldest insertion is evicted (Map keeps insertion order), and
 * expired entries are dropped when met. The token itself is never stored.
 */
export class VerifiedTokenCache {
  readonly #entries = new Map<string, Identity>();

  constructor(
    private readonly maxEntries = 10_000,
    private readonly nowSeconds: () => number = () => Date.now() / 1000,
  ) {}

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
    this.#entries.delete(key);
    this.#entries.set(key, identity);
    while (this.#entries.size > this.maxEntries) {
      const oldest = this.#entries.keys().next().value;
      if (oldest === undefined) break;
      this.#entries.delete(oldest);
    }
  }

  get size(): number {
    return this.#entries.size;
  }
}
