import { and, asc, desc, gt, gte, lt, lte } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { auditCheckpoints } from "../../db/schema.ts";
import type { CheckpointKey } from "./checkpoint-key.ts";
import { type CheckpointRow, checkpointValid } from "./checkpoints.ts";

// Reading the signed checkpoints: the list, and the verify walk's anchors.

/** Checkpoints newest first, after the `before` id (keyset paging). */
export async function listCheckpoints(db: Db, page: { before?: number | undefined; limit: number }) {
  const rows = await db
    .select()
    .from(auditCheckpoints)
    .where(page.before === undefined ? undefined : lt(auditCheckpoints.id, page.before))
    .orderBy(desc(auditCheckpoints.id))
    .limit(page.limit + 1);
  const more = rows.length > page.limit;
  if (more) rows.pop();
  return { rows, next: more ? (rows.at(-1)?.id ?? null) : null };
}

/** Checkpoints with `from ≤ seq ≤ to`, in seq order (the verify walk's anchors for one batch). */
export function checkpointsBetween(db: Db, from: number, to: number): Promise<CheckpointRow[]> {
  return db
    .select()
    .from(auditCheckpoints)
    .where(and(gte(auditCheckpoints.seq, from), lte(auditCheckpoints.seq, to)))
    .orderBy(asc(auditCheckpoints.seq), asc(auditCheckpoints.id));
}

/** The valid checkpoint with the highest seq (the truncation anchor); invalid ones are passed over. */
export async function latestValidCheckpoint(db: Db, key: CheckpointKey): Promise<CheckpointRow | null> {
  let below: number | undefined;
  for (let scanned = 0; scanned < 1_000; scanned += 100) {
    const rows = await db
      .select()
      .from(auditCheckpoints)
      .where(below === undefined ? undefined : lt(auditCheckpoints.seq, below))
      .orderBy(desc(auditCheckpoints.seq), desc(auditCheckpoints.id))
      .limit(100);
    const valid = rows.find((row) => checkpointValid(row, key));
    if (valid) return valid;
    if (rows.length < 100) return null;
    below = (rows.at(-1) as CheckpointRow).seq;
  }
  return null;
}

/** Checkpoints naming a seq above `seq` (at most `limit`): past the head, or a truncated tail. */
export function checkpointsAbove(db: Db, seq: number, limit = 1_000): Promise<CheckpointRow[]> {
  return db
    .select()
    .from(auditCheckpoints)
    .where(gt(auditCheckpoints.seq, seq))
    .orderBy(asc(auditCheckpoints.seq))
    .limit(limit);
}
