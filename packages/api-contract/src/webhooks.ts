import {
  KeyTypeSchema,
  RotationPhaseSchema,
  safeText,
  storableText,
  WebhookEventTypeSchema,
} from "@keyturn/auth-domain";
import { z } from "zod";

// Webhooks of a rotation policy: `GET|POST /api/webhooks`, `GET|PUT|DELETE /api/webhooks/{id}`,
// `POST /api/webhooks/{id}/secret`, `GET /api/webhooks/{id}/deliveries`, `POST …/deliveries/{deliveryId}/redeliver`; and the event a
// receiver gets (a CloudEvents 1.0 structured JSON body). Which addresses are accepted is auth-domain's
// `webhookUrlRefusal`, checked by the BFF (it knows the mode).

export const WebhookUrlSchema = storableText(z.string()).min(1).max(2_000);

/** `POST /api/webhooks` and `PUT /api/webhooks/{id}`: where to send which of a policy's rotation events. */
export const WebhookBodySchema = z
  .strictObject({
    url: WebhookUrlSchema,
    policyId: safeText().min(1).max(100),
    events: z
      .array(WebhookEventTypeSchema)
      .min(1)
      .max(WebhookEventTypeSchema.options.length)
      .refine((events) => new Set(events).size === events.length, "each event once"),
  })
  .meta({ id: "WebhookBody" });
export type WebhookBody = z.infer<typeof WebhookBodySchema>;

/** A webhook as the console shows it: its signing secret named by fingerprint, never shown again. */
export const WebhookSchema = z
  .strictObject({
    id: z.uuid(),
    policyId: z.string(),
    url: z.string(),
    events: z.array(WebhookEventTypeSchema),
    secretFingerprint: z.string(),
    createdBy: z.string(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    version: z.int(),
    /** The strong ETag to send as If-Match when changing or deleting it. */
    etag: z.string(),
  })
  .meta({ id: "Webhook" });
export type Webhook = z.infer<typeof WebhookSchema>;

export const WebhookListSchema = z
  .strictObject({ items: z.array(WebhookSchema) })
  .meta({ id: "WebhookList" });
export type WebhookList = z.infer<typeof WebhookListSchema>;

export const WebhookListQuerySchema = z.strictObject({ policyId: safeText().max(100).optional() });

/** The answer to a create: the hook and its signing secret, this once (the BFF keeps it encrypted). */
export const WebhookCreatedSchema = z
  .strictObject({
    webhook: WebhookSchema,
    /** `whsec_` and 32 random bytes in base64url: HMAC-SHA256 key of every delivery's signature. */
    secret: z.string(),
  })
  .meta({ id: "WebhookCreated" });
export type WebhookCreated = z.infer<typeof WebhookCreatedSchema>;

/**
 * The answer to `POST /api/webhooks/{id}/secret` (If-Match): the hook with its new fingerprint and the
 * new signing secret, this once. Every attempt from then on is signed with it alone: no overlap.
 */
export const WebhookNewSecretSchema = z
  .strictObject({ webhook: WebhookSchema, secret: z.string() })
  .meta({ id: "WebhookNewSecret" });
export type WebhookNewSecret = z.infer<typeof WebhookNewSecretSchema>;

export const WebhookDeliveryStatusSchema = z.enum(["pending", "succeeded", "failed"]);
export type WebhookDeliveryStatus = z.infer<typeof WebhookDeliveryStatusSchema>;

/** One attempt of a delivery: the receiver's status (null when none came), how long, why it failed. */
export const WebhookDeliveryAttemptSchema = z
  .strictObject({
    attempt: z.int().min(1),
    startedAt: z.iso.datetime(),
    durationMs: z.int().min(0),
    outcome: z.enum(["succeeded", "failed"]),
    responseCode: z.int().nullable(),
    /** A stable code: `http_<status>`, `timeout`, `connection_failed`, `redirect_refused`. */
    error: z.string().nullable(),
  })
  .meta({ id: "WebhookDeliveryAttempt" });
export type WebhookDeliveryAttempt = z.infer<typeof WebhookDeliveryAttemptSchema>;

export const WebhookDeliverySchema = z
  .strictObject({
    id: z.uuid(),
    webhookId: z.uuid(),
    /** The CloudEvents `id`: a redelivery carries the same one. */
    eventId: z.uuid(),
    eventType: WebhookEventTypeSchema,
    /** `<workspace>/<deployment>` */
    subject: z.string(),
    status: WebhookDeliveryStatusSchema,
    attempts: z.array(WebhookDeliveryAttemptSchema),
    maxAttempts: z.int(),
    /** When the next attempt is due (pending only). */
    nextAttemptAt: z.iso.datetime().nullable(),
    /** The delivery this one redelivers. */
    redeliveryOf: z.uuid().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "WebhookDelivery" });
export type WebhookDelivery = z.infer<typeof WebhookDeliverySchema>;

export const WebhookDeliveryListSchema = z
  .strictObject({ webhookId: z.uuid(), items: z.array(WebhookDeliverySchema) })
  .meta({ id: "WebhookDeliveryList" });
export type WebhookDeliveryList = z.infer<typeof WebhookDeliveryListSchema>;

/** What a receiver gets in `data`: the rotation's facts, never a key or a secret. */
export const RotationEventDataSchema = z.strictObject({
  rotationId: z.uuid(),
  workspace: z.string(),
  /** A v1 service's name, or `endpoint/<name>` for a v2 endpoint (as its rotations are stored). */
  deployment: z.string(),
  policyId: z.string(),
  phase: RotationPhaseSchema,
  oldSlot: KeyTypeSchema,
  newSlot: KeyTypeSchema,
  /** When the old key may die (set once the new key is published). */
  graceEndsAt: z.iso.datetime().nullable(),
  failure: z.strictObject({ step: z.string(), reason: z.string() }).nullable(),
});
export type RotationEventData = z.infer<typeof RotationEventDataSchema>;

/** The body of every delivery: CloudEvents 1.0, structured mode (`application/cloudevents+json`). */
export const RotationCloudEventSchema = z
  .strictObject({
    specversion: z.literal("1.0"),
    id: z.uuid(),
    /**
     * The rotation's path under the API: `/api/deployments/<workspace>/<deployment>/rotations/<id>`, or
     * `/api/endpoints/<workspace>/<endpoint>/rotations/<id>` for a v2 endpoint's.
     */
    source: z.string(),
    type: z.enum([
      "com.keyturn.rotation.started",
      "com.keyturn.rotation.needs-confirmation",
      "com.keyturn.rotation.completed",
      "com.keyturn.rotation.failed",
    ]),
    /** `<workspace>/<deployment>` */
    subject: z.string(),
    time: z.iso.datetime(),
    datacontenttype: z.literal("application/json"),
    data: RotationEventDataSchema,
  })
  .meta({ id: "RotationCloudEvent" });
export type RotationCloudEvent = z.infer<typeof RotationCloudEventSchema>;
