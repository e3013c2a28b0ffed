import { and, desc, eq, gt, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db, Tx } from "../../db/client.ts";
import { auditEvents, jobLeases } from "../../db/schema.ts";
import type { AuditRow } from "./audit-chain.ts";

/** The `job_leases` row of the reconciler: its lease, and in `progress` the seq up to which it is done. */
export const RECONCILE_JOB = "audit-reconcile";

const i = alias(auditEvents, "i");

/**
 * The intent `i` has an outcome: a record naming it (`details.intentSeq`, a unique index), or — for
 * records written before outcomes named their intent — a later `success` or `failed` of the same
 * request, action and target (found through `audit_events_unnamed_outcomes`: successes and failures
 * that name no intent — those older outcomes, and records of actions that write no intent).
 */
const hasOutcome = sql`(
  exists (select 1 from audit_events o where (o.details->>'intentSeq') = (${i.seq})::text)
  or exists (
    select 1 from audit_events o
    where o.outcome in ('success', 'failed') and (o.details->>'intentSeq') is null
      and o.request_id = ${i.requestId} and o.seq > ${i.seq} and o.action = ${i.action}
      and o.target_workspace is not distinct from ${i.targetWorkspace}
      and o.target_deployment is not distinct from ${i.targetDeployment}
      and o.target_key_type is not distinct from ${i.targetKeyType}
  )
)`;

/** Intents after `afterSeq` without an outcome, in seq order, at most `limit`. */
export function openIntents(db: Db, afterSeq: number, limit: number): Promise<AuditRow[]> {
  return db
    .select()
    .from(i)
    .where(and(gt(i.seq, afterSeq), eq(i.outcome, "intent"), sql`not ${hasOutcome}`))
    .orderBy(i.seq)
    .limit(limit);
}

/** Whether the intent has an outcome now (read under the chain lock: no writer can add one meanwhile). */
export async function intentHasOutcome(tx: Tx, intentSeq: number): Promise<boolean> {
  const [row] = await tx
    .select({ done: sql<boolean>`${hasOutcome}` })
    .from(i)
    .where(eq(i.seq, intentSeq));
  return row?.done === true;
}

export async function headSeq(db: Db): Promise<number> {
  const [head] = await db
    .select({ seq: auditEvents.seq })
    .from(auditEvents)
    .orderBy(desc(auditEvents.seq))
    .limit(1);
  return head?.seq ?? 0;
}

export async function reconciledThrough(db: Db): Promise<number> {
  const [row] = await db
    .select({ progress: jobLeases.progress })
    .from(jobLeases)
    .where(eq(jobLeases.job, RECONCILE_JOB));
  return row?.progress ?? 0;
}

/** Moves the mark forward only (two runs may overlap; every mark either computes is true). */
export async function markReconciledThrough(db: Db, seq: number): Promise<void> {
  await db
    .insert(jobLeases)
    .values({
      job: RECONCILE_JOB,
      holder: "",
      leaseUntil: sql`now()`,
      startedAt: sql`'-infinity'::timestamptz`,
      progress: seq,
    })
    .onConflictDoUpdate({
      target: jobLeases.job,
      set: { progress: sql`greatest(coalesce(${jobLeases.progress}, 0), excluded.progress)` },
    });
}
