import { z } from "@hono/zod-openapi";
import { AuditActionSchema, AuditOutcomeSchema, KEY_TYPES, safeText } from "@keyturn/auth-domain";

// Schemas of the audit routes. Domain enums are rebuilt here (never `.openapi()` a domain schema).

const Hash = safeText().regex(/^[0-9a-f]{64}$/);
const Text = (max: number) => safeText().min(1).max(max);

/** The filters shared by the query and the exports (all optional, ANDed). */
export const AuditFilterShape = {
  actor: Text(200)
    .optional()
    .openapi({ description: "An object id (GUID) or a username (case-insensitive)." }),
  action: z.enum(AuditActionSchema.options).optional(),
  outcome: z.enum(AuditOutcomeSchema.options).optional(),
  workspace: Text(200).optional(),
  deployment: Text(200).optional(),
  keyType: z.enum(KEY_TYPES).optional(),
  from: z.iso.datetime({ offset: true }).optional().openapi({ description: "Inclusive (ISO 8601)." }),
  to: z.iso.datetime({ offset: true }).optional().openapi({ description: "Exclusive (ISO 8601)." }),
};

export const AuditQuerySchema = z.strictObject({
  ...AuditFilterShape,
  cursor: safeText()
    .regex(/^[A-Za-z0-9_-]{1,64}$/)
    .optional()
    .openapi({ description: "`next` of the previous page." }),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

export const AuditExportQuerySchema = z.strictObject({
  ...AuditFilterShape,
  format: z.enum(["csv", "jsonl"]).default("jsonl"),
});

export const AuditRecordSchema = z
  .object({
    seq: z.number().int(),
    at: z.iso.datetime(),
    actor: z.object({ oid: z.string(), name: z.string(), username: z.string(), roles: z.array(z.string()) }),
    action: z.string(),
    target: z.object({
      workspace: z.string().nullable(),
      deployment: z.string().nullable(),
      keyType: z.string().nullable(),
    }),
    outcome: z.string(),
    requestId: z.string(),
    clientAddress: z.string().nullable(),
    userAgent: z.string().nullable(),
    details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
    prevHash: z.string(),
    hash: z.string(),
  })
  .openapi("AuditRecord");

export const AuditPageSchema = z
  .object({ items: z.array(AuditRecordSchema), next: z.string().nullable() })
  .openapi("AuditPage");

export const VerifyBodySchema = z
  .strictObject({
    anchor: z
      .strictObject({ seq: z.number().int().min(0), hash: Hash })
      .optional()
      .openapi({ description: "A (seq, hash) kept elsewhere, e.g. from a downloaded checkpoint." }),
  })
  .openapi("AuditVerifyRequest");

export const ChainBreakSchema = z
  .object({
    kind: z.enum(["edited", "deleted", "reordered", "truncated"]),
    check: z.enum(["hash-mismatch", "link-mismatch", "seq-gap", "anchor-mismatch", "anchor-beyond-head"]),
    seq: z.number().int(),
    previousSeq: z.number().int(),
    missing: z.number().int().optional(),
    linkedAfterSeq: z.number().int().optional(),
  })
  .openapi("AuditChainBreak");

export const VerifyReportSchema = z
  .object({
    intact: z.boolean(),
    checked: z.number().int(),
    head: z.object({ seq: z.number().int(), hash: z.string().nullable() }),
    break: ChainBreakSchema.nullable(),
    checkpoints: z.object({
      matched: z.number().int(),
      invalid: z.number().int(),
      latest: z.object({ id: z.number().int(), seq: z.number().int() }).nullable(),
    }),
    anchor: z.enum(["none", "checked"]),
    durationMs: z.number(),
  })
  .openapi("AuditVerifyReport");
