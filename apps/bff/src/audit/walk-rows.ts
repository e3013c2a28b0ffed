import { hash } from "node:crypto";
import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../db/client.ts";
import type { AuditRow } from "./audit-chain.ts";
import { canonicalJson } from "./canonical-json.ts";
import { canonicalEventJson } from "./event-json.ts";

/** What the verify walk needs of a row: its chain fields and its hash recomputed under any seq. */
export interface WalkRow {
  seq: number;
  prevHash: string;
  hash: string;
  /** `SHA-256(prevHash ‖ canonical JSON of the event with this seq)`, hex. */
  hashAt(seq: number): string;
}

/** A row already in memory (tests, in-memory walks): the JS canonical form. */
export function walkRowOf(row: AuditRow): WalkRow {
  // The top-level seq is the last `,"seq":0,` (details, which may hold one too, come before it; after
  // it only the fixed target keys and the escaped user agent).
  const json = canonicalEventJson(row, 0);
  const at = json.lastIndexOf(',"seq":0,');
  return pieces(row.seq, row.prevHash, row.hash, json.slice(0, at + 7), json.slice(at + 8));
}

/** The canonical JSON around the seq, and the chain fields: `hashAt` needs no per-row closure. */
class PiecedRow implements WalkRow {
  constructor(
    readonly seq: number,
    readonly prevHash: string,
    readonly hash: string,
    private readonly beforeSeq: string,
    private readonly afterSeq: string,
  ) {}

  hashAt(seq: number): string {
    // One-shot `crypto.hash`: about half the cost of createHash().update().digest() for a row this size.
    return hash("sha256", `${this.prevHash}${this.beforeSeq}${seq}${this.afterSeq}`, "hex");
  }
}

const pieces = (seq: number, prevHash: string, hash: string, beforeSeq: string, afterSeq: string): WalkRow =>
  new PiecedRow(seq, prevHash, hash, beforeSeq, afterSeq);

/**
 * The canonical event JSON (audit-chain.ts) built by PostgreSQL, in pieces around `details` (whose
 * key order and number forms are JavaScript's, so it is canonicalised here) and around `seq`.
 * `to_json(text)` escapes exactly as `JSON.stringify`, `to_char(… 'MS')` is `toISOString`'s
 * millisecond form: walk-rows.test.ts pins the result to `canonicalJson` byte for byte on PGlite and
 * PostgreSQL. This moves the escaping of a dozen strings per row out of the Node event loop.
 * Functions are `pg_catalog.`-qualified: a role able to create functions cannot shadow `to_json(text)`
 * to make an edited row hash as the original did.
 */
const PIECES = sql.raw(`seq::float8 as seq, prev_hash, hash,
  '{"action":' || pg_catalog.to_json(action)::text
    || ',"actor":{"name":' || pg_catalog.to_json(actor_name)::text
    || ',"oid":' || pg_catalog.to_json(actor_oid)::text
    || ',"roles":' || pg_catalog.array_to_json(actor_roles)::text
    || ',"username":' || pg_catalog.to_json(actor_username)::text
    || '},"at":"' || pg_catalog.to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
    || '","clientAddress":' || coalesce(pg_catalog.to_json(client_address)::text, 'null') || ',"details":' as a,
  details::text as d,
  ',"outcome":' || pg_catalog.to_json(outcome)::text
    || ',"requestId":' || pg_catalog.to_json(request_id)::text || ',"seq":' as b,
  ',"target":{' || pg_catalog.concat_ws(',', '"deployment":' || pg_catalog.to_json(target_deployment)::text,
      '"keyType":' || pg_catalog.to_json(target_key_type)::text,
      '"workspace":' || pg_catalog.to_json(target_workspace)::text)
    || '},"userAgent":' || coalesce(pg_catalog.to_json(user_agent)::text, 'null') || '}' as c`);

type Raw = { seq: number; prev_hash: string; hash: string; a: string; d: string; b: string; c: string };

/** Walk rows of `audit_events where <where> order by seq [limit n]`. */
export async function selectWalkRows(db: Db, where: SQL, limit?: number): Promise<WalkRow[]> {
  const query = sql`select ${PIECES} from audit_events where ${where} order by audit_events.seq`;
  if (limit !== undefined) query.append(sql` limit ${limit}`);
  const { rows } = (await db.execute(query)) as unknown as { rows: Raw[] };
  return rows.map((r) => {
    const details = r.d === "{}" ? "{}" : canonicalJson(JSON.parse(r.d));
    return pieces(Number(r.seq), r.prev_hash, r.hash, r.a + details + r.b, r.c);
  });
}
