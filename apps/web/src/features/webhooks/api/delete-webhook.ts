import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../../lib/api-client";
import { apiPath } from "../../../lib/api-path";
import { queryKeys } from "../../../lib/query-keys";

export interface DeleteWebhookInput {
  id: string;
  etag: string;
}

/** `DELETE /api/webhooks/{id}` with `If-Match` (204): its delivery log goes with it. */
export const deleteWebhook = async ({ id, etag }: DeleteWebhookInput): Promise<void> => {
  await apiRequest(apiPath("webhooks", id), { method: "DELETE", ifMatch: etag });
};

export function useDeleteWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteWebhook,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.webhooks.all }),
  });
}
