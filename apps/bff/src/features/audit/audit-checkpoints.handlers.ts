import type { AuditCheckpoint } from "@keyturn/api-contract";
import { eq } from "drizzle-orm";
import type { Tx } from "../../db/client.ts";
import { auditCheckpoints } from "../../db/schema.ts";
import { ApiError } from "../../errors/api-error.ts";
import type { AppRouteHandler } from "../../routing/create-router.ts";
import type {
  createAuditCheckpoint,
  downloadAuditCheckpoint,
  listAuditCheckpoints,
} from "./audit-checkpoints.routes.ts";
import { auditIntent } from "./audit-context.ts";
import { recordRequestAudit } from "./audit-request.ts";
import { appendAudit } from "./audit-writer.ts";
import { type CheckpointKey, checkpointKey } from "./checkpoint-key.ts";
import { listCheckpoints } from "./checkpoint-queries.ts";
import {
  CHECKPOINT_TYPE,
  type CheckpointRow,
  checkpointMessage,
  checkpointValid,
  createCheckpoint,
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
  const facts = { action: "audit.checkpoint" } as const;
  const record = async (tx: Tx, checkpoint: CheckpointRow) => {
    const details = { checkpointId: checkpoint.id, checkpointSeq: checkpoint.seq };
    const event = {
      ...auditIntent(c, facts),
      outcome: "success" as const,
      at: deps.now().toISOString(),
      details,
    };
    try {
      await appendAudit(tx, event);
    } catch (err) {
      throw ApiError.auditUnavailable(err);
    }
  };
  let result: Awaited<ReturnType<typeof createCheckpoint>>;
  try {
    result = await createCheckpoint(deps.database.db, key, {
      now: deps.now(),
      trigger: "manual",
      createdBy: c.var.identity.oid,
      onCreated: record,
    });
  } catch (err) {
    if (!(err instanceof ApiError)) await recordRequestAudit(c, facts, "failed");
    throw err;
  }
  if (!result.created) throw new Error(`a manual checkpoint is never skipped (${result.reason})`);
  return c.json(checkpointDocument(result.checkpoint, key), 201);
};
