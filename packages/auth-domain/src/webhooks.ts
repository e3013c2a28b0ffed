import { z } from "zod";
import { INTERNAL_ADDRESS_WORDS, internalHostKind } from "./addresses.ts";
import type { RotationPhase } from "./rotation.ts";

/**
 * Webhooks announce a rotation policy's rotations to a receiver the Admin names: which moments are
 * announced, which addresses may receive them, and how a failed delivery is retried.
 */
export const WebhookEventTypeSchema = z.enum([
  "rotation.started",
  "rotation.needs-confirmation",
  "rotation.completed",
  "rotation.failed",
]);
export type WebhookEventType = z.infer<typeof WebhookEventTypeSchema>;
export const WEBHOOK_EVENT_TYPES = WebhookEventTypeSchema.options;

/** The CloudEvents `type` of an event: reverse-DNS, so a receiver can tell Keyturn's from others'. */
export const cloudEventType = (type: WebhookEventType) => `com.keyturn.${type}` as const;

/**
 * The moment a rotation's transition from `before` to `after` announces, if any: it left `pending`
 * (started), it now waits for a person (needs confirmation), it is over by success or by failure.
 * A cancel announces nothing.
 */
export function rotationEventFor(before: RotationPhase, after: RotationPhase): WebhookEventType | null {
  if (before === after) return null;
  if (after === "completed") return "rotation.completed";
  if (after === "failed") return "rotation.failed";
  if (after === "confirm") return "rotation.needs-confirmation";
  if (before === "pending" && after !== "cancelled") return "rotation.started";
  return null;
}

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);
const isLoopback = (hostname: string) =>
  LOOPBACK_HOSTS.has(hostname) || hostname.endsWith(".localhost") || /^127(\.\d{1,3}){3}$/.test(hostname);

/**
 * Why a receiver's address is refused, or null when it may receive events. Always an absolute http(s)
 * URL without credentials or fragment; https only, except a loopback host over http when
 * `allowLoopbackHttp` (development: a receiver on the same machine).
 */
export function webhookUrlRefusal(url: string, options: { allowLoopbackHttp: boolean }): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return "not an absolute URL";
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return "only https is allowed";
  if (parsed.username !== "" || parsed.password !== "") return "no user name or password in the URL";
  if (parsed.hash !== "") return "no fragment (#…)";
  if (parsed.protocol === "http:") {
    if (!isLoopback(parsed.hostname)) return "only https is allowed (http on a loopback host in development)";
    if (!options.allowLoopbackHttp) return "only https is allowed";
  }
  return null;
}

/**
 * Why a receiver's host may not receive events in production, or null: an IP literal in an internal
 * range, or `localhost`. A name is checked again at each attempt against what it resolves to.
 */
export function webhookAddressRefusal(url: string): string | null {
  if (!URL.canParse(url)) return null;
  const { hostname } = new URL(url);
  const kind = internalHostKind(hostname);
  if (kind === null) return null;
  return `${hostname} is ${INTERNAL_ADDRESS_WORDS[kind]}: the console sends events to public addresses only`;
}

/** How many attempts a delivery gets before it is marked failed (a person may then redeliver it). */
export const WEBHOOK_MAX_ATTEMPTS = 8;

export interface RetrySchedule {
  /** The wait after the first failed attempt; each next one doubles it. */
  baseMs: number;
  /** No wait is longer than this. */
  maxMs: number;
}

export const DEFAULT_RETRY_SCHEDULE: RetrySchedule = { baseMs: 10_000, maxMs: 3_600_000 };

/**
 * What follows attempt number `attempt` (1-based): done, another try after a wait (exponential
 * backoff, `jitter` in [0, 1) adds up to a fifth so receivers that came back are not hit at once), or
 * the delivery is given up once every attempt is used.
 */
export function afterAttempt(
  attempt: number,
  succeeded: boolean,
  schedule: RetrySchedule = DEFAULT_RETRY_SCHEDULE,
  jitter = 0,
): { next: "succeeded" } | { next: "retry"; waitMs: number } | { next: "failed" } {
  if (succeeded) return { next: "succeeded" };
  if (attempt >= WEBHOOK_MAX_ATTEMPTS) return { next: "failed" };
  const exponential = schedule.baseMs * 2 ** (attempt - 1);
  const wait = Math.min(schedule.maxMs, exponential * (1 + Math.min(Math.max(jitter, 0), 0.999) / 5));
  return { next: "retry", waitMs: Math.round(wait) };
}
