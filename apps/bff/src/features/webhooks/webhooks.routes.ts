import {
  WebhookBodySchema,
  WebhookCreatedSchema,
  WebhookDeliveryListSchema,
  WebhookDeliverySchema,
  WebhookListQuerySchema,
  WebhookListSchema,
  WebhookNewSecretSchema,
  WebhookSchema,
} from "@keyturn/api-contract";
import { defineRoute } from "../../routing/define-route.ts";
import { jsonResponse } from "../../routing/deployment-path.ts";
import { preconditionResponses, problemResponse, z } from "../../routing/problem-responses.ts";
import { IfMatchHeaderSchema } from "../deployments/public.ts";

// Webhooks of rotation policies, the Admin's: where each policy's rotation events are sent.

const WebhookParamsSchema = z.object({ id: z.uuid() });
const DeliveryParamsSchema = z.object({ id: z.uuid(), deliveryId: z.uuid() });
const NOT_FOUND = { 404: problemResponse("not_found: no such webhook (or delivery).") } as const;
const REFUSED_BODY = {
  400: problemResponse(
    "validation_failed: the body breaks a rule (see `errors`): an address the console may not send to (https only; http on a loopback host outside production), an unknown policy, an event twice; webhook_address_not_allowed: in production, an address inside the server's own network (loopback, link-local, private, unspecified; `errors` names it).",
  ),
} as const;
const withEtag = <S>(description: string, schema: S) => ({
  ...jsonResponse(description, schema),
  headers: { ETag: { description: "Strong ETag of the webhook", schema: { type: "string" as const } } },
});
const audit = { action: "webhook.change" as const };

export const listWebhooks = defineRoute({
  method: "get",
  path: "/webhooks",
  tags: ["settings"],
  summary: "Webhooks of the rotation policies (no secret), optionally of one policy",
  permission: "settings:admin",
  request: { query: WebhookListQuerySchema },
  responses: { 200: jsonResponse("The webhooks, newest first", WebhookListSchema) },
});

export const createWebhook = defineRoute({
  method: "post",
  path: "/webhooks",
  tags: ["settings"],
  summary:
    "Add a webhook to a rotation policy: the answer carries its signing secret, this once (step-up; the BFF keeps it encrypted); audited as webhook.change",
  permission: "settings:admin",
  stepUp: true,
  audit,
  request: { body: { required: true, content: { "application/json": { schema: WebhookBodySchema } } } },
  responses: { 201: withEtag("The new webhook and its secret", WebhookCreatedSchema), ...REFUSED_BODY },
});

export const getWebhook = defineRoute({
  method: "get",
  path: "/webhooks/{id}",
  tags: ["settings"],
  summary: "One webhook (no secret)",
  permission: "settings:admin",
  request: { params: WebhookParamsSchema },
  responses: { 200: withEtag("The webhook", WebhookSchema), ...NOT_FOUND },
});

export const updateWebhook = defineRoute({
  method: "put",
  path: "/webhooks/{id}",
  tags: ["settings"],
  summary:
    "Change a webhook's address, policy or events (If-Match; the secret stays); audited as webhook.change",
  permission: "settings:admin",
  audit,
  request: {
    params: WebhookParamsSchema,
    headers: IfMatchHeaderSchema,
    body: { required: true, content: { "application/json": { schema: WebhookBodySchema } } },
  },
  responses: {
    200: withEtag("The changed webhook", WebhookSchema),
    ...REFUSED_BODY,
    ...NOT_FOUND,
    ...preconditionResponses("the webhook's"),
  },
});

export const deleteWebhook = defineRoute({
  method: "delete",
  path: "/webhooks/{id}",
  tags: ["settings"],
  summary: "Remove a webhook and its delivery log (If-Match); audited as webhook.change",
  permission: "settings:admin",
  audit,
  request: { params: WebhookParamsSchema, headers: IfMatchHeaderSchema },
  responses: { 204: { description: "Removed" }, ...NOT_FOUND, ...preconditionResponses("the webhook's") },
});

export const replaceSecret = defineRoute({
  method: "post",
  path: "/webhooks/{id}/secret",
  tags: ["settings"],
  summary:
    "Give a webhook a new signing secret (If-Match; step-up): the answer carries it, this once; every attempt from then on is signed with it alone, the old one no more; audited as webhook.change, without either value",
  permission: "settings:admin",
  stepUp: true,
  audit,
  request: { params: WebhookParamsSchema, headers: IfMatchHeaderSchema },
  responses: {
    200: withEtag("The webhook (its new fingerprint) and its new secret", WebhookNewSecretSchema),
    ...NOT_FOUND,
    ...preconditionResponses("the webhook's"),
  },
});

export const listDeliveries = defineRoute({
  method: "get",
  path: "/webhooks/{id}/deliveries",
  tags: ["settings"],
  summary: "A webhook's delivery log: each event sent, its attempts (status, answer, duration, error)",
  permission: "settings:admin",
  request: { params: WebhookParamsSchema },
  responses: {
    200: jsonResponse("The deliveries, newest first (≤ 50)", WebhookDeliveryListSchema),
    ...NOT_FOUND,
  },
});

export const redeliver = defineRoute({
  method: "post",
  path: "/webhooks/{id}/deliveries/{deliveryId}/redeliver",
  tags: ["settings"],
  summary: "Send a delivery's event again (same CloudEvents id, new attempts); audited as webhook.redeliver",
  permission: "settings:admin",
  audit: { action: "webhook.redeliver" },
  request: { params: DeliveryParamsSchema },
  responses: { 202: jsonResponse("The new delivery, queued", WebhookDeliverySchema), ...NOT_FOUND },
});
