import type { AuditAction, AuditOutcome, KeyType } from "@keyturn/auth-domain";
import { and, desc, eq, gt, gte, lt, lte, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { auditEvents } from "../../db/schema.ts";
import type { AuditRow } from "./audit-chain.ts";
import { selectAuditRows } from "./audit-rows.ts";

/** The audit log's filters (GET /api/audit/events and the exports). All optional, all ANDed. */
export interface AuditFilters {
  /** An object id (a GUID) or a username (case-insensitive). */
  actor?: string | undefined;
  action?: AuditAction | undefined;
  outcome?: AuditOutcome | undefined;
  workspace?: string | undefined;
  deployment?: string | undefined;
  keyType?: KeyType | undefined;
  /** Inclusive. */
  from?: Date | undefined;
  /** Exclusive. */
  to?: Date | undefined;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Each filter as one indexable condition (the indexes end on `seq`, see db/schema.ts). */
export function filterConditions(f: AuditFilters): SQL[] {
  const t = auditEvents;
  const conditions: Array<SQL | undefined> = [
    f.actor === undefined
      ? undefined
      : GUID.test(f.actor)
        ? eq(t.actorOid, f.actor.toLowerCase())
        : sql`lower(${t.actorUsername}) = ${f.actor.toLowerCase()}`,
    f.action === undefined ? undefined : eq(t.action, f.action),
    f.outcome === undefined ? undefined : eq(t.outcome, f.outcome),
    f.workspace === undefined ? undefined : eq(t.targetWorkspace, f.workspace),
    f.deployment === undefined ? undefined : eq(t.targetDeployment, f.deployment),
    f.keyType === undefined ? undefined : eq(t.targetKeyType, f.keyType),
    f.from === undefined ? undefined : gte(t.at, f.from),
    f.to === undefined ? undefined : lt(t.at, f.to),
  ];
  return conditions.filter((c): c is SQL => c !== undefined);
}

/** Where the previous page ended: its last record's time and seq. */
export interface AuditCursor {
  at: Date;
  seq: number;
}

/**
 * One page, newest first by `(at, seq)` — the order the `(…, at)` indexes serve, so a time range or a
 * filter is an index range scan — continuing after `cursor` (keyset paging, written so that
 * `at <= cursor.at` is the index condition).
 */
export async function queryAuditPage(
  db: Db,
  filters: AuditFilters,
  page: { cursor?: AuditCursor | undefined; limit: number },
): Promise<{ rows: AuditRow[]; next: AuditCursor | null }> {
  const t = auditEvents;
  const conditions = filterConditions(filters);
  const c = page.cursor;
  if (c) conditions.push(lte(t.at, c.at), or(lt(t.at, c.at), lt(t.seq, c.seq)) as SQL);
  const rows = await db
    .select()
    .from(t)
    .where(and(...conditions))
    .orderBy(desc(t.at), desc(t.seq))
    .limit(page.limit + 1);
  const more = rows.length > page.limit;
  if (more) rows.pop();
  const last = rows.at(-1);
  return { rows, next: more && last ? { at: last.at, seq: last.seq } : null };
}

/** The current head (seq 0 and the genesis hash for an empty log). */
export async function auditHead(db: Db): Promise<{ seq: number; hash: string | null }> {
  const [head] = await db
    .select({ seq: auditEvents.seq, hash: auditEvents.hash })
    .from(auditEvents)
    .orderBy(desc(auditEvents.seq))
    .limit(1);
  return head ?? { seq: 0, hash: null };
}

/**
 * Rows matching the filters with `seq ≤ through`, oldest first, by keyset on `seq` in windows of
 * `window` sequence numbers: each query is a bounded primary-key range whatever the filters, so an
 * export reads the table once and holds one window in memory, however large the log.
 */
export async function* auditBatches(
  db: Db,
  filters: AuditFilters,
  options: { through: number; window?: number },
): AsyncGenerator<AuditRow[]> {
  const window = options.window ?? 2_000;
  const base = filterConditions(filters);
  for (let after = 0; after < options.through; after += window) {
    const upTo = Math.min(options.through, after + window);
    const rows = await selectAuditRows(
      db,
      and(...base, gt(auditEvents.seq, after), lte(auditEvents.seq, upTo)) as SQL,
    );
    if (rows.length > 0) yield rows;
  }
}
