import type { Webhook, WebhookDelivery } from "@keyturn/api-contract";
import { WEBHOOK_MAX_ATTEMPTS, type WebhookEventType } from "@keyturn/auth-domain";
import { asc, desc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { webhookAttempts, webhookDeliveries, webhooks } from "../../db/schema.ts";
import { ApiError } from "../../errors/api-error.ts";

export type WebhookRow = typeof webhooks.$inferSelect;

export const etagOf = (row: Pick<WebhookRow, "id" | "version">) => `"webhook-${row.id}-${row.version}"`;

export const toWebhook = (row: WebhookRow): Webhook => ({
  id: row.id,
  policyId: row.policyId,
  url: row.url,
  events: row.events as WebhookEventType[],
  secretFingerprint: row.secretFingerprint,
  createdBy: row.createdBy,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
  version: row.version,
  etag: etagOf(row),
});

export async function findWebhook(db: Db, id: string): Promise<WebhookRow> {
  const [row] = await db.select().from(webhooks).where(eq(webhooks.id, id));
  if (!row) throw ApiError.notFound("No such webhook.");
  return row;
}

type DeliveryRow = typeof webhookDeliveries.$inferSelect;

/** Deliveries with their attempts, as the delivery log shows them (never the body or a secret). */
export async function deliveryViews(db: Db, rows: DeliveryRow[]): Promise<WebhookDelivery[]> {
  const ids = rows.map((r) => r.id);
  const attempts = ids.length
    ? await db
        .select()
        .from(webhookAttempts)
        .where(inArray(webhookAttempts.deliveryId, ids))
        .orderBy(asc(webhookAttempts.attempt))
    : [];
  return rows.map((row) => ({
    id: row.id,
    webhookId: row.webhookId,
    eventId: row.eventId,
    eventType: row.eventType as WebhookEventType,
    subject: row.subject,
    status: row.status as WebhookDelivery["status"],
    attempts: attempts
      .filter((a) => a.deliveryId === row.id)
      .map((a) => ({
        attempt: a.attempt,
        startedAt: a.startedAt.toISOString(),
        durationMs: a.durationMs,
        outcome: a.outcome as "succeeded" | "failed",
        responseCode: a.responseCode,
        error: a.error,
      })),
    maxAttempts: WEBHOOK_MAX_ATTEMPTS,
    nextAttemptAt: row.status === "pending" ? row.nextAttemptAt.toISOString() : null,
    redeliveryOf: row.redeliveryOf,
    createdAt: row.createdAt.toISOString(),
  }));
}

export const hookDeliveries = (db: Db, webhookId: string, limit = 50) =>
  db
    .select()
    .from(webhookDeliveries)
    .where(eq(webhookDeliveries.webhookId, webhookId))
    .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
    .limit(limit);
