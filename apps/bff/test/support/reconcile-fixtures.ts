import { asc, sql } from "drizzle-orm";
import type { AppDeps } from "../../src/app-env.ts";
import type { Db } from "../../src/db/client.ts";
import { auditEvents } from "../../src/db/schema.ts";
import type { AuditIntent } from "../../src/features/audit/audit-append.ts";
import { intentDeadlineMs } from "../../src/features/audit/audit-reconcile.ts";
import { auditedCall } from "../../src/features/audit/audit-write.ts";

export type AuditRow = typeof auditEvents.$inferSelect;

/**
 * A process killed mid-action: the intent written through the real writer (`auditedCall`), the action
 * run up to `act` (what reached the provider), then nothing — no outcome, until `finish()` lets the
 * request end late (as one still running past the deadline would).
 */
export async function crashedIntent(db: Db, intent: AuditIntent, act: () => Promise<void> = async () => {}) {
  let release: () => void = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  let acted: () => void = () => {};
  const reached = new Promise<void>((resolve) => {
    acted = resolve;
  });
  const live = auditedCall({ db, intent }, async () => {
    await act();
    acted();
    await gate;
    return "done";
  });
  live.catch(() => {});
  await reached;
  const [row] = await db
    .select()
    .from(auditEvents)
    .where(sql`${auditEvents.requestId} = ${intent.requestId} and ${auditEvents.outcome} = 'intent'`);
  if (!row) throw new Error("the intent was not written");
  return {
    row,
    finish: () => {
      release();
      return live;
    },
  };
}

/** The instant `deltaMs` after the intent's deadline. */
export const later = (deps: Pick<AppDeps, "config">, intent: AuditRow, deltaMs: number) =>
  new Date(intent.at.getTime() + intentDeadlineMs(deps.config) + deltaMs);

/** Every record that names the intent as the one it ends. */
export const outcomesOf = (db: Db, intentSeq: number) =>
  db
    .select()
    .from(auditEvents)
    .where(sql`(${auditEvents.details}->>'intentSeq') = ${String(intentSeq)}`)
    .orderBy(asc(auditEvents.seq));
