import type { PostureCounts } from "@keyturn/api-contract";
import {
  FLEET_REMEDY_KEYS,
  type FleetFinding,
  type FleetPostureRuleId,
  FleetPostureRuleIdSchema,
  type PosturePolicy,
  SEVERITIES,
  type Severity,
} from "@keyturn/auth-domain";
import type { Db } from "../../db/client.ts";
import { batchFindings, findingsContext } from "./posture-batch.ts";
import { managedRows } from "./posture-inventory.ts";

/** What to do about a finding, as a translation key (the console owns the words). */
export const REMEDY_KEYS = FLEET_REMEDY_KEYS;

/** Findings counted overall, per workspace and per day (the contract's `PostureCounts`). */
export type { PostureCounts };

/** A finding of either generation, its deployment's kind as `computeType` (the contract's name). */
export type ReportFinding = Omit<FleetFinding, "kind"> & { computeType: FleetFinding["kind"] };

export const emptyCounts = (): PostureCounts => ({
  deployments: 0,
  findings: 0,
  bySeverity: Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>,
  byRule: Object.fromEntries(FleetPostureRuleIdSchema.options.map((r) => [r, 0])) as Record<
    FleetPostureRuleId,
    number
  >,
});

function tally(counts: PostureCounts, findings: readonly FleetFinding[]): void {
  counts.deployments += 1;
  counts.findings += findings.length;
  for (const f of findings) {
    counts.bySeverity[f.severity] += 1;
    counts.byRule[f.ruleId] += 1;
  }
}

export interface PostureEvaluation {
  summary: PostureCounts;
  /** Per workspace, by name. */
  workspaces: Array<{ workspace: string } & PostureCounts>;
}

/**
 * Runs auth-domain's `evaluateFleetPosture` over the whole managed inventory, v1 services and v2
 * endpoints (in batches, row by row through `rowFindings`), under `policy` at `at` (every v1 service
 * also gets "SDK v1 support ended: plan its move", with its plan's reference):
 * the counts overall and per workspace; each finding goes to `onFinding` (inventory order, then rule
 * order) so the caller keeps only what it needs.
 */
export async function evaluateInventory(
  db: Db,
  policy: PosturePolicy,
  at: Date,
  onFinding: (finding: ReportFinding) => void = () => {},
): Promise<PostureEvaluation> {
  const summary = emptyCounts();
  const perWorkspace = new Map<string, PostureCounts>();
  // The rotation policies, read once: the rotation rules compare each key with its policy's maximum.
  const ctx = await findingsContext(db, policy, at);
  for await (const batch of managedRows(db)) {
    const perRow = await batchFindings(db, ctx, batch, { sorted: true });
    for (const [i, { row }] of batch.entries()) {
      const findings = perRow[i] ?? [];
      tally(summary, findings);
      const ws = perWorkspace.get(row.workspace) ?? emptyCounts();
      perWorkspace.set(row.workspace, ws);
      tally(ws, findings);
      for (const { kind, ...f } of findings) onFinding({ ...f, computeType: kind });
    }
  }
  const workspaces = [...perWorkspace.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([workspace, counts]) => ({ workspace, ...counts }));
  return { summary, workspaces };
}
