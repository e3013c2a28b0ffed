import { type AuditEvent, AuditEventSchema, type AuditOutcome } from "@keyturn/auth-domain";
import { desc, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Db, Tx } from "../../db/client.ts";
import { auditEvents } from "../../db/schema.ts";
import { ApiError } from "../../errors/api-error.ts";
import { chainHash, eventToRow, GENESIS_HASH } from "./audit-chain.ts";

export type AuditEventInput = z.input<typeof AuditEventSchema>;
/** An event before its outcome and time are known: what `withAudit` records three times at most. */
export type AuditIntent = Omit<AuditEventInput, "outcome" | "at">;

/** Transaction-scoped advisory lock serialising appends across every replica on one database. */
export const AUDIT_CHAIN_LOCK = 4_711_002;

/**
 * Appends one event to the chain inside `tx`: validates it (AuditEventSchema), takes the chain lock
 * (held until `tx` commits, so call this last in a transaction), reads the head, and inserts the row
 * with `seq = head.seq + 1` and `hash = SHA-256(head.hash ‖ canonical(event + seq))`.
 */
export async function appendAudit(tx: Tx, input: AuditEventInput): Promise<{ seq: number; hash: string }> {
  const event: AuditEvent = AuditEventSchema.parse(input);
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
  const [head] = await tx
    .select({ seq: auditEvents.seq, hash: auditEvents.hash })
    .from(auditEvents)
    .orderBy(desc(auditEvents.seq))
    .limit(1);
  const seq = (head?.seq ?? 0) + 1;
  const prevHash = head?.hash ?? GENESIS_HASH;
  const hash = chainHash(prevHash, seq, event);
  await tx.insert(auditEvents).values(eventToRow(seq, prevHash, hash, event));
  return { seq, hash };
}

/**
 * The details of an intent's outcome: they name the intent by its `seq`. A unique index on that name
 * (`audit_events_outcome_of_intent`) lets each intent end once, whichever writer (the request, or the
 * reconciler after a crash: `audit-reconcile.ts`) gets there first; request ids may repeat.
 */
export const outcomeDetails = (
  intentSeq: number,
  details: AuditEventInput["details"],
): NonNullable<AuditEventInput["details"]> => ({ ...details, intentSeq });

export interface WithAuditOptions<T> {
  now?: () => Date;
  /** Details added to the `success` record (fingerprints, counts — never secret values). */
  successDetails?: (result: T) => AuditEventInput["details"];
  /** Called when recording a `failed` outcome itself fails (the original error is still thrown). */
  onAuditFailure?: (err: unknown) => void;
}

/**
 * For calls to the provider (which no database transaction can cover): records an `intent`, runs the
 * action, records `success` or `failed` naming the intent (`outcomeDetails`). Fail closed: if the intent cannot be recorded the action is
 * not run and a 503 `audit_unavailable` ApiError is thrown; if the success cannot be recorded, the
 * result is withheld (503) — the `intent` without an outcome shows what happened.
 */
export async function withAudit<T>(
  db: Db,
  intent: AuditIntent,
  action: () => Promise<T>,
  options: WithAuditOptions<T> = {},
): Promise<T> {
  const now = options.now ?? (() => new Date());
  const record = (outcome: AuditOutcome, details: AuditEventInput["details"] = intent.details) =>
    db.transaction((tx) => appendAudit(tx, { ...intent, outcome, at: now().toISOString(), details }));

  let intentSeq: number;
  try {
    intentSeq = (await record("intent")).seq;
  } catch (err) {
    throw ApiError.auditUnavailable(err);
  }
  let result: T;
  try {
    result = await action();
  } catch (err) {
    const errorCode = err instanceof ApiError ? err.code : "internal_error";
    await record("failed", outcomeDetails(intentSeq, { ...intent.details, errorCode })).catch(
      (auditErr: unknown) => options.onAuditFailure?.(auditErr),
    );
    throw err;
  }
  try {
    await record(
      "success",
      outcomeDetails(intentSeq, { ...intent.details, ...options.successDetails?.(result) }),
    );
  } catch (err) {
    throw ApiError.auditUnavailable(
      err,
      "The action may have been performed, but its outcome could not be audited; check its state before retrying.",
    );
  }
  return result;
}

/**
 * For the console's own state: runs `work` and appends its `success` record in the SAME transaction,
 * so the change and its audit record commit together or not at all (503 when the audit part fails).
 */
export async function auditedTransaction<T>(
  db: Db,
  event: Omit<AuditEventInput, "outcome">,
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  let auditFailure: unknown;
  try {
    return await db.transaction(async (tx) => {
      const result = await work(tx);
      try {
        await appendAudit(tx, { ...event, outcome: "success" });
      } catch (err) {
        auditFailure = err;
        throw err;
      }
      return result;
    });
  } catch (err) {
    if (auditFailure !== undefined) throw ApiError.auditUnavailable(auditFailure);
    throw err;
  }
}
