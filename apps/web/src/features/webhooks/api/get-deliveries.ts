import { WebhookDeliveryListSchema } from "@keyturn/api-contract";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { apiPath } from "../../../lib/api-path";
import { queryKeys } from "../../../lib/query-keys";

/** While a delivery waits for its next attempt, the log is read again this often. */
const PENDING_REFRESH_MS = 5_000;

/** `GET /api/webhooks/{id}/deliveries`: the hook's last 50 deliveries and their attempts. */
export const deliveriesQueryOptions = (webhookId: string) =>
  queryOptions({
    queryKey: queryKeys.webhooks.deliveries(webhookId),
    queryFn: ({ signal }) =>
      api(apiPath("webhooks", webhookId, "deliveries"), { schema: WebhookDeliveryListSchema, signal }),
    refetchInterval: (query) =>
      query.state.data?.items.some((d) => d.status === "pending") ? PENDING_REFRESH_MS : false,
  });

export const useDeliveries = (webhookId: string) => useQuery(deliveriesQueryOptions(webhookId));
