import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { z } from "zod";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

/** A signed checkpoint of the chain head, as `GET /api/audit/checkpoints` lists it (fields read). */
export const CheckpointSchema = z.object({
  id: z.number().int(),
  seq: z.number().int(),
  hash: z.string(),
  signedAt: z.iso.datetime(),
  keyId: z.string(),
  trigger: z.enum(["scheduled", "manual"]),
  /** The signature verifies with this installation's key. */
  valid: z.boolean(),
});
export type Checkpoint = z.infer<typeof CheckpointSchema>;

export const CheckpointPageSchema = z.object({
  items: z.array(CheckpointSchema),
  next: z.number().int().nullable(),
});
export type CheckpointPage = z.infer<typeof CheckpointPageSchema>;

export const CHECKPOINT_PAGE_SIZE = 10;

/** `GET /api/audit/checkpoints` (audit:read): newest first. */
export const getCheckpoints = (cursor: number | undefined, signal?: AbortSignal) => {
  const params = new URLSearchParams({ limit: String(CHECKPOINT_PAGE_SIZE) });
  if (cursor !== undefined) params.set("cursor", String(cursor));
  return api(`/api/audit/checkpoints?${params}`, { schema: CheckpointPageSchema, signal });
};

export const checkpointsQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: queryKeys.audit.checkpoints,
    queryFn: ({ pageParam, signal }) => getCheckpoints(pageParam, signal),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.next ?? undefined,
  });

export const useCheckpoints = () => useInfiniteQuery(checkpointsQueryOptions());
