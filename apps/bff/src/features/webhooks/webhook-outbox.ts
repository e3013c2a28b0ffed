import { afterAttempt, type RetrySchedule } from "@keyturn/auth-domain";
import { and, asc, eq, lte, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { webhookAttempts, webhookDeliveries } from "../../db/schema.ts";
import type { PostResult } from "./webhook-post.ts";

export type DeliveryRow = typeof webhookDeliveries.$inferSelect;

const ms = (value: number) => sql`(${Math.max(0, Math.round(value))} * interval '1 millisecond')`;

/** Deliveries whose next attempt is due, oldest first. */
export const dueDeliveries = (db: Db, limit: number) =>
  db
    .select()
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.status, "pending"), lte(webhookDeliveries.nextAttemptAt, sql`now()`)))
    .orderBy(asc(webhookDeliveries.nextAttemptAt))
    .limit(limit);

/**
 * Takes the next attempt of a due delivery: one conditional update moves its next attempt past this
 * one's deadline and counts it, so no other sender (another replica, a run outliving its lease) sends
 * the same attempt; if this replica dies mid-attempt, the delivery is due again after `holdMs`.
 * Returns the attempt's number, or null when another sender took it first.
 */
export async function claimAttempt(db: Db, row: DeliveryRow, holdMs: number): Promise<number | null> {
  const [claimed] = await db
    .update(webhookDeliveries)
    .set({ attempts: row.attempts + 1, nextAttemptAt: sql`now() + ${ms(holdMs)}` })
    .where(
      and(
        eq(webhookDeliveries.id, row.id),
        eq(webhookDeliveries.status, "pending"),
        eq(webhookDeliveries.attempts, row.attempts),
        lte(webhookDeliveries.nextAttemptAt, sql`now()`),
      ),
    )
    .returning({ attempts: webhookDeliveries.attempts });
  return claimed ? claimed.attempts : null;
}

/** Records an attempt and what follows it (done, retry after a backoff, given up), in one transaction. */
export async function recordAttempt(
  db: Db,
  delivery: Pick<DeliveryRow, "id">,
  attempt: { number: number; startedAt: Date; sender: string; result: PostResult },
  schedule: RetrySchedule,
): Promise<void> {
  const { result } = attempt;
  const next = afterAttempt(attempt.number, result.ok, schedule, Math.random());
  await db.transaction(async (tx) => {
    await tx
      .insert(webhookAttempts)
      .values({
        deliveryId: delivery.id,
        attempt: attempt.number,
        startedAt: attempt.startedAt,
        durationMs: result.durationMs,
        outcome: result.ok ? "succeeded" : "failed",
        responseCode: result.responseCode,
        error: result.error,
        sender: attempt.sender,
      })
      .onConflictDoNothing();
    await tx
      .update(webhookDeliveries)
      .set({
        lastAttemptAt: attempt.startedAt,
        ...(next.next === "retry"
          ? { nextAttemptAt: sql`now() + ${ms(next.waitMs)}` }
          : { status: next.next }),
      })
      .where(and(eq(webhookDeliveries.id, delivery.id), eq(webhookDeliveries.attempts, attempt.number)));
  });
}
