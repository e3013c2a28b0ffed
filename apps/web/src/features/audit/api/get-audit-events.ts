import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { z } from "zod";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";
import { type AuditFilters, auditFilterParams } from "../filters";

/** One record of the hash-chained audit log, as `GET /api/audit/events` lists it. */
export const AuditRecordSchema = z.object({
  seq: z.number().int(),
  at: z.iso.datetime(),
  actor: z.object({ oid: z.string(), name: z.string(), username: z.string(), roles: z.array(z.string()) }),
  /** An audit action; kept as a string so a record of a newer action still shows. */
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
});
export type AuditRecord = z.infer<typeof AuditRecordSchema>;

export const AuditPageSchema = z.object({
  items: z.array(AuditRecordSchema),
  /** The opaque cursor of the next (older) page; null on the last page. */
  next: z.string().nullable(),
});
export type AuditPage = z.infer<typeof AuditPageSchema>;

/** Records fetched per request while the user scrolls (the BFF allows up to 500). */
export const AUDIT_PAGE_SIZE = 100;

/** The query string of one page: the filters that are set, then the cursor and the page size. */
export function auditEventsSearchParams(
  filters: AuditFilters,
  cursor?: string,
  limit = AUDIT_PAGE_SIZE,
): URLSearchParams {
  const params = auditFilterParams(filters);
  if (cursor) params.set("cursor", cursor);
  params.set("limit", String(limit));
  return params;
}

/** `GET /api/audit/events` (audit:read): one page, newest first. */
export const getAuditEvents = (
  filters: AuditFilters,
  cursor: string | undefined,
  signal?: AbortSignal,
  limit?: number,
) =>
  api(`/api/audit/events?${auditEventsSearchParams(filters, cursor, limit)}`, {
    schema: AuditPageSchema,
    signal,
  });

export const auditEventsQueryKey = (filters: AuditFilters) => queryKeys.audit.eventsFiltered(filters);

export const auditEventsQueryOptions = (filters: AuditFilters) =>
  infiniteQueryOptions({
    queryKey: auditEventsQueryKey(filters),
    queryFn: ({ pageParam, signal }) => getAuditEvents(filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.next ?? undefined,
  });

export const useAuditEvents = (filters: AuditFilters) => useInfiniteQuery(auditEventsQueryOptions(filters));
