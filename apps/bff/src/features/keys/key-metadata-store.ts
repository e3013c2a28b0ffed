import type { KeyView } from "@keyturn/api-contract";
import { type KeyType, keyAgeDays } from "@keyturn/auth-domain";
import { and, eq, sql } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import { keyMetadata } from "../../db/schema.ts";

export type KeyMetadataRow = typeof keyMetadata.$inferSelect;
/** What `keyView` reads of the console's record of a key. */
export type KeyRecord = Pick<KeyMetadataRow, "fingerprint" | "issuedAt" | "rotatedAt" | "rotatedBy">;

export const keyRows = (db: Db, workspace: string, deployment: string): Promise<KeyMetadataRow[]> =>
  db
    .select()
    .from(keyMetadata)
    .where(and(eq(keyMetadata.workspace, workspace), eq(keyMetadata.deployment, deployment)));

export interface Rotation {
  workspace: string;
  deployment: string;
  keyType: KeyType;
  fingerprint: string;
  previousFingerprint: string | null;
  at: Date;
  by: string;
}

/** Records a console regeneration: the new fingerprint, when, by whom, and what it replaced. */
export async function recordRotation(tx: Tx, rotation: Rotation): Promise<void> {
  const values = {
    fingerprint: rotation.fingerprint,
    previousFingerprint: rotation.previousFingerprint,
    issuedAt: rotation.at,
    rotatedAt: rotation.at,
    rotatedBy: rotation.by,
    updatedAt: rotation.at,
  };
  await tx
    .insert(keyMetadata)
    .values({
      workspace: rotation.workspace,
      deployment: rotation.deployment,
      keyType: rotation.keyType,
      ...values,
    })
    .onConflictDoUpdate({
      target: [keyMetadata.workspace, keyMetadata.deployment, keyMetadata.keyType],
      set: { ...values, version: sql`${keyMetadata.version} + 1` },
    });
}

/** What the console shows of one key: the domain's metadata, its age, and where the facts come from. */
/** A key as the console shows it (the contract's `KeyView`): metadata, age, changed elsewhere, weak. */
export type { KeyView };

/**
 * The metadata of a key whose current fingerprint is known. The console's record counts while it
 * matches; without one the key dates from the service's creation; a key changed elsewhere dates from
 * the service's last update at the latest, by someone the console does not know.
 */
export function keyView(
  keyType: KeyType,
  fingerprint: string,
  row: KeyRecord | undefined,
  service: { createdTime: string; updatedTime: string },
  now: Date,
  weak: boolean,
): KeyView {
  const iso = (value: string | Date) => new Date(value).toISOString();
  const base =
    row && row.fingerprint === fingerprint
      ? {
          issuedAt: iso(row.issuedAt),
          rotatedAt: row.rotatedAt ? iso(row.rotatedAt) : null,
          rotatedBy: row.rotatedBy,
          changedOutsideConsole: false,
        }
      : {
          issuedAt: iso(row ? service.updatedTime : service.createdTime),
          rotatedAt: null,
          rotatedBy: null,
          changedOutsideConsole: row !== undefined,
        };
  return { keyType, fingerprint, ...base, ageDays: keyAgeDays(base, now), weak };
}
