/**
 * Writing the audit log: the one module. A request takes its scope (`auditScope`: who, what, from
 * where, the request id and the clock), then writes through the function whose guarantee its work
 * needs:
 *
 * - `auditedCall` — a provider call, which no transaction can cover. Its `intent` is recorded first
 *   (when it cannot be, the call is not made: 503 `audit_unavailable`), then `success` or `failed`
 *   naming the intent; a `success` that cannot be recorded withholds the result (503). With `commit`,
 *   the console's own state changes in the `success` record's transaction.
 * - `auditedChange` — the console's own state: the change and its `success` record commit in one
 *   transaction, or neither does (503 when the record fails).
 * - `auditRecord` — one record of a request that changes nothing by itself (an export, a verify, a
 *   failed checkpoint, a refusal), in a transaction of its own; fail closed: 503, and the caller does
 *   not go on — except a refusal's (`auditDenied`), which logs it: nothing was done, the 403 stands.
 *
 * All three append through `appendAudit` (`audit-append.ts`), the chain itself. Only the writers
 * with a transaction rule of their own call it directly: the reconciler (each intent ends once) and
 * the sign-in record (once per sign-in).
 */
import {
  type AuditAction,
  AuditDetailValueSchema,
  type AuditOutcome,
  type AuditTarget,
  renderUntrusted,
} from "@keyturn/auth-domain";
import type { Context } from "hono";
import type { Logger } from "pino";
import { type AppEnv, depsOf } from "../../app-env.ts";
import { identityOf } from "../../auth/authorize.ts";
import type { Db, Tx } from "../../db/client.ts";
import { ApiError } from "../../errors/api-error.ts";
import { clientAddress } from "../../http/client-address.ts";
import { type AuditEventInput, type AuditIntent, appendAudit, outcomeDetails } from "./audit-append.ts";

type Details = AuditEventInput["details"];

/** What a request is about to do, as its handler names it. */
export interface AuditFacts {
  action: AuditAction;
  target?: AuditTarget;
  details?: AuditIntent["details"];
}

const cut = (value: string | undefined, max: number) =>
  value === undefined ? undefined : value.slice(0, max);

/** An audit intent for this request: who (from the verified token), from where, and the request id. */
export function auditIntent(c: Context, facts: AuditFacts): AuditIntent {
  const identity = identityOf(c);
  const deps = depsOf(c);
  return {
    actor: {
      oid: identity.oid.slice(0, 64),
      name: identity.name.slice(0, 200),
      username: identity.username.slice(0, 200),
      roles: identity.roles.slice(0, 20),
    },
    action: facts.action,
    target: {
      workspace: cut(facts.target?.workspace, 200),
      deployment: cut(facts.target?.deployment, 200),
      keyType: facts.target?.keyType,
    },
    requestId: String((c as Context<AppEnv>).get("requestId") ?? "unknown").slice(0, 100),
    clientAddress: clientAddress(c, deps?.config.trustedProxyHops ?? 0),
    userAgent: cut(c.req.header("user-agent"), 300) ?? null,
    details: facts.details ?? {},
  };
}

/**
 * Request values as audit details: text rendered storable (controls escaped, at most 200 characters),
 * then each kept if the audit schema accepts it (not secret-looking), else recorded as withheld — so
 * an odd filter can never block the audit write.
 */
export function safeDetails(
  values: Record<string, string | number | boolean | undefined>,
): AuditFacts["details"] {
  const details: NonNullable<AuditFacts["details"]> = {};
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue;
    const shown = typeof value === "string" ? renderUntrusted(value, 200) : value;
    details[key] = AuditDetailValueSchema.safeParse(shown).success ? shown : "(withheld)";
  }
  return details;
}

/** Everything a write needs besides its work: where it goes, what it records, and when. */
export interface AuditScope {
  db: Db;
  /** Who, what, from where: every record of the write carries it. */
  intent: AuditIntent;
  /** The clock of each record's `at` (default: the system clock). */
  now?: () => Date;
  /** Told when a `failed` outcome cannot be recorded (the call's own error is thrown all the same). */
  logger?: Pick<Logger, "error">;
}

/** The scope of this request: its database, actor, request id, address, clock and logger. */
export function auditScope(c: Context, facts: AuditFacts): AuditScope {
  const deps = depsOf(c);
  if (!deps) throw new Error("auditScope() runs inside the app (deps missing)");
  return {
    db: deps.database.db,
    intent: auditIntent(c, facts),
    now: deps.now,
    logger: (c as Context<AppEnv>).get("logger") ?? deps.logger,
  };
}

export interface AuditedCallOptions<T> {
  /** Details added to the `success` record (fingerprints, counts — never secret values). */
  successDetails?: (result: T) => Details;
  /** The console's own state change, committed in the same transaction as the `success` record. */
  commit?: (tx: Tx, result: T) => Promise<void>;
}

/**
 * A provider call: records an `intent`, makes the call, records `success` or `failed` naming the
 * intent (`outcomeDetails`; a fault's code as `errorCode`). Fail closed: no intent, no call (503); a
 * `success` (with `commit`'s change) that cannot be committed withholds the result (503) — the intent
 * without an outcome shows that the call may have happened, until the reconciler ends it.
 */
export async function auditedCall<T>(
  scope: AuditScope,
  call: () => Promise<T>,
  options: AuditedCallOptions<T> = {},
): Promise<T> {
  let intentSeq: number;
  try {
    intentSeq = (await appendAlone(scope, "intent")).seq;
  } catch (err) {
    throw ApiError.auditUnavailable(err);
  }
  let result: T;
  try {
    result = await call();
  } catch (err) {
    const errorCode = err instanceof ApiError ? err.code : "internal_error";
    await appendAlone(
      scope,
      "failed",
      outcomeDetails(intentSeq, { ...scope.intent.details, errorCode }),
    ).catch((auditErr: unknown) =>
      scope.logger?.error(
        { err: auditErr, action: scope.intent.action },
        "audit: failed outcome not recorded",
      ),
    );
    throw err;
  }
  const { commit, successDetails } = options;
  try {
    await commitWithRecord(
      scope,
      async (tx) => commit?.(tx, result),
      () => outcomeDetails(intentSeq, { ...scope.intent.details, ...successDetails?.(result) }),
    );
  } catch (err) {
    throw ApiError.auditUnavailable(
      err instanceof RecordFailure ? err.cause : err,
      `The action may have been performed, but its outcome could not be ${commit ? "recorded" : "audited"}; ` +
        "check its state before retrying.",
    );
  }
  return result;
}

/**
 * The console's own state: runs `change` and appends its `success` record in the SAME transaction,
 * so both commit or neither does. A record that cannot be written rolls the change back (503); the
 * change's own errors (a 412, a conflict) pass through unchanged.
 */
export async function auditedChange<T>(
  scope: AuditScope,
  change: (tx: Tx) => Promise<T>,
  options: Pick<AuditedCallOptions<T>, "successDetails"> = {},
): Promise<T> {
  const { successDetails } = options;
  try {
    return await commitWithRecord(scope, change, (result) =>
      successDetails ? { ...scope.intent.details, ...successDetails(result) } : scope.intent.details,
    );
  } catch (err) {
    if (err instanceof RecordFailure) throw ApiError.auditUnavailable(err.cause);
    throw err;
  }
}

/**
 * One record of this request in a transaction of its own. Fail closed: a record that cannot be
 * written throws 503 `audit_unavailable`, and the caller must not go on (for a read such as an export
 * or a verify: the result is not delivered).
 */
export async function auditRecord(
  scope: AuditScope,
  outcome: Extract<AuditOutcome, "success" | "failed" | "denied"> = "success",
): Promise<void> {
  try {
    await appendAlone(scope, outcome);
  } catch (err) {
    throw ApiError.auditUnavailable(err);
  }
}

/** The record of a write, as of now. */
const eventOf = (scope: AuditScope, outcome: AuditOutcome, details: Details = scope.intent.details) => ({
  ...scope.intent,
  outcome,
  at: (scope.now ?? (() => new Date()))().toISOString(),
  details,
});

/** Appends one record in a transaction of its own. */
const appendAlone = (scope: AuditScope, outcome: AuditOutcome, details?: Details) =>
  scope.db.transaction((tx) => appendAudit(tx, eventOf(scope, outcome, details)));

/** The record (not the work) of `commitWithRecord` failed; the transaction was rolled back. */
class RecordFailure extends Error {
  constructor(cause: unknown) {
    super("the audit record could not be written", { cause });
  }
}

/**
 * Runs `work`, then appends its `success` record in the same transaction. Rejects with the work's
 * (or the transaction's) own error, or with `RecordFailure` when the record could not be written.
 */
async function commitWithRecord<T>(
  scope: AuditScope,
  work: (tx: Tx) => Promise<T>,
  details: (result: T) => Details,
): Promise<T> {
  return scope.db.transaction(async (tx) => {
    const result = await work(tx);
    try {
      await appendAudit(tx, eventOf(scope, "success", details(result)));
    } catch (err) {
      throw new RecordFailure(err);
    }
    return result;
  });
}
