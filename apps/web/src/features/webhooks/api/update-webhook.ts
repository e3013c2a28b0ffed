import { type Webhook, type WebhookBody, WebhookSchema } from "@keyturn/api-contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { apiPath } from "../../../lib/api-path";
import { queryKeys } from "../../../lib/query-keys";

export interface UpdateWebhookInput {
  id: string;
  /** The ETag of the version the edit started from. */
  etag: string;
  body: WebhookBody;
}

/**
 * `PUT /api/webhooks/{id}` with If-Match (200; the signing secret stays): 400 with `errors[].path`,
 * 412 when the hook changed since it was read, 404 when it is gone.
 */
export const updateWebhook = ({ id, etag, body }: UpdateWebhookInput): Promise<Webhook> =>
  api(apiPath("webhooks", id), { method: "PUT", body, ifMatch: etag, schema: WebhookSchema });

export function useUpdateWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateWebhook,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.webhooks.list }),
  });
}
