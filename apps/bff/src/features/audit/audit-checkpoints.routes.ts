import { z } from "@hono/zod-openapi";
import {
  AuditCheckpointPageSchema,
  AuditCheckpointSchema,
  AuditCheckpointsQuerySchema,
} from "@keyturn/api-contract";
import { defineRoute } from "../../routing/define-route.ts";
import { problemResponse } from "../../routing/problem-responses.ts";

const IdParams = z.strictObject({ id: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER) });

export const listAuditCheckpoints = defineRoute({
  method: "get",
  path: "/audit/checkpoints",
  tags: ["audit"],
  summary: "Signed audit checkpoints, newest first",
  permission: "audit:read",
  request: { query: AuditCheckpointsQuerySchema },
  responses: {
    200: { description: "One page", content: { "application/json": { schema: AuditCheckpointPageSchema } } },
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
    200: {
      description: "The checkpoint",
      content: { "application/json": { schema: AuditCheckpointSchema } },
    },
    404: problemResponse("not_found"),
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
    201: {
      description: "The new checkpoint",
      content: { "application/json": { schema: AuditCheckpointSchema } },
    },
  },
});
