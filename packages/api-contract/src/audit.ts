import { AuditActionSchema, AuditOutcomeSchema, KeyTypeSchema, safeText } from "@keyturn/auth-domain";
import { z } from "zod";

// The audit log: `GET /api/audit/events`, `GET /api/audit/export`, `POST /api/audit/verify`.

const Hash = safeText().regex(/^[0-9a-f]{64}$/);
const Text = (max: number) => safeText().min(1).max(max);

/** The filters shared by the query and the export (all optional, ANDed), under the names sent. */
export const AuditFilterShape = {
  actor: Text(200).optional().meta({ description: "An object id (GUID) or a username (case-insensitive)." }),
  action: AuditActionSchema.optional(),
  outcome: AuditOutcomeSchema.optional(),
  workspace: Text(200).optional(),
  deployment: Text(200).optional(),
  keyType: KeyTypeSchema.optional(),
  from: z.iso.datetime({ offset: true }).optional().meta({ description: "Inclusive (ISO 8601)." }),
  to: z.iso.datetime({ offset: true }).optional().meta({ description: "Exclusive (ISO 8601)." }),
};

export const AuditFiltersSchema = z.strictObject(AuditFilterShape);
export type AuditFilters = z.infer<typeof AuditFiltersSchema>;

/** The most records one page may ask for. */
export const AUDIT_PAGE_MAX = 500;

export const AuditQuerySchema = z.strictObject({
  ...AuditFilterShape,
  cursor: safeText()
    .regex(/^[A-Za-z0-9_-]{1,64}$/)
    .optional()
    .meta({ description: "`next` of the previous page." }),
  limit: z.coerce.number().int().min(1).max(AUDIT_PAGE_MAX).default(50),
});
export type AuditQuery = z.input<typeof AuditQuerySchema>;

export const AUDIT_EXPORT_FORMATS = ["csv", "jsonl"] as const;
export const AuditExportFormatSchema = z.enum(AUDIT_EXPORT_FORMATS);
export type AuditExportFormat = z.infer<typeof AuditExportFormatSchema>;

export const AuditExportQuerySchema = z.strictObject({
  ...AuditFilterShape,
  format: AuditExportFormatSchema.default("jsonl"),
});

/** One record of the hash-chained log. `action` and `outcome` stay strings: an older record still reads. */
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
  .meta({ id: "AuditRecord" });
export type AuditRecord = z.infer<typeof AuditRecordSchema>;

/** `next`: the opaque cursor of the next (older) page; null on the last page. */
export const AuditPageSchema = z
  .object({ items: z.array(AuditRecordSchema), next: z.string().nullable() })
  .meta({ id: "AuditPage" });
export type AuditPage = z.infer<typeof AuditPageSchema>;

export const AuditVerifyRequestSchema = z
  .strictObject({
    anchor: z
      .strictObject({ seq: z.number().int().min(0), hash: Hash })
      .optional()
      .meta({ description: "A (seq, hash) kept elsewhere, e.g. from a downloaded checkpoint." }),
  })
  .meta({ id: "AuditVerifyRequest" });
export type AuditVerifyRequest = z.infer<typeof AuditVerifyRequestSchema>;

export const BREAK_KINDS = ["edited", "deleted", "reordered", "truncated"] as const;
export const BreakKindSchema = z.enum(BREAK_KINDS);
export type BreakKind = z.infer<typeof BreakKindSchema>;

/** The first broken link: what happened (`kind`), which check saw it, and where. */
export const AuditChainBreakSchema = z
  .object({
    kind: BreakKindSchema,
    check: z.enum(["hash-mismatch", "link-mismatch", "seq-gap", "anchor-mismatch", "anchor-beyond-head"]),
    seq: z.number().int(),
    previousSeq: z.number().int(),
    /** Records missing (deletions). */
    missing: z.number().int().optional(),
    /** Reordering: the record this one now links after. */
    linkedAfterSeq: z.number().int().optional(),
  })
  .meta({ id: "AuditChainBreak" });
export type AuditChainBreak = z.infer<typeof AuditChainBreakSchema>;

export const AuditVerifyReportSchema = z
  .object({
    intact: z.boolean(),
    checked: z.number().int(),
    head: z.object({ seq: z.number().int(), hash: z.string().nullable() }),
    break: AuditChainBreakSchema.nullable(),
    checkpoints: z.object({
      matched: z.number().int(),
      invalid: z.number().int(),
      latest: z.object({ id: z.number().int(), seq: z.number().int() }).nullable(),
    }),
    anchor: z.enum(["none", "checked"]),
    durationMs: z.number(),
  })
  .meta({ id: "AuditVerifyReport" });
export type AuditVerifyReport = z.infer<typeof AuditVerifyReportSchema>;
