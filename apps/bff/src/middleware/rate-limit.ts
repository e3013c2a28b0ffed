import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../app-env.ts";
import { ApiError } from "../errors/api-error.ts";
import { clientAddress } from "../http/client-address.ts";
import { TokenBucketLimiter } from "./token-bucket.ts";

export interface RateLimitOptions {
  perMinute: number;
  burst: number;
  trustedProxyHops?: number;
  limiter?: TokenBucketLimiter;
}

/**
 * Per-user token bucket: keyed by the verified token's `oid`, or by IP address when anonymous.
 * Mount after `authenticate` so the key is never a client-chosen value. Over the limit → 429
 * `rate_limited` with Retry-After.
 */
export function rateLimit(options: RateLimitOptions): MiddlewareHandler<AppEnv> {
  const limiter =
    options.limiter ??
    new TokenBucketLimiter({ capacity: options.burst, refillPerSecond: options.perMinute / 60 });
  return async function rateLimit(c, next) {
    const oid = c.get("identity")?.oid;
    const key = oid ? `oid:${oid}` : `ip:${clientAddress(c, options.trustedProxyHops) ?? "unknown"}`;
    const result = limiter.take(key);
    if (!result.ok) {
      throw new ApiError(429, "rate_limited", {
        detail: `Too many requests; retry in ${result.retryAfterSeconds} s.`,
        headers: { "Retry-After": String(result.retryAfterSeconds) },
      });
    }
    await next();
  };
}
