import { and, asc, isNotNull, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { inventory, keyMetadata } from "../../db/schema.ts";
import { endpointDeployment } from "./endpoint-key-provider.ts";
import {
  type Candidate,
  candidateOf,
  type InventoryRow,
  inPairs,
  latestRotationsOf,
} from "./policies-candidates.ts";

/** Managed v2 online endpoints in Key mode with a scoring URI (a rotation verifies against it). */
const ROTATABLE_ENDPOINT = sql`(${inventory.generation} = 'v2' and ${inventory.managed} and ${inventory.keyAuth} and ${inventory.scoringUri} is not null)`;

const idOf = (r: { workspace: string; deployment: string }) => `${r.workspace}\u0000${r.deployment}`;

/**
 * Every v2 endpoint the inventory lists that a rotation policy could rotate, `batchSize` at a time,
 * each under its stored name (`endpoint/<name>`, its key records' and rotations'): those names lie
 * outside the inventory rows' key range, so their records are read by the batch's pairs.
 */
export async function* endpointCandidates(db: Db, batchSize: number): AsyncGenerator<Candidate[]> {
  let after: Pick<InventoryRow, "workspace" | "deployment"> | null = null;
  for (;;) {
    const keyset = after
      ? sql`(${inventory.workspace}, ${inventory.deployment}) > (${after.workspace}, ${after.deployment})`
      : undefined;
    const rows: InventoryRow[] = await db
      .select()
      .from(inventory)
      .where(and(ROTATABLE_ENDPOINT, keyset))
      .orderBy(asc(inventory.workspace), asc(inventory.deployment))
      .limit(batchSize);
    const last = rows.at(-1);
    if (!last) return;
    const pairs = rows.map((r) => ({ workspace: r.workspace, deployment: endpointDeployment(r.deployment) }));
    const rotated = await db
      .select({
        workspace: keyMetadata.workspace,
        deployment: keyMetadata.deployment,
        keyType: keyMetadata.keyType,
        issuedAt: keyMetadata.issuedAt,
      })
      .from(keyMetadata)
      .where(and(inPairs(keyMetadata, pairs), isNotNull(keyMetadata.rotatedAt)));
    const latest = await latestRotationsOf(db, pairs);
    yield rows.map((row, i) => {
      const pair = pairs[i] as (typeof pairs)[number];
      const mine = rotated.filter((k) => idOf(k) === idOf(pair));
      return candidateOf(row, pair.deployment, mine, latest.get(idOf(pair)));
    });
    after = last;
    if (rows.length < batchSize) return;
  }
}
