import { randomUUID } from "node:crypto";
import type { AppDeps } from "../../app-env.ts";
import { type IntervalJob, intervalJob } from "../../jobs/interval-job.ts";
import { claimLease, releaseLease } from "../../jobs/job-lease.ts";
import { intentDeadlineMs, reconcileIntents } from "./audit-reconcile.ts";
import { RECONCILE_JOB } from "./reconcile-queries.ts";

/**
 * Reconciles unfinished intents at start and then once per deadline (`intentDeadlineMs`), so an intent
 * left by a crash gets its outcome at most two deadlines after it was written. Every replica ticks;
 * the lease in `job_leases` lets one run per period. The run at start skips only while another run
 * holds the lease; a run outliving its lease overlaps harmlessly (each intent ends once).
 */
export function reconcileJob(deps: AppDeps): IntervalJob {
  const holder = randomUUID();
  const periodMs = Math.max(1_000, intentDeadlineMs(deps.config));
  const { db } = deps.database;
  let first = true;
  return intervalJob(
    RECONCILE_JOB,
    periodMs,
    async () => {
      const minIntervalMs = first ? 0 : periodMs * 0.9;
      first = false;
      if (!(await claimLease(db, RECONCILE_JOB, holder, { leaseMs: 2 * periodMs, minIntervalMs }))) {
        return { skipped: true };
      }
      let outcome: "ok" | "failed" = "failed";
      try {
        const report = await reconcileIntents(deps);
        outcome = report.failed === 0 ? "ok" : "failed";
        if (report.reconciled > 0) deps.logger.warn({ ...report }, "audit: unfinished intents reconciled");
        return report;
      } finally {
        await releaseLease(db, RECONCILE_JOB, holder, outcome).catch((err: unknown) =>
          deps.logger.warn({ err }, "audit: releasing the reconcile lease failed"),
        );
      }
    },
    deps.logger,
  );
}
