import type { AppDeps } from "../../app-env.ts";
import { type IntervalJob, intervalJob } from "../../jobs/interval-job.ts";
import { claimLease, releaseLease } from "../../jobs/job-lease.ts";
import { type EngineOptions, engineFor } from "./rotation-engine.ts";
import { claimOrphans } from "./rotation-store.ts";

export interface RunnerOptions extends Partial<EngineOptions> {
  /** How often this replica looks for rotations whose replica died (default 15 s). */
  intervalMs?: number;
}

const JOB = "rotation-runner";

/**
 * Resumes rotations whose lease ran out (their replica died or stopped): one runner per period across
 * replicas (the job lease, as the inventory sync), which takes each orphan over with one conditional
 * update and drives it from its last recorded step. Stopping the job stops this replica's engine and
 * hands its rotations' leases back.
 */
export function rotationRunner(deps: AppDeps, options: RunnerOptions = {}): IntervalJob {
  const intervalMs = options.intervalMs ?? 15_000;
  const engine = engineFor(deps, options);
  const { db } = deps.database;
  const job = intervalJob(
    JOB,
    intervalMs,
    async () => {
      const leased = await claimLease(db, JOB, engine.holder, {
        leaseMs: Math.max(intervalMs, 60_000),
        minIntervalMs: intervalMs / 2,
      });
      if (!leased) return { skipped: true };
      let ids: string[] = [];
      try {
        ids = await claimOrphans(db, engine.holder, engine.leaseMs);
      } finally {
        await releaseLease(db, JOB, engine.holder, "ok");
      }
      for (const id of ids) void engine.drive(id);
      return { resumed: ids.length };
    },
    deps.logger,
  );
  return {
    start: () => job.start(),
    stop: async () => {
      await job.stop();
      await engine.stop();
    },
  };
}
