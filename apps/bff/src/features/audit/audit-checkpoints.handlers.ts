import type { AuditCheckpoint } from "@keyturn/api-contract";
import { eq } from "drizzle-orm";
import { auditCheckpoints } from "../../db/schema.ts";
import { ApiError } from "../../errors/api-error.ts";
import type { AppRouteHandler } from "../../routing/create-router.ts";
import type {
  createAuditCheckpoint,
  downloadAuditCheckpoint,
  listAuditCheckpoints,
} from "./audit-checkpoints.routes.ts";
import { auditedChange, auditRecord, auditScope } from "./audit-write.ts";
import { type CheckpointKey, checkpointKey } from "./checkpoint-key.ts";
import { listCheckpoints } from "./checkpoint-queries.ts";
import {
  CHECKPOINT_TYPE,
  type CheckpointRow,
  checkpointMessage,
  checkpointValid,
  createCheckpointIn,
} from "./checkpoints.ts";

/** A checkpoint as downloaded: everything another party needs to check it without this server. */
export function checkpointDocument(row: CheckpointRow, key: CheckpointKey): AuditCheckpoint {
  return {
    type: CHECKPOINT_TYPE,
    id: row.id,
    seq: row.seq,
    hash: row.hash,
    signedAt: row.signedAt.toISOString(),
    keyId: row.keyId,
    algorithm: "Ed25519" as const,
    signature: row.signature,
    signedMessage: checkpointMessage(row),
    publicKey: row.publicKey,
    trigger: row.trigger as "scheduled" | "manual",
    valid: checkpointValid(row, key),
  };
}

export const list: AppRouteHandler<typeof listAuditCheckpoints> = async (c) => {
  const { cursor, limit } = c.req.valid("query");
  const key = await checkpointKey(c.var.deps.config.audit);
  const page = await listCheckpoints(c.var.deps.database.db, { before: cursor, limit });
  return c.json({ items: page.rows.map((row) => checkpointDocument(row, key)), next: page.next }, 200);
};

export const download: AppRouteHandler<typeof downloadAuditCheckpoint> = async (c) => {
  const { id } = c.req.valid("param");
  const [row] = await c.var.deps.database.db
    .select()
    .from(auditCheckpoints)
    .where(eq(auditCheckpoints.id, id));
  if (!row) throw ApiError.notFound("No such checkpoint.");
  const key = await checkpointKey(c.var.deps.config.audit);
  c.header("Content-Disposition", `attachment; filename="keyturn-audit-checkpoint-${row.id}.json"`);
  return c.json(checkpointDocument(row, key), 200);
};

/**
 * Signs the head and records who asked (`audit.checkpoint`) in one transaction. Fail closed: when the
 * record cannot be written the checkpoint is rolled back too (503), so none exists unaudited.
 */
export const create: AppRouteHandler<typeof createAuditCheckpoint> = async (c) => {
  const { deps } = c.var;
  const key = await checkpointKey(deps.config.audit);
  const audit = auditScope(c, { action: "audit.checkpoint" });
  let checkpoint: CheckpointRow;
  try {
    checkpoint = await auditedChange(
      audit,
      async (tx) => {
        const options = { now: deps.now(), trigger: "manual", createdBy: c.var.identity.oid } as const;
        const result = await createCheckpointIn(tx, key, options);
        if (!result.created) throw new Error(`a manual checkpoint is never skipped (${result.reason})`);
        return result.checkpoint;
      },
      { successDetails: (row) => ({ checkpointId: row.id, checkpointSeq: row.seq }) },
    );
  } catch (err) {
    if (!(err instanceof ApiError)) await auditRecord(audit, "failed");
    throw err;
  }
  return c.json(checkpointDocument(checkpoint, key), 201);
};
