import type { FleetFinding, PosturePolicy, RotationFacts } from "@keyturn/auth-domain";
import type { Db } from "../../db/client.ts";
import type { inventory } from "../../db/schema.ts";
import type { KeyRecord } from "../inventory/public.ts";
import {
  endpointRotationFacts,
  listRotationPolicies,
  rotationFactsFor,
  rotationFactsForPage,
  rotationFactsKey,
} from "../rotations/public.ts";
import { rowFindings } from "./row-findings.ts";

type InventoryRow = typeof inventory.$inferSelect;

/** A managed row of the inventory and the console's records of its keys. */
export interface ManagedRow {
  row: InventoryRow;
  keys: readonly KeyRecord[];
}

/** What every row's findings are evaluated under: the posture policy, the instant, the rotation policies. */
export interface FindingsContext {
  policy: PosturePolicy;
  at: Date;
  rotationPolicies: Awaited<ReturnType<typeof listRotationPolicies>>;
}

export async function findingsContext(db: Db, policy: PosturePolicy, at: Date): Promise<FindingsContext> {
  return { policy, at, rotationPolicies: await listRotationPolicies(db) };
}

/**
 * Each row's findings with its rotation facts (a v1 service's and a v2 endpoint's alike): the one way
 * a batch of stored rows becomes findings, for the posture report (its batches come in key order:
 * `sorted`) and for a page of the inventory (in any order).
 */
export async function batchFindings(
  db: Db,
  ctx: FindingsContext,
  batch: readonly ManagedRow[],
  options: { sorted: boolean },
): Promise<FleetFinding[][]> {
  const managed = batch.filter((b) => b.row.managed).map((b) => b.row);
  // A report's batch of services is one key range; a page of the inventory, and endpoints (stored
  // under another name), are looked up row by row, in one read.
  const [services, endpoints] = await Promise.all([
    (options.sorted ? rotationFactsFor : rotationFactsForPage)(
      db,
      managed.filter((row) => row.generation === "v1"),
      ctx.rotationPolicies,
    ),
    endpointRotationFacts(
      db,
      managed.filter((row) => row.generation === "v2"),
      ctx.rotationPolicies,
    ),
  ]);
  return batch.map(({ row, keys }) => {
    const facts: RotationFacts | undefined = (row.generation === "v1" ? services : endpoints).get(
      rotationFactsKey(row),
    );
    return rowFindings(row, keys, ctx.policy, ctx.at, facts);
  });
}
