import { AuditPageSchema } from "@keyturn/api-contract";
import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";
import { type AuditFilters, auditFilterParams } from "../filters";

/** Records fetched per request while the user scrolls (the BFF allows up to `AUDIT_PAGE_MAX`). */
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
