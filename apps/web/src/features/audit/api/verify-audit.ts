import { AuditVerifyReportSchema } from "@keyturn/api-contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

/** `POST /api/audit/verify` (audit:read): walks the whole chain; audited as `audit.verify`. */
export const verifyAudit = () =>
  api("/api/audit/verify", { method: "POST", schema: AuditVerifyReportSchema });

export function useVerifyAudit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: verifyAudit,
    // The verify appended its own record: the last verification and the log changed.
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.audit.all }),
  });
}
