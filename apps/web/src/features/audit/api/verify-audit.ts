import { useMutation, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

export const BREAK_KINDS = ["edited", "deleted", "reordered", "truncated"] as const;
export const BreakKindSchema = z.enum(BREAK_KINDS);
export type BreakKind = z.infer<typeof BreakKindSchema>;

/** The first broken link: what happened (`kind`), which check saw it, and where. */
export const ChainBreakSchema = z.object({
  kind: BreakKindSchema,
  check: z.enum(["hash-mismatch", "link-mismatch", "seq-gap", "anchor-mismatch", "anchor-beyond-head"]),
  seq: z.number().int(),
  previousSeq: z.number().int(),
  /** Records missing (deletions). */
  missing: z.number().int().optional(),
  /** Reordering: the record this one now links after. */
  linkedAfterSeq: z.number().int().optional(),
});
export type ChainBreak = z.infer<typeof ChainBreakSchema>;

export const VerifyReportSchema = z.object({
  intact: z.boolean(),
  checked: z.number().int(),
  head: z.object({ seq: z.number().int(), hash: z.string().nullable() }),
  break: ChainBreakSchema.nullable(),
  checkpoints: z.object({
    matched: z.number().int(),
    invalid: z.number().int(),
    latest: z.object({ id: z.number().int(), seq: z.number().int() }).nullable(),
  }),
  anchor: z.enum(["none", "checked"]),
  durationMs: z.number(),
});
export type VerifyReport = z.infer<typeof VerifyReportSchema>;

/** `POST /api/audit/verify` (audit:read): walks the whole chain; audited as `audit.verify`. */
export const verifyAudit = () => api("/api/audit/verify", { method: "POST", schema: VerifyReportSchema });

export function useVerifyAudit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: verifyAudit,
    // The verify appended its own record: the last verification and the log changed.
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.audit.all }),
  });
}
