import type { RowFindings } from "@keyturn/api-contract";
import {
  type ComputeTarget,
  type EndpointAuthMode,
  type EndpointComputeType,
  evaluateFleetPosture,
  type FleetFinding,
  type FleetSnapshot,
  KeyTypeSchema,
  type PosturePolicy,
  type RotationFacts,
  SEVERITIES,
} from "@keyturn/auth-domain";
import type { inventory } from "../../db/schema.ts";
import type { KeyRecord } from "../inventory/public.ts";

/** The stored facts of an inventory row the posture rules read. */
export type PostureRow = Pick<
  typeof inventory.$inferSelect,
  | "workspace"
  | "deployment"
  | "generation"
  | "computeType"
  | "managed"
  | "keyAuth"
  | "tokenAuth"
  | "endpointAuthMode"
  | "workspaceRegion"
  | "clusterRegion"
  | "createdAt"
  | "updatedAt"
  | "syncedAt"
>;

/** Read once: the schema's options are not rebuilt for every row of a page. */
const KEY_TYPES = KeyTypeSchema.options;

/**
 * The rules' view of a row's keys. A key the console rotated carries its record; a key it never saw
 * rotated counts as issued when the deployment was created (or, if the provider did not say, when it
 * was last updated or synced) and never rotated.
 */
function snapshotKeys(row: PostureRow, records: readonly KeyRecord[]) {
  let created: string | undefined;
  return KEY_TYPES.map((keyType) => {
    const record = records.find((k) => k.keyType === keyType && k.rotatedAt !== null);
    if (record)
      return {
        keyType,
        issuedAt: record.issuedAt.toISOString(),
        rotatedAt: record.rotatedAt?.toISOString() ?? null,
      };
    created ??= (row.createdAt ?? row.updatedAt ?? row.syncedAt).toISOString();
    return { keyType, issuedAt: created, rotatedAt: null };
  });
}

/**
 * One row as the posture rules see it, either generation; null for a read-only row (a kind Keyturn
 * does not manage: its auth is not read, so any finding would be a guess). Regions are compared,
 * never looked up: a region this version does not list is still a region.
 */
export function rowSnapshot(
  row: PostureRow,
  records: readonly KeyRecord[],
  rotation?: RotationFacts,
): FleetSnapshot | null {
  if (!row.managed) return null;
  // Built as one literal per generation (no spread of a shared base): this runs for every row of a page.
  const workspaceRegion = row.workspaceRegion as FleetSnapshot["workspaceRegion"];
  const keys = snapshotKeys(row, records);
  let snapshot: FleetSnapshot;
  if (row.generation === "v2") {
    const computeType = row.computeType as EndpointComputeType;
    snapshot = {
      workspace: row.workspace,
      deployment: row.deployment,
      workspaceRegion,
      keys,
      generation: "v2",
      computeType,
      authMode: row.endpointAuthMode as EndpointAuthMode,
      // A managed endpoint runs where Azure runs it: only a cluster's region can be elsewhere.
      clusterRegion:
        computeType === "Kubernetes" ? (row.clusterRegion as FleetSnapshot["clusterRegion"]) : null,
    };
  } else {
    snapshot = {
      workspace: row.workspace,
      deployment: row.deployment,
      workspaceRegion,
      keys,
      generation: "v1",
      computeType: row.computeType as ComputeTarget,
      clusterRegion: row.clusterRegion as FleetSnapshot["clusterRegion"],
      keyAuth: row.keyAuth,
      tokenAuth: row.tokenAuth,
    };
  }
  // Absent, not undefined, where the caller knows no rotations.
  if (rotation) snapshot.rotation = rotation;
  return snapshot;
}

/**
 * A row's findings now, in rule order: auth-domain's `evaluateFleetPosture` over its snapshot. The one
 * place the BFF turns a stored row into findings, for the posture report and the inventory alike. The
 * rotation rules find something only where the caller passes the row's rotation facts.
 */
export function rowFindings(
  row: PostureRow,
  records: readonly KeyRecord[],
  policy: PosturePolicy,
  at: Date,
  rotation?: RotationFacts,
): FleetFinding[] {
  const snapshot = rowSnapshot(row, records, rotation);
  return snapshot ? evaluateFleetPosture(snapshot, policy, at) : [];
}

/** How many findings and the most severe (auth-domain's severity order). */
export function summarizeFindings(findings: readonly Pick<FleetFinding, "severity">[]): RowFindings {
  let highest: RowFindings["highest"] = null;
  for (const { severity } of findings) {
    if (highest === null || SEVERITIES.indexOf(severity) < SEVERITIES.indexOf(highest)) highest = severity;
  }
  return { count: findings.length, highest };
}
