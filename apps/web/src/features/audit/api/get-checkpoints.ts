import { AuditCheckpointPageSchema } from "@keyturn/api-contract";
import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

export const CHECKPOINT_PAGE_SIZE = 10;

/** `GET /api/audit/checkpoints` (audit:read): newest first. */
export const getCheckpoints = (cursor: number | undefined, signal?: AbortSignal) => {
  const params = new URLSearchParams({ limit: String(CHECKPOINT_PAGE_SIZE) });
  if (cursor !== undefined) params.set("cursor", String(cursor));
  return api(`/api/audit/checkpoints?${params}`, { schema: AuditCheckpointPageSchema, signal });
};

export const checkpointsQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: queryKeys.audit.checkpoints,
    queryFn: ({ pageParam, signal }) => getCheckpoints(pageParam, signal),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.next ?? undefined,
  });

export const useCheckpoints = () => useInfiniteQuery(checkpointsQueryOptions());
