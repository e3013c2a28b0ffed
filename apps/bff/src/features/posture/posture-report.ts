import type { PostureCounts } from "@keyturn/api-contract";
import {
  type ComputeTarget,
  evaluatePosture,
  type Finding,
  type PosturePolicy,
  type PostureRuleId,
  PostureRuleIdSchema,
  SEVERITIES,
  type Severity,
} from "@keyturn/auth-domain";
import type { Db } from "../../db/client.ts";
import { inventorySnapshots } from "./posture-inventory.ts";

/** What to do about a finding, as a translation key (the console owns the words). */
export const REMEDY_KEYS: Readonly<Record<PostureRuleId, string>> = {
  "auth-disabled": "posture.remedy.enableAuth",
  "key-too-old": "posture.remedy.rotateKey",
  "key-never-rotated": "posture.remedy.rotateKeysRegularly",
  "token-cross-region": "posture.remedy.sameRegionForWorkspaceAndCluster",
  "key-auth-where-token-possible": "posture.remedy.switchToTokenAuth",
};

/** Findings counted overall, per workspace and per day (the contract's `PostureCounts`). */
export type { PostureCounts };

export interface ReportFinding extends Finding {
  computeType: ComputeTarget;
  remedyKey: string;
}

export const emptyCounts = (): PostureCounts => ({
  deployments: 0,
  findings: 0,
  bySeverity: Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>,
  byRule: Object.fromEntries(PostureRuleIdSchema.options.map((r) => [r, 0])) as Record<PostureRuleId, number>,
});

function tally(counts: PostureCounts, findings: readonly Finding[]): void {
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
 * Runs auth-domain's `evaluatePosture` over the whole inventory (in batches) under `policy` at `at`:
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
  for await (const batch of inventorySnapshots(db)) {
    for (const snapshot of batch) {
      const findings = evaluatePosture(snapshot, policy, at);
      tally(summary, findings);
      const ws = perWorkspace.get(snapshot.workspace) ?? emptyCounts();
      perWorkspace.set(snapshot.workspace, ws);
      tally(ws, findings);
      for (const f of findings) {
        onFinding({ ...f, computeType: snapshot.computeType, remedyKey: REMEDY_KEYS[f.ruleId] });
      }
    }
  }
  const workspaces = [...perWorkspace.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([workspace, counts]) => ({ workspace, ...counts }));
  return { summary, workspaces };
}
