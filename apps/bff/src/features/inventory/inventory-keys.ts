import type { KeyType } from "@keyturn/auth-domain";
import { sql } from "drizzle-orm";
import { endpointKeyOwner } from "../endpoints/public.ts";

/** The console's record of one key of a row (key_metadata): when it was issued and last rotated. */
export interface KeyRecord {
  keyType: KeyType;
  issuedAt: Date;
  rotatedAt: Date | null;
}

/*
 * A v2 endpoint's keys are recorded under its key owner (`endpoint/<name>`), a v1 service's under its
 * name: the same text the endpoints capability writes, so a service and an endpoint of one name never
 * share a record. Qualified by hand: drizzle writes a one-table select's columns unqualified, which
 * inside the subquery would bind to key_metadata's own columns.
 */
const OWNER = sql`(case when "inventory"."generation" = 'v2' then ${endpointKeyOwner("")} || "inventory"."deployment" else "inventory"."deployment" end)`;

const recorded = (keyType: KeyType, column: "issued_at" | "rotated_at") =>
  sql<
    number | string | null
  >`(select (extract(epoch from k.${sql.raw(column)}) * 1000)::float8 from key_metadata k where k.workspace = "inventory"."workspace" and k.deployment = ${OWNER} and k.key_type = ${keyType})`;

/**
 * Columns to select beside an inventory row: its key records, one index lookup per key type and
 * field, in the same statement (cheaper than a json_agg per row).
 */
export const KEY_RECORD_COLUMNS = {
  primaryIssuedAt: recorded("Primary", "issued_at"),
  primaryRotatedAt: recorded("Primary", "rotated_at"),
  secondaryIssuedAt: recorded("Secondary", "issued_at"),
  secondaryRotatedAt: recorded("Secondary", "rotated_at"),
};

type Epoch = number | string | null;
export interface WithKeyRecordColumns {
  primaryIssuedAt: Epoch;
  primaryRotatedAt: Epoch;
  secondaryIssuedAt: Epoch;
  secondaryRotatedAt: Epoch;
}

const date = (epoch: Epoch) => (epoch === null ? null : new Date(Number(epoch)));

/** The selected key columns as records (a key without a record is absent), and the row without them. */
export function splitKeyRecords<R extends WithKeyRecordColumns>(
  row: R,
): { row: Omit<R, keyof WithKeyRecordColumns>; keys: KeyRecord[] } {
  const { primaryIssuedAt, primaryRotatedAt, secondaryIssuedAt, secondaryRotatedAt, ...rest } = row;
  const keys: KeyRecord[] = [];
  const primary = date(primaryIssuedAt);
  if (primary) keys.push({ keyType: "Primary", issuedAt: primary, rotatedAt: date(primaryRotatedAt) });
  const secondary = date(secondaryIssuedAt);
  if (secondary)
    keys.push({ keyType: "Secondary", issuedAt: secondary, rotatedAt: date(secondaryRotatedAt) });
  return { row: rest, keys };
}
