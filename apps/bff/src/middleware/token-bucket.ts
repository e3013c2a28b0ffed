export interface TokenBucketOptions {
  /** Requests allowed at once (bucket size). */
  capacity: number;
  /** Tokens added per second. */
  refillPerSecond: number;
  /** Buckets kept; past it, full (idle) buckets are pruned first, then the oldest. */
  maxKeys?: number;
  nowMs?: () => number;
}

export type TakeResult = { ok: true; remaining: number } | { ok: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  updatedMs: number;
}

/** In-memory token buckets, one per key. Per replica: N replicas allow up to N× the rate. */
export class TokenBucketLimiter {
  readonly #buckets = new Map<string, Bucket>();
  readonly #nowMs: () => number;
  readonly #maxKeys: number;

  constructor(private readonly options: TokenBucketOptions) {
    this.#nowMs = options.nowMs ?? (() => performance.now());
    this.#maxKeys = options.maxKeys ?? 50_000;
  }

  take(key: string): TakeResult {
    const now = this.#nowMs();
    const bucket = this.#refilled(this.#buckets.get(key), now);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      this.#store(key, bucket);
      return { ok: true, remaining: Math.floor(bucket.tokens) };
    }
    this.#store(key, bucket);
    return { ok: false, retryAfterSeconds: this.#retryAfter(bucket) };
  }

  /** What `take` would answer now, without spending a token or keeping a bucket for a new key. */
  peek(key: string): TakeResult {
    const stored = this.#buckets.get(key);
    if (!stored) return { ok: true, remaining: this.options.capacity };
    const bucket = this.#refilled(stored, this.#nowMs());
    if (bucket.tokens >= 1) return { ok: true, remaining: Math.floor(bucket.tokens) };
    return { ok: false, retryAfterSeconds: this.#retryAfter(bucket) };
  }

  /** Buckets kept (at most `maxKeys`). */
  get size(): number {
    return this.#buckets.size;
  }

  #retryAfter(bucket: Bucket): number {
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.options.refillPerSecond));
  }

  #refilled(bucket: Bucket | undefined, now: number): Bucket {
    if (!bucket) return { tokens: this.options.capacity, updatedMs: now };
    const elapsed = Math.max(0, now - bucket.updatedMs) / 1000;
    const tokens = Math.min(this.options.capacity, bucket.tokens + elapsed * this.options.refillPerSecond);
    return { tokens, updatedMs: now };
  }

  #store(key: string, bucket: Bucket): void {
    this.#buckets.delete(key);
    this.#buckets.set(key, bucket);
    if (this.#buckets.size <= this.#maxKeys) return;
    const now = this.#nowMs();
    for (const [k, b] of this.#buckets) {
      if (this.#refilled(b, now).tokens >= this.options.capacity) this.#buckets.delete(k);
    }
    // Evict down to 90 % so the scan above runs rarely.
    while (this.#buckets.size > this.#maxKeys * 0.9) {
      const oldest = this.#buckets.keys().next().value;
      if (oldest === undefined) break;
      this.#buckets.delete(oldest);
    }
  }
}
