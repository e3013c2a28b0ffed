import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { webhookDeliveries } from "../../db/schema.ts";
import { ApiError } from "../../errors/api-error.ts";
import type { AppRouteHandler } from "../../routing/create-router.ts";
import { auditedChange, auditScope, safeDetails } from "../audit/public.ts";
import { wakeWebhookSender } from "./webhook-sender.ts";
import { deliveryViews, findWebhook, hookDeliveries } from "./webhook-store.ts";
import type { listDeliveries, redeliver } from "./webhooks.routes.ts";

export const list: AppRouteHandler<typeof listDeliveries> = async (c) => {
  const { id } = c.req.valid("param");
  const { db } = c.var.deps.database;
  await findWebhook(db, id);
  const items = await deliveryViews(db, await hookDeliveries(db, id));
  return c.json({ webhookId: id, items }, 200);
};

/**
 * POST …/deliveries/{deliveryId}/redeliver: the same event (its id and exact body) queued again as a
 * new delivery with attempts of its own; the original keeps its log. Audited with its record.
 */
export const again: AppRouteHandler<typeof redeliver> = async (c) => {
  const { id, deliveryId } = c.req.valid("param");
  const { deps } = c.var;
  const { db } = deps.database;
  const [original] = await db
    .select()
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.id, deliveryId), eq(webhookDeliveries.webhookId, id)));
  if (!original) throw ApiError.notFound("The webhook has no such delivery.");
  const newId = randomUUID();
  const details = safeDetails({
    webhookId: id,
    deliveryId: newId,
    redeliveryOf: deliveryId,
    eventType: original.eventType,
    eventId: original.eventId,
  });
  const row = await auditedChange(auditScope(c, { action: "webhook.redeliver", details }), async (tx) => {
    const [inserted] = await tx
      .insert(webhookDeliveries)
      .values({
        id: newId,
        webhookId: id,
        eventId: original.eventId,
        eventType: original.eventType,
        subject: original.subject,
        body: original.body,
        status: "pending",
        nextAttemptAt: new Date(0),
        redeliveryOf: original.id,
      })
      .returning();
    if (!inserted) throw new Error("the redelivery was not inserted");
    return inserted;
  });
  wakeWebhookSender(deps);
  const [view] = await deliveryViews(db, [row]);
  return c.json(view, 202);
};
