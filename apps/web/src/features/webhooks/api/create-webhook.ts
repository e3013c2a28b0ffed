import { type WebhookBody, type WebhookCreated, WebhookCreatedSchema } from "@keyturn/api-contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";
import { WEBHOOKS_PATH } from "./get-webhooks";

/**
 * `POST /api/webhooks` (step-up: the answer carries the signing secret, this once): 201 with the hook
 * and its secret; 400 with `errors[].path` (`url`, `policyId`, `events`).
 */
export const createWebhook = (body: WebhookBody): Promise<WebhookCreated> =>
  api(WEBHOOKS_PATH, { method: "POST", body, schema: WebhookCreatedSchema });

export function useCreateWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createWebhook,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.webhooks.list }),
  });
}
