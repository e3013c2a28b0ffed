import { asc, eq, gte, sql } from "drizzle-orm";
import type { AppDeps } from "../../app-env.ts";
import type { Db } from "../../db/client.ts";
import { postureSnapshots } from "../../db/schema.ts";
import { type IntervalJob, intervalJob } from "../../jobs/interval-job.ts";
import { readPosturePolicy } from "./posture-policy.ts";
import { evaluateInventory } from "./posture-report.ts";

export type PostureSnapshotRow = typeof postureSnapshots.$inferSelect;

/** Only one replica evaluates the inventory for a snapshot at a time. */
export const POSTURE_SNAPSHOT_LOCK = 4_711_004;
const SNAPSHOT_INTERVAL_MS = 60 * 60 * 1000;

export const utcDay = (at: Date) => at.toISOString().slice(0, 10);

/**
 * Evaluates the inventory and writes today's (UTC) row: one row per day, the last snapshot of the
 * day wins. Runs under an advisory try-lock: a replica that finds it held skips (another is on it),
 * and with `freshForMs` one that finds today's row that fresh skips too (once per period).
 */
export async function takePostureSnapshot(
  db: Db,
  now: Date,
  options: { freshForMs?: number } = {},
): Promise<PostureSnapshotRow | null> {
  return db.transaction(async (tx) => {
    const { rows } = (await tx.execute(
      sql`select pg_try_advisory_xact_lock(${POSTURE_SNAPSHOT_LOCK}) as locked`,
    )) as unknown as { rows: Array<{ locked: boolean }> };
    if (!rows[0]?.locked) return null;
    if (options.freshForMs) {
      const [today] = await tx
        .select()
        .from(postureSnapshots)
        .where(eq(postureSnapshots.day, utcDay(now)));
      if (today && now.getTime() - today.takenAt.getTime() < options.freshForMs) return null;
    }
    const { policy } = await readPosturePolicy(tx);
    const { summary } = await evaluateInventory(tx as unknown as Db, policy, now);
    const values = {
      day: utcDay(now),
      deployments: summary.deployments,
      findings: summary.findings,
      counts: { bySeverity: summary.bySeverity, byRule: summary.byRule },
      maxKeyAgeDays: policy.maxKeyAgeDays,
      takenAt: now,
    };
    const [row] = await tx
      .insert(postureSnapshots)
      .values(values)
      .onConflictDoUpdate({ target: postureSnapshots.day, set: values })
      .returning();
    return row ?? null;
  });
}

/** The snapshots of the last `days` UTC days (today included), oldest first; days without one are absent. */
export function postureTrend(db: Db, days: number, now: Date): Promise<PostureSnapshotRow[]> {
  const first = utcDay(new Date(now.getTime() - (days - 1) * 86_400_000));
  return db
    .select()
    .from(postureSnapshots)
    .where(gte(postureSnapshots.day, first))
    .orderBy(asc(postureSnapshots.day));
}

/** The daily snapshot: at start, then hourly (today's row is refreshed; each day keeps its last). */
export function postureSnapshotJob(deps: AppDeps): IntervalJob {
  return intervalJob(
    "posture-snapshot",
    SNAPSHOT_INTERVAL_MS,
    async () => {
      const row = await takePostureSnapshot(deps.database.db, deps.now(), {
        freshForMs: SNAPSHOT_INTERVAL_MS * 0.9,
      });
      return row ? { day: row.day, findings: row.findings } : { skipped: "locked or fresh" };
    },
    deps.logger,
  );
}
