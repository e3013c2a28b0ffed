import { AuditCheckpointSchema } from "@keyturn/api-contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";
import { AUDIT_CHECKPOINTS_PATH, latestCheckpointQueryKey } from "./get-latest-checkpoint";

/** `POST /api/audit/checkpoints` (settings:admin): signs the audit log's head now; 201 with the checkpoint. */
export const signAuditCheckpoint = () =>
  api(AUDIT_CHECKPOINTS_PATH, { method: "POST", schema: AuditCheckpointSchema });

export function useSignAuditCheckpoint() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signAuditCheckpoint,
    onSuccess: (checkpoint) => {
      queryClient.setQueryData(latestCheckpointQueryKey, { items: [checkpoint], next: null });
      // The audit screen's checkpoint list and its events (signing is audited) now miss the new ones.
      void queryClient.invalidateQueries({ queryKey: queryKeys.audit.all });
    },
  });
}
