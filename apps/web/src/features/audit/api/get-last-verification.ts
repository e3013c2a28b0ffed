import { queryOptions, useQuery } from "@tanstack/react-query";
import { z } from "zod";
import { queryKeys } from "../../../lib/query-keys";
import { getAuditEvents } from "./get-audit-events";

/** The verdict a verify writes in its `audit.verify` record (see the BFF's verify handler). */
const VerdictSchema = z.object({
  intact: z.boolean(),
  checked: z.number().int(),
  headSeq: z.number().int(),
  breakKind: z.string().optional(),
  breakSeq: z.number().int().optional(),
});

export interface LastVerification extends z.infer<typeof VerdictSchema> {
  at: string;
  by: string;
}

/**
 * The last verify anyone ran, read from the log itself: the newest successful `audit.verify`
 * record (`GET /api/audit/events?action=audit.verify&outcome=success&limit=1`); null when none.
 */
export async function getLastVerification(signal?: AbortSignal): Promise<LastVerification | null> {
  const page = await getAuditEvents({ action: "audit.verify", outcome: "success" }, undefined, signal, 1);
  const record = page.items[0];
  if (!record) return null;
  const verdict = VerdictSchema.safeParse(record.details);
  if (!verdict.success) return null;
  return { ...verdict.data, at: record.at, by: record.actor.name || record.actor.username };
}

export const lastVerificationQueryKey = queryKeys.audit.lastVerification;

export const lastVerificationQueryOptions = () =>
  queryOptions({
    queryKey: lastVerificationQueryKey,
    queryFn: ({ signal }) => getLastVerification(signal),
  });

export const useLastVerification = () => useQuery(lastVerificationQueryOptions());
