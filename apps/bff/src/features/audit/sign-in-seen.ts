import type { Context, MiddlewareHandler } from "hono";
import { LRUCache } from "lru-cache";
import type { AppEnv } from "../../app-env.ts";
import type { Identity } from "../../auth/identity.ts";
import { auditSessionsSeen } from "../../db/schema.ts";
import { ApiError } from "../../errors/api-error.ts";
import { type AuditEventInput, appendAudit } from "./audit-append.ts";
import { auditIntent } from "./audit-write.ts";

/** One sign-in: who, and which interactive sign-in (the key of `audit_sessions_seen`). */
export interface SignIn {
  oid: string;
  signIn: string;
  details: NonNullable<AuditEventInput["details"]>;
}

/**
 * The sign-in a verified token belongs to: (oid, `auth_time`). A token without `auth_time` cannot
 * tell its sign-ins apart, so it counts as (oid, the UTC day of `now`): such a user is recorded once
 * a day.
 */
export function signInOf(identity: Identity, now: Date): SignIn {
  if (identity.authTime !== null) {
    return {
      oid: identity.oid,
      signIn: `auth_time:${identity.authTime}`,
      details: { authTime: epochToIso(identity.authTime) ?? identity.authTime },
    };
  }
  const day = now.toISOString().slice(0, 10);
  return { oid: identity.oid, signIn: `day:${day}`, details: { authTime: null, signInDay: day } };
}

/** ISO 8601 UTC, or null for a (signed but absurd) value no Date can hold. */
function epochToIso(seconds: number): string | null {
  const date = new Date(seconds * 1000);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/**
 * In ONE transaction: marks the sign-in seen (`on conflict do nothing`) and, only if this call
 * inserted the mark, appends its `session.seen` record. The primary key makes a concurrent
 * transaction on another replica wait for this one and then insert nothing, so each sign-in gets
 * exactly one record. Fail closed: 503 `audit_unavailable` when the transaction fails.
 */
export async function recordSignIn(c: Context<AppEnv>, signIn: SignIn): Promise<void> {
  const deps = c.get("deps");
  const at = deps.now();
  const event: AuditEventInput = {
    ...auditIntent(c, { action: "session.seen", details: signIn.details }),
    outcome: "success",
    at: at.toISOString(),
  };
  try {
    await deps.database.db.transaction(async (tx) => {
      const inserted = await tx
        .insert(auditSessionsSeen)
        .values({ oid: signIn.oid, signIn: signIn.signIn, firstSeen: at })
        .onConflictDoNothing()
        .returning({ oid: auditSessionsSeen.oid });
      if (inserted.length > 0) await appendAudit(tx, event);
    });
  } catch (err) {
    throw ApiError.auditUnavailable(err, "The request was not run: your sign-in could not be audited.");
  }
}

export interface AuditSignInsOptions {
  /** Sign-ins this process remembers as recorded (default 10,000); a forgotten one costs one query. */
  maxRemembered?: number;
}

/**
 * Mount after `authenticate`: the first request of each sign-in records it (`recordSignIn`) before the
 * request runs; a failure answers 503 and the next request tries again. Sign-ins known to be recorded
 * are remembered (per process, bounded, added only after commit) so most requests cost no query;
 * concurrent first requests of one sign-in share one transaction. Public paths (no identity) pass.
 */
export function auditSignIns(options: AuditSignInsOptions = {}): MiddlewareHandler<AppEnv> {
  // Least recently used forgotten first; a hit counts as a use.
  const recorded = new LRUCache<string, true>({ max: options.maxRemembered ?? 10_000, updateAgeOnHas: true });
  const inFlight = new Map<string, Promise<void>>();
  return async function auditSignIns(c, next) {
    const identity = c.get("identity");
    if (!identity) return next();
    const signIn = signInOf(identity, c.get("deps").now());
    const key = `${signIn.oid}\n${signIn.signIn}`;
    if (!recorded.has(key)) {
      let recording = inFlight.get(key);
      if (!recording) {
        recording = recordSignIn(c, signIn)
          .then(() => void recorded.set(key, true))
          .finally(() => inFlight.delete(key));
        inFlight.set(key, recording);
      }
      await recording;
    }
    return next();
  };
}
