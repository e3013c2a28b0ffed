import {
  applicablePolicy,
  KeyTypeSchema,
  type RotationFacts,
  RotationStateSchema,
  type RotationStep,
} from "@keyturn/auth-domain";
import { and, asc, desc, type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Db } from "../../db/client.ts";
import { inventory, keyMetadata, rotations } from "../../db/schema.ts";
import { endpointCandidates } from "./endpoint-candidates.ts";
import type { StoredPolicy } from "./policies-store.ts";

export type InventoryRow = typeof inventory.$inferSelect;
type Span = {
  first: Pick<InventoryRow, "workspace" | "deployment">;
  last: Pick<InventoryRow, "workspace" | "deployment">;
};

/** A key-auth deployment a policy may rotate, with what decides whether it is due. */
export interface Candidate {
  workspace: string;
  deployment: string;
  tags: Record<string, string>;
  keys: Array<{ issuedAt: string }>;
  running: boolean;
  lastFailure: { step: RotationStep; reason: string } | null;
}

const OVER = new Set(["completed", "failed", "cancelled"]);
const idOf = (r: { workspace: string; deployment: string }) => `${r.workspace}\u0000${r.deployment}`;
const inSpan = (table: { workspace: AnyPgColumn; deployment: AnyPgColumn }, span: Span) =>
  sql`(${table.workspace}, ${table.deployment}) >= (${span.first.workspace}, ${span.first.deployment}) and (${table.workspace}, ${table.deployment}) <= (${span.last.workspace}, ${span.last.deployment})`;

export interface LatestRotation {
  running: boolean;
  lastFailure: Candidate["lastFailure"];
}

/** The latest rotation of each deployment in the span (one range scan, `distinct on`). */
export function latestRotations(db: Db, span: Span): Promise<Map<string, LatestRotation>> {
  return latestRotationsWhere(db, inSpan(rotations, span));
}

/** Rows of `table` for these (workspace, deployment) pairs (names outside one span: endpoints'). */
export const inPairs = (
  table: { workspace: AnyPgColumn; deployment: AnyPgColumn },
  pairs: ReadonlyArray<{ workspace: string; deployment: string }>,
) =>
  sql`(${table.workspace}, ${table.deployment}) in (${sql.join(
    pairs.map((p) => sql`(${p.workspace}, ${p.deployment})`),
    sql`, `,
  )})`;

/** The latest rotation of each of these deployments. */
export function latestRotationsOf(
  db: Db,
  pairs: ReadonlyArray<{ workspace: string; deployment: string }>,
): Promise<Map<string, LatestRotation>> {
  return latestRotationsWhere(db, inPairs(rotations, pairs));
}

async function latestRotationsWhere(db: Db, where: SQL): Promise<Map<string, LatestRotation>> {
  const rows = await db
    .selectDistinctOn([rotations.workspace, rotations.deployment], {
      workspace: rotations.workspace,
      deployment: rotations.deployment,
      phase: rotations.phase,
      state: rotations.state,
    })
    .from(rotations)
    .where(where)
    .orderBy(rotations.workspace, rotations.deployment, desc(rotations.createdAt));
  const latest = new Map<string, LatestRotation>();
  for (const r of rows) latestRotationFrom(latest, r);
  return latest;
}

/** Adds a deployment's latest rotation (its phase and stored state) to `latest`. */
export function latestRotationFrom(
  latest: Map<string, LatestRotation>,
  r: { workspace: string; deployment: string; phase: string; state: unknown },
): void {
  // Only a failed rotation's failure is read: the state machine is parsed for it alone.
  const machine =
    r.phase === "failed" ? RotationStateSchema.safeParse((r.state as { machine?: unknown }).machine) : null;
  const failure = machine?.success ? machine.data.failure : null;
  latest.set(idOf(r), { running: !OVER.has(r.phase), lastFailure: failure });
}

/**
 * What posture's rotation rules look at for each deployment of a batch: the applicable policy's
 * maximum (when enabled) and the latest rotation's state.
 */
export async function rotationFactsFor(
  db: Db,
  rows: ReadonlyArray<RotationFactsRow>,
  policies: readonly StoredPolicy[],
): Promise<Map<string, RotationFacts>> {
  const first = rows[0];
  const last = rows.at(-1);
  if (!first || !last) return new Map();
  return rotationFactsOf(rows, policies, await latestRotations(db, { first, last }));
}

export type RotationFactsRow = Pick<InventoryRow, "workspace" | "deployment" | "tags">;

/**
 * Each row's rotation facts from its applicable policy and its latest rotation (read beforehand, under
 * the row's stored name: `storedOf`), keyed by the row's own name.
 */
export function rotationFactsOf(
  rows: ReadonlyArray<RotationFactsRow>,
  policies: readonly StoredPolicy[],
  latest: ReadonlyMap<string, LatestRotation>,
  storedOf: (row: RotationFactsRow) => string = (row) => row.deployment,
): Map<string, RotationFacts> {
  const facts = new Map<string, RotationFacts>();
  for (const row of rows) {
    const policy = applicablePolicy(policies, { workspace: row.workspace, tags: row.tags });
    const rotation = latest.get(idOf({ workspace: row.workspace, deployment: storedOf(row) }));
    facts.set(idOf(row), {
      policyMaxKeyAgeDays: policy?.enabled ? policy.maxKeyAgeDays : null,
      running: rotation?.running ?? false,
      lastFailure: rotation?.lastFailure ?? null,
    });
  }
  return facts;
}

export const factsKey = idOf;

/** Key-auth services of the kinds Keyturn manages, with a scoring URI (a rotation verifies against it). */
const ROTATABLE = sql`(${inventory.generation} = 'v1' and ${inventory.managed} and ${inventory.keyAuth} and ${inventory.computeType} in ('ACI', 'AKS') and ${inventory.scoringUri} is not null)`;

/** Key-auth v1 services and rotatable v2 endpoints: each generation's rows, each with its stored names. */
export async function* rotationCandidates(db: Db, batchSize = 1_000): AsyncGenerator<Candidate[]> {
  yield* v1Candidates(db, batchSize);
  yield* endpointCandidates(db, batchSize);
}

/** The keys a candidate's policy looks at: a key the console rotated from its record, else from creation. */
export function candidateOf(
  row: InventoryRow,
  deployment: string,
  rotated: ReadonlyArray<{ keyType: string; issuedAt: Date }>,
  rotation: LatestRotation | undefined,
): Candidate {
  const created = (row.createdAt ?? row.updatedAt ?? row.syncedAt).toISOString();
  return {
    workspace: row.workspace,
    deployment,
    tags: row.tags,
    keys: KeyTypeSchema.options.map((slot) => ({
      issuedAt: rotated.find((k) => k.keyType === slot)?.issuedAt.toISOString() ?? created,
    })),
    running: rotation?.running ?? false,
    lastFailure: rotation?.lastFailure ?? null,
  };
}

/**
 * Every v1 service a rotation policy could rotate, `batchSize` at a time (keyset on the primary key).
 * A key the console rotated counts from its record; one it never rotated, from when the deployment
 * was created (or last updated or synced when Azure did not say), as posture counts it.
 */
async function* v1Candidates(db: Db, batchSize: number): AsyncGenerator<Candidate[]> {
  let after: Pick<InventoryRow, "workspace" | "deployment"> | null = null;
  for (;;) {
    const rows: InventoryRow[] = await db
      .select()
      .from(inventory)
      .where(
        after
          ? and(
              ROTATABLE,
              sql`(${inventory.workspace}, ${inventory.deployment}) > (${after.workspace}, ${after.deployment})`,
            )
          : ROTATABLE,
      )
      .orderBy(asc(inventory.workspace), asc(inventory.deployment))
      .limit(batchSize);
    const first = rows[0];
    const last = rows.at(-1);
    if (!first || !last) return;
    const span = { first, last };
    const keys = await db
      .select({
        workspace: keyMetadata.workspace,
        deployment: keyMetadata.deployment,
        keyType: keyMetadata.keyType,
        issuedAt: keyMetadata.issuedAt,
        rotatedAt: keyMetadata.rotatedAt,
      })
      .from(keyMetadata)
      .where(inSpan(keyMetadata, span));
    const latest = await latestRotations(db, span);
    const rotated = new Map<string, typeof keys>();
    for (const k of keys.filter((k) => k.rotatedAt !== null)) {
      rotated.set(idOf(k), [...(rotated.get(idOf(k)) ?? []), k]);
    }
    yield rows.map((row) =>
      candidateOf(row, row.deployment, rotated.get(idOf(row)) ?? [], latest.get(idOf(row))),
    );
    after = last;
    if (rows.length < batchSize) return;
  }
}
