import { type WebhookNewSecret, WebhookNewSecretSchema } from "@keyturn/api-contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { apiPath } from "../../../lib/api-path";
import { queryKeys } from "../../../lib/query-keys";

export interface NewWebhookSecretInput {
  id: string;
  /** The ETag of the version the person confirmed against. */
  etag: string;
}

/**
 * `POST /api/webhooks/{id}/secret` with If-Match (step-up): 200 with the hook (its new fingerprint) and
 * the new signing secret, this once; 412 when the hook changed since it was read, 404 when it is gone.
 */
export const newWebhookSecret = ({ id, etag }: NewWebhookSecretInput): Promise<WebhookNewSecret> =>
  api(apiPath("webhooks", id, "secret"), { method: "POST", ifMatch: etag, schema: WebhookNewSecretSchema });

export function useNewWebhookSecret() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: newWebhookSecret,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.webhooks.list }),
  });
}
