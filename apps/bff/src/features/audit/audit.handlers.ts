import { ApiError } from "../../errors/api-error.ts";
import type { AppRouteHandler } from "../../routing/create-router.ts";
import type { exportAuditEvents, queryAuditEvents, verifyAuditChain } from "./audit.routes.ts";
import { decodeAuditCursor, encodeAuditCursor } from "./audit-cursor.ts";
import { AUDIT_EXPORT_CONTENT_TYPES, auditExportStream } from "./audit-export.ts";
import { type AuditFilters, auditBatches, auditHead, queryAuditPage } from "./audit-query.ts";
import { toAuditRecord } from "./audit-record.ts";
import { verifyAuditLog } from "./audit-verify.ts";
import { auditRecord, auditScope, safeDetails } from "./audit-write.ts";
import { checkpointKey } from "./checkpoint-key.ts";

type FilterQuery = Omit<AuditFilters, "from" | "to"> & { from?: string | undefined; to?: string | undefined };

const toFilters = ({ from, to, ...rest }: FilterQuery): AuditFilters => ({
  ...rest,
  from: from === undefined ? undefined : new Date(from),
  to: to === undefined ? undefined : new Date(to),
});

export const query: AppRouteHandler<typeof queryAuditEvents> = async (c) => {
  const { cursor: text, limit, ...filters } = c.req.valid("query");
  const cursor = text === undefined ? undefined : decodeAuditCursor(text);
  if (cursor === null) {
    throw ApiError.validation([{ path: "query.cursor", message: "not a cursor of this API" }]);
  }
  const page = await queryAuditPage(c.var.deps.database.db, toFilters(filters), { cursor, limit });
  return c.json(
    { items: page.rows.map(toAuditRecord), next: page.next ? encodeAuditCursor(page.next) : null },
    200,
  );
};

/**
 * Records the export (fail closed: no record, no export), then streams every matching record up to
 * the head it saw — the export's own record comes after, in the next export.
 */
export const exportEvents: AppRouteHandler<typeof exportAuditEvents> = async (c) => {
  const { format, ...filters } = c.req.valid("query");
  const { db } = c.var.deps.database;
  const through = (await auditHead(db)).seq;
  await auditRecord(
    auditScope(c, {
      action: "audit.export",
      details: safeDetails({ format, throughSeq: through, ...prefixed(filters) }),
    }),
  );
  const logger = c.var.logger;
  const body = auditExportStream(auditBatches(db, toFilters(filters), { through }), format, {
    onError: (err) => logger.error({ err }, "audit export failed mid-stream"),
  });
  return c.body(body, 200, {
    "Content-Type": AUDIT_EXPORT_CONTENT_TYPES[format],
    "Content-Disposition": `attachment; filename="keyturn-audit-${through}.${format}"`,
    "Cache-Control": "no-store",
  });
};

/** Walks the chain, then records the verdict (fail closed: a verdict that cannot be recorded is withheld). */
export const verify: AppRouteHandler<typeof verifyAuditChain> = async (c) => {
  const started = performance.now();
  const { anchor } = c.req.valid("json"); // {} when no body was sent (the body is optional)
  const key = await checkpointKey(c.var.deps.config.audit);
  const report = await verifyAuditLog(c.var.deps.database.db, { key, anchor, signal: c.var.signal });
  const details = {
    intact: report.intact,
    checked: report.checked,
    headSeq: report.head.seq,
    anchored: anchor !== undefined,
    ...(report.break ? { breakKind: report.break.kind, breakSeq: report.break.seq } : {}),
  };
  await auditRecord(auditScope(c, { action: "audit.verify", details }));
  const durationMs = Math.round(performance.now() - started);
  return c.json({ ...report, anchor: anchor ? ("checked" as const) : ("none" as const), durationMs }, 200);
};

const prefixed = (filters: Record<string, string | undefined>) =>
  Object.fromEntries(Object.entries(filters).map(([name, value]) => [`filter.${name}`, value]));
