import type { RotationPolicy } from "@keyturn/api-contract";
import type { RotationPolicyLike, RotationPolicyRules, RotationPolicyScope } from "@keyturn/auth-domain";
import { and, asc, eq } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import { rotationPolicies } from "../../db/schema.ts";

export type PolicyRow = typeof rotationPolicies.$inferSelect;
export type StoredPolicy = RotationPolicyLike & { row: PolicyRow };

/** The strong ETag of a policy's version (the id keeps two policies' tags apart). */
export const policyEtag = (row: Pick<PolicyRow, "id" | "version">) =>
  `"rotation-policy-${row.id}-${row.version}"`;

function scopeOf(row: PolicyRow): RotationPolicyScope {
  if (row.scopeKind === "workspace") return { kind: "workspace", workspace: row.scopeWorkspace ?? "" };
  if (row.scopeKind === "tag")
    return { kind: "tag", name: row.scopeTagKey ?? "", value: row.scopeTagValue ?? "" };
  return { kind: "all" };
}

const scopeColumns = (scope: RotationPolicyScope) => ({
  scopeKind: scope.kind,
  scopeWorkspace: scope.kind === "workspace" ? scope.workspace : null,
  scopeTagKey: scope.kind === "tag" ? scope.name : null,
  scopeTagValue: scope.kind === "tag" ? scope.value : null,
});

export const toStoredPolicy = (row: PolicyRow): StoredPolicy => ({
  id: row.id,
  name: row.name,
  scope: scopeOf(row),
  maxKeyAgeDays: row.maxKeyAgeDays,
  graceSeconds: row.graceSeconds,
  requireConfirmation: row.requireConfirmation,
  enabled: row.enabled,
  row,
});

export function policyView(row: PolicyRow): RotationPolicy {
  const { row: _row, ...rules } = toStoredPolicy(row);
  return {
    ...rules,
    version: row.version,
    etag: policyEtag(row),
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
  };
}

export async function listPolicies(db: Db | Tx): Promise<StoredPolicy[]> {
  const rows = await db.select().from(rotationPolicies).orderBy(asc(rotationPolicies.name));
  return rows.map(toStoredPolicy);
}

export async function findPolicy(db: Db | Tx, id: string): Promise<PolicyRow | null> {
  const [row] = await db.select().from(rotationPolicies).where(eq(rotationPolicies.id, id));
  return row ?? null;
}

const fields = (rules: RotationPolicyRules) => ({
  name: rules.name,
  ...scopeColumns(rules.scope),
  maxKeyAgeDays: rules.maxKeyAgeDays,
  graceSeconds: rules.graceSeconds,
  requireConfirmation: rules.requireConfirmation,
  enabled: rules.enabled,
});

export async function insertPolicy(
  tx: Tx,
  id: string,
  rules: RotationPolicyRules,
  by: string,
): Promise<PolicyRow> {
  const [row] = await tx
    .insert(rotationPolicies)
    .values({ id, ...fields(rules), createdBy: by, updatedBy: by })
    .returning();
  return row as PolicyRow;
}

/** Check-and-set on the version read: null when another change came first. */
export async function updatePolicy(
  tx: Tx,
  current: PolicyRow,
  rules: RotationPolicyRules,
  by: string,
  now: Date,
): Promise<PolicyRow | null> {
  const [row] = await tx
    .update(rotationPolicies)
    .set({ ...fields(rules), version: current.version + 1, updatedAt: now, updatedBy: by })
    .where(and(eq(rotationPolicies.id, current.id), eq(rotationPolicies.version, current.version)))
    .returning();
  return row ?? null;
}

/** Deletes the version read; false when another change came first. */
export async function deletePolicy(tx: Tx, current: PolicyRow): Promise<boolean> {
  const removed = await tx
    .delete(rotationPolicies)
    .where(and(eq(rotationPolicies.id, current.id), eq(rotationPolicies.version, current.version)))
    .returning({ id: rotationPolicies.id });
  return removed.length === 1;
}
