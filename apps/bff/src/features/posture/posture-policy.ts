import { DEFAULT_POSTURE_POLICY, type PosturePolicy, PosturePolicySchema } from "@keyturn/auth-domain";
import { and, eq } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import { policies } from "../../db/schema.ts";

/** The `policies` row holding the posture policy (`{ maxKeyAgeDays }`). */
export const POSTURE_POLICY_KEY = "posture";

export interface StoredPosturePolicy {
  policy: PosturePolicy;
  /** 0: never changed (the default applies and no row exists yet). */
  version: number;
  updatedAt: Date | null;
  updatedBy: string | null;
}

/** The strong ETag of a policy version. */
export const policyEtag = (version: number) => `"posture-policy-${version}"`;

export async function readPosturePolicy(db: Db | Tx): Promise<StoredPosturePolicy> {
  const [row] = await db.select().from(policies).where(eq(policies.key, POSTURE_POLICY_KEY));
  if (!row) return { policy: DEFAULT_POSTURE_POLICY, version: 0, updatedAt: null, updatedBy: null };
  return {
    // A stored value missing a later field takes its default; an invalid one fails loudly.
    policy: PosturePolicySchema.parse({ ...DEFAULT_POSTURE_POLICY, ...(row.value as object) }),
    version: row.version,
    updatedAt: row.updatedAt,
    updatedBy: row.updatedBy,
  };
}

/**
 * Writes the policy only if it is still at `expectedVersion` (check-and-set in one statement: the
 * update's WHERE, or the insert's conflict for version 0). null when another change won.
 */
export async function writePosturePolicy(
  tx: Tx,
  policy: PosturePolicy,
  expectedVersion: number,
  updatedBy: string,
  now: Date,
): Promise<StoredPosturePolicy | null> {
  const values = { value: policy, updatedAt: now, updatedBy };
  const [row] =
    expectedVersion === 0
      ? await tx
          .insert(policies)
          .values({ key: POSTURE_POLICY_KEY, version: 1, ...values })
          .onConflictDoNothing()
          .returning()
      : await tx
          .update(policies)
          .set({ ...values, version: expectedVersion + 1 })
          .where(and(eq(policies.key, POSTURE_POLICY_KEY), eq(policies.version, expectedVersion)))
          .returning();
  return row ? { policy, version: row.version, updatedAt: row.updatedAt, updatedBy: row.updatedBy } : null;
}
