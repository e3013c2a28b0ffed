import { gt, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { rotationScheduleHolds } from "../../db/schema.ts";
import { ApiError } from "../../errors/api-error.ts";

/** The least a throttled workspace is left alone, whatever Retry-After said. */
export const MIN_HOLD_SECONDS = 30;
/** The most: a Retry-After of a day is not believed. */
export const MAX_HOLD_SECONDS = 3_600;

/** The provider told the console to slow down (429) or is unavailable (503): hold the workspace. */
export function throttleOf(err: unknown): { code: string; retryAfterSeconds: number } | null {
  if (!(err instanceof ApiError)) return null;
  if (err.code !== "provider_throttled" && err.code !== "provider_unavailable") return null;
  const said = Number.parseInt(err.headers["Retry-After"] ?? "", 10);
  const seconds = Number.isFinite(said) ? said : MIN_HOLD_SECONDS;
  return {
    code: err.code,
    retryAfterSeconds: Math.min(MAX_HOLD_SECONDS, Math.max(MIN_HOLD_SECONDS, seconds)),
  };
}

/** Workspaces the scheduler leaves alone now (a hold not yet over). */
export async function heldWorkspaces(db: Db, now: Date): Promise<Set<string>> {
  const rows = await db
    .select({ workspace: rotationScheduleHolds.workspace })
    .from(rotationScheduleHolds)
    .where(gt(rotationScheduleHolds.until, now));
  return new Set(rows.map((r) => r.workspace));
}

/** Starts nothing in `workspace` before now + the hold (replacing an older hold). */
export async function holdWorkspace(
  db: Db,
  workspace: string,
  throttle: { code: string; retryAfterSeconds: number },
  now: Date,
): Promise<Date> {
  const until = new Date(now.getTime() + throttle.retryAfterSeconds * 1000);
  await db
    .insert(rotationScheduleHolds)
    .values({ workspace, until, reason: throttle.code, updatedAt: now })
    .onConflictDoUpdate({
      target: rotationScheduleHolds.workspace,
      set: { until, reason: throttle.code, updatedAt: sql`excluded.updated_at` },
    });
  return until;
}
