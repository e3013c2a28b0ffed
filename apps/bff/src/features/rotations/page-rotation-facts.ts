import type { RotationFacts } from "@keyturn/auth-domain";
import { sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { endpointDeployment } from "./endpoint-key-provider.ts";
import {
  type LatestRotation,
  latestRotationFrom,
  type RotationFactsRow,
  rotationFactsOf,
} from "./policies-candidates.ts";
import type { StoredPolicy } from "./policies-store.ts";

/**
 * The latest rotation of each of these deployments, in any order: one statement whatever their number,
 * the pairs sent as one JSON parameter and each looked up by the `(workspace, deployment, created_at)`
 * index, so a page sorted by anything but its key never scans the rotations between its first and
 * last row.
 */
async function latestRotationsOfPage(
  db: Db,
  pairs: ReadonlyArray<{ workspace: string; deployment: string }>,
): Promise<Map<string, LatestRotation>> {
  const latest = new Map<string, LatestRotation>();
  if (pairs.length === 0) return latest;
  const json = JSON.stringify(pairs.map((p) => ({ w: p.workspace, d: p.deployment })));
  const { rows } = (await db.execute(sql`
    select p.w as workspace, p.d as deployment, r.phase, r.state
    from json_to_recordset(${json}::json) as p(w text, d text)
    cross join lateral (
      select phase, state from rotations
      where rotations.workspace = p.w and rotations.deployment = p.d
      order by created_at desc limit 1
    ) r`)) as unknown as {
    rows: Array<{ workspace: string; deployment: string; phase: string; state: unknown }>;
  };
  for (const r of rows) latestRotationFrom(latest, r);
  return latest;
}

/** Posture's rotation facts for a page of rows in any order (the inventory's pages): one read. */
export async function rotationFactsForPage(
  db: Db,
  rows: ReadonlyArray<RotationFactsRow>,
  policies: readonly StoredPolicy[],
): Promise<Map<string, RotationFacts>> {
  return rotationFactsOf(rows, policies, await latestRotationsOfPage(db, rows));
}

/**
 * Posture's rotation facts for v2 endpoints, keyed by their inventory names: their rotations are
 * stored under `endpoint/<name>`, outside the rows' key range, so each is looked up by its pair.
 */
export async function endpointRotationFacts(
  db: Db,
  rows: ReadonlyArray<RotationFactsRow>,
  policies: readonly StoredPolicy[],
): Promise<Map<string, RotationFacts>> {
  const storedOf = (row: RotationFactsRow) => endpointDeployment(row.deployment);
  const pairs = rows.map((row) => ({ workspace: row.workspace, deployment: storedOf(row) }));
  return rotationFactsOf(rows, policies, await latestRotationsOfPage(db, pairs), storedOf);
}
