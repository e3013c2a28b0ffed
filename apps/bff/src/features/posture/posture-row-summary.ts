import type { RowFindings } from "@keyturn/api-contract";
import type { Db } from "../../db/client.ts";
import { listRotationPolicies } from "../rotations/public.ts";
import { batchFindings, type FindingsContext, type ManagedRow } from "./posture-batch.ts";
import { readPosturePolicy } from "./posture-policy.ts";
import { summarizeFindings } from "./row-findings.ts";

/**
 * What a page's findings are evaluated under, read once per request: the stored posture policy and
 * rotation policies (independent reads: on a pool they overlap, and with the page's own query).
 */
export async function findingsPolicies(db: Db, at: Date): Promise<FindingsContext> {
  const [{ policy }, rotationPolicies] = await Promise.all([readPosturePolicy(db), listRotationPolicies(db)]);
  return { policy, at, rotationPolicies };
}

/**
 * Each row's findings as the posture report counts them now (the stored policies, the same
 * evaluation), for a page of the inventory without evaluating the whole inventory. A read-only row
 * has none.
 */
export async function rowFindingsSummaries(
  db: Db,
  ctx: FindingsContext,
  rows: readonly ManagedRow["row"][],
  keysOf: (row: ManagedRow["row"]) => ManagedRow["keys"],
): Promise<RowFindings[]> {
  const perRow = await batchFindings(
    db,
    ctx,
    rows.map((row) => ({ row, keys: keysOf(row) })),
    { sorted: false },
  );
  return perRow.map(summarizeFindings);
}
