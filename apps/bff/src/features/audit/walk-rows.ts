import { hash } from "node:crypto";
import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import type { AuditRow } from "./audit-chain.ts";
import { canonicalJson } from "./canonical-json.ts";
import { canonicalEventJson } from "./event-json.ts";

/** What the verify walk needs of a row: its chain fields, whether it hashes as stored, and its hash under any seq. */
export interface WalkRow {
  seq: number;
  prevHash: string;
  hash: string;
  /** Whether the row's content hashes to its stored `hash` under its own seq. */
  readonly selfOk: boolean;
  /** `SHA-256(prevHash ‖ canonical JSON of the event with this seq)`, hex: the renumbering test. */
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
export class PiecedRow implements WalkRow {
  constructor(
    readonly seq: number,
    readonly prevHash: string,
    readonly hash: string,
    private readonly beforeSeq: string,
    private readonly afterSeq: string,
  ) {}

  get selfOk(): boolean {
    return this.hashAt(this.seq) === this.hash;
  }

  hashAt(seq: number): string {
    // One-shot `crypto.hash`: about half the cost of createHash().update().digest() for a row this size.
    return hash("sha256", `${this.prevHash}${this.beforeSeq}${seq}${this.afterSeq}`, "hex");
  }
}

/**
 * A row PostgreSQL hashed and found as stored. Only a row that does not hash as stored is ever
 * re-hashed under another seq, so this one carries no content.
 */
export class ConfirmedRow implements WalkRow {
  readonly selfOk = true;
  constructor(
    readonly seq: number,
    readonly prevHash: string,
    readonly hash: string,
  ) {}

  hashAt(seq: number): string {
    if (seq === this.seq) return this.hash;
    throw new Error("a row that hashes as stored is never re-hashed under another seq");
  }
}

const pieces = (seq: number, prevHash: string, hash: string, beforeSeq: string, afterSeq: string): WalkRow =>
  new PiecedRow(seq, prevHash, hash, beforeSeq, afterSeq);

/**
 * The canonical event JSON (audit-chain.ts) built by PostgreSQL, in pieces around `details` and `seq`.
 * `to_json(text)` escapes exactly as `JSON.stringify`, `to_char(… 'MS')` is `toISOString`'s
 * millisecond form: walk-rows.test.ts pins the result to `canonicalJson` byte for byte on PGlite and
 * PostgreSQL. Functions are `pg_catalog.`-qualified: a role able to create functions cannot shadow
 * `to_json(text)` to make an edited row hash as the original did.
 */
const PIECES = `prev_hash, hash,
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
    || '},"userAgent":' || coalesce(pg_catalog.to_json(user_agent)::text, 'null') || '}' as c`;

/**
 * `details` (a flat object) in canonical form as PostgreSQL can write it: members sorted by key in
 * byte order, jsonb's scalar text. It matches `canonicalJson` for the details Keyturn writes (ASCII
 * keys; strings, integers, booleans, null). Where it does not (a key outside the BMP, a number such
 * as 1e21 that numeric writes out in full, a nested value), the row fails the check in PostgreSQL and
 * is hashed again in Node from the JavaScript canonical form: a mismatch costs time, never a verdict.
 */
const CANONICAL_DETAILS = `case when details = '{}'::jsonb then '{}' else '{' || coalesce((
    select pg_catalog.string_agg(pg_catalog.to_json(e.key)::text || ':' || e.value::text, ','
      order by e.key collate pg_catalog."C")
    from pg_catalog.jsonb_each(details) e), '') || '}' end`;

/**
 * Each row hashed in PostgreSQL (`ok`), its content returned only when that hash differs from the
 * stored one. The walk's cost per row is then receiving a few short columns: hashing and JSON
 * escaping run in the database process, beside the Node one. The hash sits in a LATERAL subquery
 * fenced by `offset 0` so it is computed once per row (inlined, each `case` would repeat it), and
 * the outer order is the index order (no sort).
 */
const CHECKED_HEAD = sql.raw(`p.seq::float8 as seq, p.prev_hash, p.hash, k.ok,
    case when k.ok then null else p.a end as a, case when k.ok then null else p.d end as d,
    case when k.ok then null else p.b end as b, case when k.ok then null else p.c end as c
  from (select seq, ${PIECES}, ${CANONICAL_DETAILS} as dc from audit_events`);
const CHECKED_TAIL = sql.raw(`) p
  cross join lateral (select pg_catalog.encode(pg_catalog.sha256(pg_catalog.convert_to(
      p.prev_hash || p.a || p.dc || p.b || p.seq::text || p.c, 'UTF8')), 'hex') = p.hash as ok offset 0) k
  order by p.seq`);

type Raw = {
  seq: number;
  prev_hash: string;
  hash: string;
  ok: boolean;
  a: string | null;
  d: string | null;
  b: string | null;
  c: string | null;
};

/** Walk rows of `audit_events where <where> order by seq [limit n]`. */
export async function selectWalkRows(db: Db, where: SQL, limit?: number): Promise<WalkRow[]> {
  const query = sql`select ${CHECKED_HEAD} where ${where} order by audit_events.seq`;
  if (limit !== undefined) query.append(sql` limit ${limit}`);
  query.append(CHECKED_TAIL);
  const { rows } = (await db.execute(query)) as unknown as { rows: Raw[] };
  return rows.map((r) => {
    if (r.ok) return new ConfirmedRow(Number(r.seq), r.prev_hash, r.hash);
    const details = r.d === "{}" ? "{}" : canonicalJson(JSON.parse(r.d as string));
    return pieces(Number(r.seq), r.prev_hash, r.hash, `${r.a}${details}${r.b}`, r.c as string);
  });
}
