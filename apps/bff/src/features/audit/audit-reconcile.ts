import type { AuditAction } from "@keyturn/auth-domain";
import { sql } from "drizzle-orm";
import type { AppDeps } from "../../app-env.ts";
import type { Config } from "../../env.ts";
import { AUDIT_CHAIN_LOCK, appendAudit, outcomeDetails } from "./audit-append.ts";
import type { AuditRow } from "./audit-chain.ts";
import { type Probe, type ProbeDeps, probeIntent } from "./reconcile-probe.ts";
import {
  headSeq,
  intentHasOutcome,
  markReconciledThrough,
  openIntents,
  reconciledThrough,
} from "./reconcile-queries.ts";

const BATCH = 200;

/**
 * How long after its intent an action may still write its own outcome. The longest path is a
 * regeneration or a create: the write call, the wait for the workspace's operation
 * (KEYTURN_OPERATION_WAIT_MS, the longest step), its last poll, and the reads after it, each call
 * bounded by KEYTURN_PROVIDER_TIMEOUT_MS (a read retried up to three times). The request timeout does
 * not bound it: it answers 504 but the handler's provider calls run on.
 */
export function intentDeadlineMs(config: Pick<Config, "provider">): number {
  return config.provider.operationWaitMs + 5 * config.provider.timeoutMs;
}

export interface ReconcileReport {
  /** Outcomes written, by what was found. */
  reconciled: number;
  found: Record<string, number>;
  /** Open intents younger than the deadline: their action may still finish. */
  pending: number;
  /** Open intents whose outcome could not be written this time (retried next run). */
  failed: number;
  /** Every intent up to this seq has its outcome. */
  through: number;
}

/**
 * Ends every intent older than the deadline that has no outcome (its process died: a crash, a kill)
 * with one `reconciled` record naming it: the intent's actor, request and target, and what the
 * provider's state says happened (`details.found`, `reconcile-probe.ts`). Each outcome is written under
 * the chain lock after checking that none exists, and the unique index on the intent's name stops a
 * second one whoever writes it, so concurrent runs (replicas) end each intent once. Progress is kept
 * in `job_leases` so a run reads only the intents after the last one it could not end.
 */
export async function reconcileIntents(
  deps: ProbeDeps & Pick<AppDeps, "now">,
  options: { now?: Date } = {},
): Promise<ReconcileReport> {
  const { db } = deps.database;
  const now = options.now ?? deps.now();
  const cutoff = now.getTime() - intentDeadlineMs(deps.config);
  const report: ReconcileReport = { reconciled: 0, found: {}, pending: 0, failed: 0, through: 0 };
  const start = await reconciledThrough(db);
  const head = await headSeq(db); // read first: any intent at or below it is visible to the reads after
  let firstHeld: number | null = null;
  let after = start;
  for (;;) {
    const batch = await openIntents(db, after, BATCH);
    for (const intent of batch) {
      const outcome = intent.at.getTime() > cutoff ? "pending" : await reconcileOne(deps, intent, now);
      if (outcome === "pending" || outcome === "failed") {
        report[outcome] += 1;
        firstHeld ??= intent.seq;
      } else if (outcome !== "skipped") {
        report.reconciled += 1;
        report.found[outcome] = (report.found[outcome] ?? 0) + 1;
      }
    }
    if (batch.length < BATCH) break;
    after = batch[batch.length - 1]?.seq ?? after;
  }
  report.through = Math.max(start, firstHeld === null ? head : firstHeld - 1);
  if (report.through > start) await markReconciledThrough(db, report.through);
  return report;
}

async function reconcileOne(
  deps: ProbeDeps,
  intent: AuditRow,
  now: Date,
): Promise<Probe["found"] | "skipped" | "failed"> {
  try {
    const probe = await probeIntent(deps, intent);
    const written = await deps.database.db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
      if (await intentHasOutcome(tx, intent.seq)) return false;
      await probe.commit?.(tx);
      await appendAudit(tx, {
        actor: {
          oid: intent.actorOid,
          name: intent.actorName,
          username: intent.actorUsername,
          roles: intent.actorRoles,
        },
        action: intent.action as AuditAction,
        target: {
          workspace: intent.targetWorkspace ?? undefined,
          deployment: intent.targetDeployment ?? undefined,
          keyType: (intent.targetKeyType ?? undefined) as "Primary" | "Secondary" | undefined,
        },
        at: now.toISOString(),
        outcome: "reconciled",
        requestId: intent.requestId,
        clientAddress: intent.clientAddress,
        userAgent: intent.userAgent,
        details: outcomeDetails(intent.seq, { ...intent.details, ...probe.details, found: probe.found }),
      });
      return true;
    });
    return written ? probe.found : "skipped";
  } catch (err) {
    deps.logger.error({ err, intentSeq: intent.seq, action: intent.action }, "audit: intent not reconciled");
    return "failed";
  }
}
