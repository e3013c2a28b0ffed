import type { AppDeps } from "../../app-env.ts";
import { type IntervalJob, intervalJob } from "../../jobs/interval-job.ts";
import { checkpointKey } from "./checkpoint-key.ts";
import { createCheckpoint } from "./checkpoints.ts";

/**
 * Signs the audit head every `config.audit.checkpointIntervalMs` (0: never). Every replica ticks;
 * `createCheckpoint` takes an advisory try-lock and skips when another replica signed within 90 % of
 * the interval, so one checkpoint is made per interval across replicas.
 */
export function checkpointJob(deps: AppDeps): IntervalJob {
  const intervalMs = deps.config.audit.checkpointIntervalMs;
  return intervalJob(
    "audit-checkpoint",
    intervalMs,
    async () => {
      const key = await checkpointKey(deps.config.audit);
      const result = await createCheckpoint(deps.database.db, key, {
        now: deps.now(),
        trigger: "scheduled",
        minIntervalMs: intervalMs * 0.9,
      });
      return result.created ? { created: result.checkpoint.id, seq: result.checkpoint.seq } : result;
    },
    deps.logger,
  );
}
