import type { AzureMlError } from "./errors.ts";

export interface RetryPolicy {
  /** Total tries of one call, the first included (1 = never retry). */
  attempts: number;
  baseDelayMs: number;
  /** Cap of one backoff wait; a Retry-After longer than this is not waited out but reported. */
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 3, baseDelayMs: 200, maxDelayMs: 5_000 };

/**
 * - `read`: no side effect (GET, and listkeys: a POST only because Azure wants keys off GET URLs and
 *   caches, it changes nothing) → retried on 429, 5xx, network errors and timeouts.
 * - `once`: the token call mints a fresh token, a harmless side effect (an unused bearer token just
 *   expires) → one more try on 429, 5xx or a network error, not after a timeout: the fetch is slow when
 *   the workspace region is far or failing, and the caller has waited a full timeout already.
 * - `never`: writes (create, delete, patch, regenerateKeys) → never retried: a lost answer may hide a
 *   change that happened, and a second regeneration would replace the key the first one produced.
 * `workspace_region_down` is never retried: an outage of a region does not pass in a few seconds.
 */
export type RetryMode = "read" | "once" | "never";

export function maxTries(mode: RetryMode, policy: RetryPolicy): number {
  if (mode === "read") return Math.max(1, policy.attempts);
  return mode === "once" ? Math.min(2, Math.max(1, policy.attempts)) : 1;
}

export function isRetryable(error: AzureMlError, mode: RetryMode): boolean {
  if (mode === "never") return false;
  if (error.code === "provider_throttled" || error.code === "provider_unavailable") return true;
  return error.code === "provider_timeout" && mode === "read";
}

/**
 * The wait before try `attempt + 1`: the provider's Retry-After when it gave one (undefined when that
 * is longer than maxDelayMs: the error then carries retryAfterSeconds for the BFF to pass on), else
 * exponential backoff with equal jitter, so replicas that failed together do not retry together.
 */
export function retryDelay(
  error: AzureMlError,
  attempt: number,
  policy: RetryPolicy,
  random: () => number,
): number | undefined {
  if (error.retryAfterSeconds !== undefined) {
    const ms = error.retryAfterSeconds * 1000;
    return ms <= policy.maxDelayMs ? ms : undefined;
  }
  const cap = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return cap / 2 + (random() * cap) / 2;
}
