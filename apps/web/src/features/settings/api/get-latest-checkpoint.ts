import { AuditCheckpointPageSchema } from "@keyturn/api-contract";
import { useQuery } from "@tanstack/react-query";
import { apiGetQueryOptions } from "../../../lib/api-query";
import { queryKeys } from "../../../lib/query-keys";

export const AUDIT_CHECKPOINTS_PATH = "/api/audit/checkpoints";

export const latestCheckpointQueryKey = queryKeys.settings.latestCheckpoint;

/** `GET /api/audit/checkpoints?limit=1` (audit:read): the newest checkpoint, if any. */
export const latestCheckpointQueryOptions = apiGetQueryOptions(
  `${AUDIT_CHECKPOINTS_PATH}?limit=1`,
  AuditCheckpointPageSchema,
  latestCheckpointQueryKey,
);

export const useLatestCheckpoint = () => useQuery(latestCheckpointQueryOptions());
