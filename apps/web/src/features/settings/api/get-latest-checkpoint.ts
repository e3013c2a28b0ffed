import { queryOptions, useQuery } from "@tanstack/react-query";
import { z } from "zod";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

/**
 * A signed audit checkpoint, as far as this screen reads it: the audit event it covers up to
 * (`seq`), when it was signed, how (`scheduled` job or `manual`), and whether its signature verifies.
 */
export const AuditCheckpointSchema = z.object({
  id: z.number().int(),
  seq: z.number().int().nonnegative(),
  signedAt: z.iso.datetime({ offset: true }),
  keyId: z.string(),
  trigger: z.enum(["scheduled", "manual"]),
  valid: z.boolean(),
});
export type AuditCheckpoint = z.infer<typeof AuditCheckpointSchema>;

export const LatestCheckpointSchema = z.object({ items: z.array(AuditCheckpointSchema) });
export type LatestCheckpoint = z.infer<typeof LatestCheckpointSchema>;

export const AUDIT_CHECKPOINTS_PATH = "/api/audit/checkpoints";

export const latestCheckpointQueryKey = queryKeys.settings.latestCheckpoint;

/** `GET /api/audit/checkpoints?limit=1` (audit:read): the newest checkpoint, if any. */
export const getLatestCheckpoint = (signal?: AbortSignal) =>
  api(`${AUDIT_CHECKPOINTS_PATH}?limit=1`, { schema: LatestCheckpointSchema, signal });

export const latestCheckpointQueryOptions = () =>
  queryOptions({
    queryKey: latestCheckpointQueryKey,
    queryFn: ({ signal }) => getLatestCheckpoint(signal),
  });

export const useLatestCheckpoint = () => useQuery(latestCheckpointQueryOptions());
