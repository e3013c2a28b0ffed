import { sign, verify } from "node:crypto";
import { desc, sql } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import { auditCheckpoints } from "../../db/schema.ts";
import { GENESIS_HASH } from "./audit-chain.ts";
import { auditHead } from "./audit-query.ts";
import { canonicalJson } from "./canonical-json.ts";
import type { CheckpointKey } from "./checkpoint-key.ts";

export type CheckpointRow = typeof auditCheckpoints.$inferSelect;

export const CHECKPOINT_TYPE = "keyturn.audit-checkpoint.v1" as const;

/** Only one replica makes a checkpoint at a time (transaction-scoped advisory lock). */
export const CHECKPOINT_LOCK = 4_711_003;

/**
 * The exact bytes signed (UTF-8): canonical JSON of the type, the head's seq and hash, the signing
 * time and the key id — e.g. `{"hash":"…","keyId":"…","seq":42,"signedAt":"2026-…Z","type":"…"}`.
 */
export function checkpointMessage(c: { seq: number; hash: string; signedAt: Date; keyId: string }): string {
  return canonicalJson({
    type: CHECKPOINT_TYPE,
    seq: c.seq,
    hash: c.hash,
    signedAt: c.signedAt.toISOString(),
    keyId: c.keyId,
  });
}

/** Signed by this installation's key, and unchanged since. */
export function checkpointValid(row: CheckpointRow, key: CheckpointKey): boolean {
  if (row.keyId !== key.keyId) return false;
  try {
    const message = Buffer.from(checkpointMessage(row), "utf8");
    return verify(null, message, key.publicKey, Buffer.from(row.signature, "base64"));
  } catch {
    return false;
  }
}

export interface CreateCheckpointOptions {
  now: Date;
  trigger: "scheduled" | "manual";
  createdBy?: string | null;
  /** Scheduled runs: skip when the last checkpoint is younger than this, or the head has not moved. */
  minIntervalMs?: number;
}

export type CreateCheckpointResult =
  | { created: true; checkpoint: CheckpointRow }
  | { created: false; reason: "locked" | "recent" | "unchanged" | "empty" };

/**
 * Signs the current head. Scheduled runs take the lock with `pg_try_advisory_xact_lock` and skip if
 * another replica holds it, made one within the interval, or nothing was appended since: so across
 * replicas the job runs once per interval. A manual run waits for the lock and always signs.
 */
export function createCheckpoint(
  db: Db,
  key: CheckpointKey,
  options: CreateCheckpointOptions,
): Promise<CreateCheckpointResult> {
  return db.transaction((tx) => createCheckpointIn(tx, key, options));
}

/**
 * `createCheckpoint` in the caller's transaction (a manual run's, which holds its audit record too):
 * the lock is held, and the checkpoint kept, only if that transaction commits.
 */
export async function createCheckpointIn(
  tx: Tx,
  key: CheckpointKey,
  options: CreateCheckpointOptions,
): Promise<CreateCheckpointResult> {
  const scheduled = options.trigger === "scheduled";
  if (scheduled) {
    const [row] = (
      (await tx.execute(sql`select pg_try_advisory_xact_lock(${CHECKPOINT_LOCK}) as locked`)) as unknown as {
        rows: Array<{ locked: boolean }>;
      }
    ).rows;
    if (!row?.locked) return { created: false, reason: "locked" };
  } else {
    await tx.execute(sql`select pg_advisory_xact_lock(${CHECKPOINT_LOCK})`);
  }
  const head = await auditHead(tx as unknown as Db);
  if (scheduled) {
    const [last] = await tx.select().from(auditCheckpoints).orderBy(desc(auditCheckpoints.id)).limit(1);
    if (head.seq === 0) return { created: false, reason: "empty" };
    if (last && options.now.getTime() - last.signedAt.getTime() < (options.minIntervalMs ?? 0)) {
      return { created: false, reason: "recent" };
    }
    if (last && last.seq === head.seq && last.hash === head.hash)
      return { created: false, reason: "unchanged" };
  }
  const fields = {
    seq: head.seq,
    hash: head.hash ?? GENESIS_HASH,
    signedAt: options.now,
    keyId: key.keyId,
  };
  const signature = sign(null, Buffer.from(checkpointMessage(fields), "utf8"), key.privateKey).toString(
    "base64",
  );
  const [checkpoint] = await tx
    .insert(auditCheckpoints)
    .values({
      ...fields,
      signature,
      publicKey: key.publicKeyPem,
      trigger: options.trigger,
      createdBy: options.createdBy ?? null,
    })
    .returning();
  return { created: true, checkpoint: checkpoint as CheckpointRow };
}
