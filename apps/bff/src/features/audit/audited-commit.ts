import type { Context } from "hono";
import { depsOf } from "../../app-env.ts";
import type { Tx } from "../../db/client.ts";
import { ApiError } from "../../errors/api-error.ts";
import { type AuditFacts, auditIntent } from "./audit-context.ts";
import { type AuditEventInput, appendAudit, outcomeDetails } from "./audit-writer.ts";

export interface AuditedCommitOptions<T> {
  /** Details of the `success` record (fingerprints, counts: never secret values). */
  successDetails?: (result: T) => AuditEventInput["details"];
  /** The console's own state change, committed in the same transaction as the `success` record. */
  commit: (tx: Tx, result: T) => Promise<void>;
}

/**
 * `audited` for a provider call that also changes the console's own state: intent → action → one
 * transaction holding the state change AND the `success` record. Fail closed like `withAudit`: no
 * intent, no action (503); a failed action records `failed` with its code; when the final transaction
 * fails, neither the state change nor the success is recorded and the caller gets 503 (the intent
 * without an outcome shows that the action may have happened).
 */
export async function auditedCommit<T>(
  c: Context,
  facts: AuditFacts,
  action: () => Promise<T>,
  options: AuditedCommitOptions<T>,
): Promise<T> {
  const deps = depsOf(c);
  if (!deps) throw new Error("auditedCommit() runs inside the app (deps missing)");
  const { db } = deps.database;
  const intent = auditIntent(c, facts);
  const event = (outcome: AuditEventInput["outcome"], details: AuditEventInput["details"]) => ({
    ...intent,
    outcome,
    at: deps.now().toISOString(),
    details,
  });

  let intentSeq: number;
  try {
    intentSeq = (await db.transaction((tx) => appendAudit(tx, event("intent", intent.details)))).seq;
  } catch (err) {
    throw ApiError.auditUnavailable(err);
  }
  let result: T;
  try {
    result = await action();
  } catch (err) {
    const errorCode = err instanceof ApiError ? err.code : "internal_error";
    await db
      .transaction((tx) =>
        appendAudit(tx, event("failed", outcomeDetails(intentSeq, { ...intent.details, errorCode }))),
      )
      .catch((auditErr: unknown) =>
        deps.logger.error({ err: auditErr, action: facts.action }, "audit: failed outcome not recorded"),
      );
    throw err;
  }
  try {
    await db.transaction(async (tx) => {
      await options.commit(tx, result);
      const details = { ...intent.details, ...options.successDetails?.(result) };
      await appendAudit(tx, event("success", outcomeDetails(intentSeq, details)));
    });
  } catch (err) {
    throw ApiError.auditUnavailable(
      err,
      "The action may have been performed, but its outcome could not be recorded; check its state before retrying.",
    );
  }
  return result;
}
