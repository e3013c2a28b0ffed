import { and, eq, gt, lte, type SQL } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { auditEvents } from "../../db/schema.ts";
import { auditHead } from "./audit-query.ts";
import { type Anchor, type ChainBreak, ChainWalker } from "./chain-walker.ts";
import type { CheckpointKey } from "./checkpoint-key.ts";
import { checkpointsAbove, checkpointsBetween, latestValidCheckpoint } from "./checkpoint-queries.ts";
import { type CheckpointRow, checkpointValid } from "./checkpoints.ts";
import { selectWalkRows, type WalkRow } from "./walk-rows.ts";

export interface VerifyReport {
  intact: boolean;
  /** Records whose hash and link verified (the walk stops at the first break). */
  checked: number;
  /** The head the walk was bounded by (the last record when it started). */
  head: { seq: number; hash: string | null };
  break: ChainBreak | null;
  checkpoints: {
    /** Signed checkpoints matched against the chain. */
    matched: number;
    /** Checkpoints whose signature does not verify with this installation's key (ignored). */
    invalid: number;
    /** The truncation anchor: the valid checkpoint with the highest seq. */
    latest: { id: number; seq: number } | null;
  };
}

export interface VerifyOptions {
  key: CheckpointKey;
  /** A trusted (seq, hash) kept elsewhere, e.g. a downloaded checkpoint. */
  anchor?: Anchor | undefined;
  batchSize?: number;
  /** Ranges read at once (default 3): the database hashes them in parallel. */
  inFlight?: number;
  signal?: AbortSignal | undefined;
}

/**
 * The verify walk over the database: rows in seq order, in ranges of `batchSize` seqs (PostgreSQL
 * hashes the next ones while Node walks the current one), with the signed checkpoints of each range as
 * anchors and the latest valid checkpoint (and the caller's anchor) as the truncation test.
 * The latest checkpoint is read BEFORE the head, so a checkpoint can never be ahead of the walk
 * unless rows were removed.
 */
export async function verifyAuditLog(db: Db, options: VerifyOptions): Promise<VerifyReport> {
  const batchSize = options.batchSize ?? 5_000;
  const inFlight = options.inFlight ?? 3;
  const latest = await latestValidCheckpoint(db, options.key);
  const head = await auditHead(db);
  const walker = new ChainWalker(async (hash) => {
    const [row] = await db
      .select({ seq: auditEvents.seq })
      .from(auditEvents)
      .where(eq(auditEvents.hash, hash));
    return row?.seq ?? null;
  });
  const counts = { matched: 0, invalid: 0 };
  const anchorsIn = async (from: number, to: number): Promise<Anchor[]> => {
    const rows = await checkpointsBetween(db, from, to);
    const valid = rows.filter((row) => checkpointValid(row, options.key));
    counts.matched += valid.length;
    counts.invalid += rows.length - valid.length;
    const extra =
      options.anchor && options.anchor.seq >= from && options.anchor.seq <= to ? [options.anchor] : [];
    return [...valid.map((row) => ({ seq: row.seq, hash: row.hash })), ...extra].sort(
      (a, b) => a.seq - b.seq,
    );
  };
  // Seq ranges, not "the next n rows": the next range can be asked for before this one arrives.
  // A range with rows missing is a gap, and the walk stops at the first gap anyway.
  const fetchRange = (after: number) =>
    selectWalkRows(
      db,
      and(gt(auditEvents.seq, after), lte(auditEvents.seq, Math.min(after + batchSize, head.seq))) as SQL,
    );

  const report = (found: ChainBreak | null): VerifyReport => ({
    intact: found === null,
    checked: walker.count,
    head,
    break: found,
    checkpoints: { ...counts, latest: latest ? { id: latest.id, seq: latest.seq } : null },
  });

  // `inFlight` ranges are read at once (each on its own connection, hashed by its own database
  // process) while Node walks the oldest; abandoned reads are caught so a break leaves no rejection.
  const ahead: { after: number; rows: Promise<WalkRow[]> }[] = [];
  let queued = 0;
  const fill = () => {
    while (ahead.length < inFlight && queued < head.seq) {
      const rows = fetchRange(queued);
      rows.catch(() => {});
      ahead.push({ after: queued, rows });
      queued += batchSize;
    }
  };
  let from = 1;
  for (fill(); ahead.length > 0; fill()) {
    const range = ahead.shift() as (typeof ahead)[number];
    const rows = await range.rows;
    options.signal?.throwIfAborted();
    const to = Math.min(range.after + batchSize, head.seq);
    const found = walker.expect(await anchorsIn(from, to)) ?? (await walkRows(walker, rows));
    if (found) return report(found);
    from = to + 1;
  }
  const above = await checkpointsAbove(db, walker.head.seq);
  counts.invalid += above.filter((row) => !checkpointValid(row, options.key)).length;
  const beyond: Anchor[] = [];
  if (latest && latest.seq >= from) beyond.push({ seq: latest.seq, hash: latest.hash });
  if (options.anchor && options.anchor.seq >= from) beyond.push(options.anchor);
  return report(walker.expect(beyond.sort((a, b) => a.seq - b.seq)) ?? walker.finish());
}

async function walkRows(walker: ChainWalker, rows: WalkRow[]): Promise<ChainBreak | null> {
  for (const row of rows) {
    const found = walker.push(row); // synchronous unless a link is broken
    if (found) return found;
  }
  return null;
}

export type { CheckpointRow };
