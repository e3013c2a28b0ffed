import type { Context } from "hono";
import { ApiError } from "../errors/api-error.ts";
import { clientAddress } from "../http/client-address.ts";
import { TokenBucketLimiter } from "../middleware/token-bucket.ts";

export interface AuthFailureLimitOptions {
  /** Failures refilled per minute, per client address. */
  perMinute: number;
  /** Failures allowed at once. */
  burst: number;
  trustedProxyHops?: number;
  /** Addresses remembered; past it, recovered ones first, then the oldest, are forgotten. */
  maxAddresses?: number;
  nowMs?: () => number;
}

/**
 * A budget of failed authentications per client address (a token bucket spent only by an invalid
 * token). An address that spent it gets 429 `rate_limited` with Retry-After before its tokens are
 * verified, so a flood of forged tokens costs one map lookup each; other addresses are untouched.
 * Per replica, in memory, bounded.
 */
export class AuthFailureLimit {
  readonly #limiter: TokenBucketLimiter;

  constructor(private readonly options: AuthFailureLimitOptions) {
    this.#limiter = new TokenBucketLimiter({
      capacity: options.burst,
      refillPerSecond: options.perMinute / 60,
      maxKeys: options.maxAddresses ?? 10_000,
      ...(options.nowMs ? { nowMs: options.nowMs } : {}),
    });
  }

  /** The 429 to answer when the caller's address has no failure left, else undefined. */
  refusal(c: Context): ApiError | undefined {
    const result = this.#limiter.peek(this.#key(c));
    if (result.ok) return undefined;
    return new ApiError(429, "rate_limited", {
      detail: `Too many requests with an invalid access token from this address; retry in ${result.retryAfterSeconds} s.`,
      headers: { "Retry-After": String(result.retryAfterSeconds) },
    });
  }

  /** Spends one failure of the caller's address. */
  record(c: Context): void {
    this.#limiter.take(this.#key(c));
  }

  /** Addresses remembered now. */
  get size(): number {
    return this.#limiter.size;
  }

  #key(c: Context): string {
    return clientAddress(c, this.options.trustedProxyHops) ?? "unknown";
  }
}
