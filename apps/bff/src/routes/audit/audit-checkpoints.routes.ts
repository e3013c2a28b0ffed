import { z } from "@hono/zod-openapi";
import { defineRoute } from "../define-route.ts";
import { ProblemResponseSchema } from "../problem-responses.ts";

export const CheckpointSchema = z
  .object({
    type: z.literal("keyturn.audit-checkpoint.v1"),
    id: z.number().int(),
    seq: z.number().int(),
    hash: z.string(),
    signedAt: z.iso.datetime(),
    keyId: z.string(),
    algorithm: z.literal("Ed25519"),
    signature: z.string().openapi({ description: "Base64 Ed25519 signature over `signedMessage` (UTF-8)." }),
    signedMessage: z
      .string()
      .openapi({ description: "The exact signed text: canonical JSON of type, seq, hash, signedAt, keyId." }),
    publicKey: z.string().openapi({ description: "The signing key, SPKI PEM." }),
    trigger: z.enum(["scheduled", "manual"]),
    /** The signature verifies with this installation's key. */
    valid: z.boolean(),
  })
  .openapi("AuditCheckpoint");

const IdParams = z.strictObject({ id: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER) });

export const listAuditCheckpoints = defineRoute({
  method: "get",
  path: "/audit/checkpoints",
  tags: ["audit"],
  summary: "Signed audit checkpoints, newest first",
  permission: "audit:read",
  request: {
    query: z.strictObject({
      cursor: z.coerce
        .number()
        .int()
        .min(1)
        .optional()
        .openapi({ description: "`next` of the previous page." }),
      limit: z.coerce.number().int().min(1).max(200).default(50),
    }),
  },
  responses: {
    200: {
      description: "One page",
      content: {
        "application/json": {
          schema: z
            .object({ items: z.array(CheckpointSchema), next: z.number().int().nullable() })
            .openapi("AuditCheckpointPage"),
        },
      },
    },
  },
});

export const downloadAuditCheckpoint = defineRoute({
  method: "get",
  path: "/audit/checkpoints/{id}",
  tags: ["audit"],
  summary: "Download one checkpoint (JSON with the signature and the public key) to keep elsewhere",
  permission: "audit:read",
  request: { params: IdParams },
  responses: {
    200: { description: "The checkpoint", content: { "application/json": { schema: CheckpointSchema } } },
    404: {
      description: "not_found",
      content: { "application/problem+json": { schema: ProblemResponseSchema } },
    },
  },
});

export const createAuditCheckpoint = defineRoute({
  method: "post",
  path: "/audit/checkpoints",
  tags: ["audit"],
  summary: "Sign the audit head now (besides the scheduled job)",
  permission: "settings:admin",
  audit: { action: "audit.checkpoint" },
  responses: {
    201: { description: "The new checkpoint", content: { "application/json": { schema: CheckpointSchema } } },
  },
});
