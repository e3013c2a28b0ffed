/**
 * The chain itself: one event appended under the chain lock, and the details that name an intent's
 * outcome. The request-side writers (`audit-write.ts`) append through this; so do the writers with a
 * transaction rule of their own, the reconciler (each intent ends once) and the sign-in record.
 */
import { type AuditEvent, AuditEventSchema } from "@keyturn/auth-domain";
import { desc, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Tx } from "../../db/client.ts";
import { auditEvents } from "../../db/schema.ts";
import { chainHash, eventToRow, GENESIS_HASH } from "./audit-chain.ts";

export type AuditEventInput = z.input<typeof AuditEventSchema>;
type Details = AuditEventInput["details"];
/** An event before its outcome and time are known: what one audited write records up to three times. */
export type AuditIntent = Omit<AuditEventInput, "outcome" | "at">;

/** Transaction-scoped advisory lock serialising appends across every replica on one database. */
export const AUDIT_CHAIN_LOCK = 4_711_002;

/**
 * Appends one event to the chain inside `tx`: validates it (AuditEventSchema), takes the chain lock
 * (held until `tx` commits, so call this last in a transaction), reads the head, and inserts the row
 * with `seq = head.seq + 1` and `hash = SHA-256(head.hash ‖ canonical(event + seq))`.
 */
export async function appendAudit(tx: Tx, input: AuditEventInput): Promise<{ seq: number; hash: string }> {
  const event: AuditEvent = AuditEventSchema.parse(input);
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
  const [head] = await tx
    .select({ seq: auditEvents.seq, hash: auditEvents.hash })
    .from(auditEvents)
    .orderBy(desc(auditEvents.seq))
    .limit(1);
  const seq = (head?.seq ?? 0) + 1;
  const prevHash = head?.hash ?? GENESIS_HASH;
  const hash = chainHash(prevHash, seq, event);
  await tx.insert(auditEvents).values(eventToRow(seq, prevHash, hash, event));
  return { seq, hash };
}

/**
 * The details of an intent's outcome: they name the intent by its `seq`. A unique index on that name
 * (`audit_events_outcome_of_intent`) lets each intent end once, whichever writer (the request, or the
 * reconciler after a crash: `audit-reconcile.ts`) gets there first; request ids may repeat.
 */
export const outcomeDetails = (intentSeq: number, details: Details): NonNullable<Details> => ({
  ...details,
  intentSeq,
});
