import { RotationPolicyListSchema, WebhookListSchema } from "@keyturn/api-contract";
import { useQuery } from "@tanstack/react-query";
import { apiGetQueryOptions } from "../../../lib/api-query";
import { queryKeys } from "../../../lib/query-keys";

export const WEBHOOKS_PATH = "/api/webhooks";

/** `GET /api/webhooks` (settings:admin): every policy's hooks, newest first, never a secret. */
export const webhooksQueryOptions = apiGetQueryOptions(
  WEBHOOKS_PATH,
  WebhookListSchema,
  queryKeys.webhooks.list,
);
export const useWebhooks = () => useQuery(webhooksQueryOptions());

/** `GET /api/rotation-policies`: the policies a hook may belong to (their names, for the list and the form). */
export const policyChoicesQueryOptions = apiGetQueryOptions(
  "/api/rotation-policies",
  RotationPolicyListSchema,
  queryKeys.webhooks.policyChoices,
);
export const usePolicyChoices = () => useQuery(policyChoicesQueryOptions());
