import { z } from "zod";

// Signed checkpoints of the audit chain's head: `GET|POST /api/audit/checkpoints`, `GET …/{id}`.

export const AuditCheckpointSchema = z
  .object({
    type: z.literal("keyturn.audit-checkpoint.v1"),
    id: z.number().int(),
    seq: z.number().int(),
    hash: z.string(),
    signedAt: z.iso.datetime(),
    keyId: z.string(),
    algorithm: z.literal("Ed25519"),
    signature: z.string().meta({ description: "Base64 Ed25519 signature over `signedMessage` (UTF-8)." }),
    signedMessage: z
      .string()
      .meta({ description: "The exact signed text: canonical JSON of type, seq, hash, signedAt, keyId." }),
    publicKey: z.string().meta({ description: "The signing key, SPKI PEM." }),
    trigger: z.enum(["scheduled", "manual"]),
    /** The signature verifies with this installation's key. */
    valid: z.boolean(),
  })
  .meta({ id: "AuditCheckpoint" });
export type AuditCheckpoint = z.infer<typeof AuditCheckpointSchema>;

/** The most checkpoints one page may ask for. */
export const CHECKPOINT_PAGE_MAX = 200;

export const AuditCheckpointsQuerySchema = z.strictObject({
  cursor: z.coerce.number().int().min(1).optional().meta({ description: "`next` of the previous page." }),
  limit: z.coerce.number().int().min(1).max(CHECKPOINT_PAGE_MAX).default(50),
});

/** Newest first; `next` is the cursor of the following (older) page, null on the last. */
export const AuditCheckpointPageSchema = z
  .object({ items: z.array(AuditCheckpointSchema), next: z.number().int().nullable() })
  .meta({ id: "AuditCheckpointPage" });
export type AuditCheckpointPage = z.infer<typeof AuditCheckpointPageSchema>;
