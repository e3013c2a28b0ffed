import { z } from "@hono/zod-openapi";
import {
  AuditExportQuerySchema,
  AuditPageSchema,
  AuditQuerySchema,
  AuditVerifyReportSchema,
  AuditVerifyRequestSchema,
} from "@keyturn/api-contract";
import { defineRoute } from "../../routing/define-route.ts";

export const queryAuditEvents = defineRoute({
  method: "get",
  path: "/audit/events",
  tags: ["audit"],
  summary: "Audit records, newest first, filtered, with cursor paging",
  permission: "audit:read",
  request: { query: AuditQuerySchema },
  responses: {
    200: {
      description: "One page; `next` is the cursor of the following one",
      content: { "application/json": { schema: AuditPageSchema } },
    },
  },
});

export const exportAuditEvents = defineRoute({
  method: "get",
  path: "/audit/export",
  tags: ["audit"],
  summary: "Export audit records (CSV or JSON lines), streamed, oldest first; audited as audit.export",
  permission: "audit:read",
  audit: { action: "audit.export" },
  request: { query: AuditExportQuerySchema },
  responses: {
    200: {
      description:
        "Records up to the head when the export started (RFC 4180 CSV with a header row, or one JSON object per line)",
      content: {
        "text/csv": { schema: z.string() },
        "application/x-ndjson": { schema: z.string() },
      },
    },
  },
});

export const verifyAuditChain = defineRoute({
  method: "post",
  path: "/audit/verify",
  tags: ["audit"],
  summary: "Walk the hash chain against the signed checkpoints; audited as audit.verify",
  permission: "audit:read",
  audit: { action: "audit.verify" },
  request: {
    body: { required: false, content: { "application/json": { schema: AuditVerifyRequestSchema } } },
  },
  responses: {
    200: {
      description: "Intact, or the first break: where and what kind (edited, deleted, reordered, truncated)",
      content: { "application/json": { schema: AuditVerifyReportSchema } },
    },
  },
});
