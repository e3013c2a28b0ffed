import type { DestinationInput, KeyDestination } from "@keyturn/api-contract";
import { and, eq } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import { keyDestinations } from "../../db/schema.ts";

type Row = typeof keyDestinations.$inferSelect;

export const destinationView = (row: Row): KeyDestination => ({
  vaultUrl: row.vaultUrl,
  secretName: row.secretName,
  lastVersion: row.lastVersion,
  lastPublishedAt: row.lastPublishedAt?.toISOString() ?? null,
});

const ofDeployment = (workspace: string, deployment: string) =>
  and(eq(keyDestinations.workspace, workspace), eq(keyDestinations.deployment, deployment));

export const listDestinations = (db: Db | Tx, workspace: string, deployment: string): Promise<Row[]> =>
  db
    .select()
    .from(keyDestinations)
    .where(ofDeployment(workspace, deployment))
    .orderBy(keyDestinations.vaultUrl, keyDestinations.secretName);

/** The deployment's destinations become `wanted` (kept rows keep their last version). */
export async function replaceDestinations(
  tx: Tx,
  target: { workspace: string; deployment: string; by: string },
  wanted: DestinationInput[],
): Promise<void> {
  const existing = await listDestinations(tx, target.workspace, target.deployment);
  const key = (d: DestinationInput) => `${d.vaultUrl}\n${d.secretName}`;
  const keep = new Set(wanted.map(key));
  for (const row of existing) {
    if (keep.has(key(row))) continue;
    await tx
      .delete(keyDestinations)
      .where(
        and(
          ofDeployment(target.workspace, target.deployment),
          eq(keyDestinations.vaultUrl, row.vaultUrl),
          eq(keyDestinations.secretName, row.secretName),
        ),
      );
  }
  for (const d of wanted) {
    await tx
      .insert(keyDestinations)
      .values({ ...d, workspace: target.workspace, deployment: target.deployment, createdBy: target.by })
      .onConflictDoNothing();
  }
}

/** Records the version a publish wrote. */
export async function recordPublished(
  db: Db | Tx,
  target: { workspace: string; deployment: string; vaultUrl: string; secretName: string },
  version: string,
  at: Date,
): Promise<void> {
  await db
    .update(keyDestinations)
    .set({ lastVersion: version, lastPublishedAt: at })
    .where(
      and(
        ofDeployment(target.workspace, target.deployment),
        eq(keyDestinations.vaultUrl, target.vaultUrl),
        eq(keyDestinations.secretName, target.secretName),
      ),
    );
}
