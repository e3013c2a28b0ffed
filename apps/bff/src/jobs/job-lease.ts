import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../db/client.ts";
import { jobLeases } from "../db/schema.ts";

export interface LeaseOptions {
  /** How long the claim holds if the holder never releases it (crash). */
  leaseMs: number;
  /** A run is skipped if the previous one started less than this long ago (replicas' timers differ). */
  minIntervalMs: number;
}

const ms = (value: number) => sql`(${Math.max(0, Math.round(value))} * interval '1 millisecond')`;

/**
 * Claims one run of `job` with a single conditional upsert: it succeeds only if no lease is held and
 * the last run started at least `minIntervalMs` ago. Concurrent claimers on PostgreSQL serialise on
 * the row (the loser re-checks the condition against the winner's row and gets nothing), on PGlite
 * statements run one at a time: either way exactly one claimer wins.
 */
export async function claimLease(
  db: Db,
  job: string,
  holder: string,
  options: LeaseOptions,
): Promise<boolean> {
  const claimed = await db
    .insert(jobLeases)
    .values({ job, holder, leaseUntil: sql`now() + ${ms(options.leaseMs)}`, startedAt: sql`now()` })
    .onConflictDoUpdate({
      target: jobLeases.job,
      set: {
        holder,
        leaseUntil: sql`now() + ${ms(options.leaseMs)}`,
        startedAt: sql`now()`,
        finishedAt: null,
        outcome: null,
      },
      setWhere: sql`${jobLeases.leaseUntil} <= now() and ${jobLeases.startedAt} <= now() - ${ms(options.minIntervalMs)}`,
    })
    .returning({ holder: jobLeases.holder });
  return claimed.length === 1;
}

/** Ends the holder's run: the lease is free again, and the outcome recorded. */
export async function releaseLease(
  db: Db,
  job: string,
  holder: string,
  outcome: "ok" | "failed",
): Promise<void> {
  await db
    .update(jobLeases)
    .set({ leaseUntil: sql`now()`, finishedAt: sql`now()`, outcome })
    .where(and(eq(jobLeases.job, job), eq(jobLeases.holder, holder)));
}
