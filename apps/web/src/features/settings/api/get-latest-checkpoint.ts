import { AuditCheckpointPageSchema } from "@keyturn/api-contract";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

export const AUDIT_CHECKPOINTS_PATH = "/api/audit/checkpoints";

export const latestCheckpointQueryKey = queryKeys.settings.latestCheckpoint;

/** `GET /api/audit/checkpoints?limit=1` (audit:read): the newest checkpoint, if any. */
export const getLatestCheckpoint = (signal?: AbortSignal) =>
  api(`${AUDIT_CHECKPOINTS_PATH}?limit=1`, { schema: AuditCheckpointPageSchema, signal });

export const latestCheckpointQueryOptions = () =>
  queryOptions({
    queryKey: latestCheckpointQueryKey,
    queryFn: ({ signal }) => getLatestCheckpoint(signal),
  });

export const useLatestCheckpoint = () => useQuery(latestCheckpointQueryOptions());
