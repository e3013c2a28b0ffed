import { type WebhookDelivery, WebhookDeliverySchema } from "@keyturn/api-contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { apiPath } from "../../../lib/api-path";
import { queryKeys } from "../../../lib/query-keys";

export interface RedeliverInput {
  webhookId: string;
  deliveryId: string;
}

/** `POST /api/webhooks/{id}/deliveries/{deliveryId}/redeliver` (202): the same event, queued again. */
export const redeliver = ({ webhookId, deliveryId }: RedeliverInput): Promise<WebhookDelivery> =>
  api(apiPath("webhooks", webhookId, "deliveries", deliveryId, "redeliver"), {
    method: "POST",
    schema: WebhookDeliverySchema,
  });

export function useRedeliver() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: redeliver,
    onSuccess: (_, { webhookId }) =>
      queryClient.invalidateQueries({ queryKey: queryKeys.webhooks.deliveries(webhookId) }),
  });
}
