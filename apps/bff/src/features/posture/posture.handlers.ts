import { generationOf } from "@keyturn/auth-domain";
import type { AppRouteHandler } from "../../routing/create-router.ts";
import type { exportPosture, getPosture, getPostureTrend } from "./posture.routes.ts";
import { postureCsv } from "./posture-csv.ts";
import { readPosturePolicy, type StoredPosturePolicy } from "./posture-policy.ts";
import { emptyCounts, evaluateInventory, type PostureCounts, type ReportFinding } from "./posture-report.ts";
import { postureTrend } from "./posture-snapshots.ts";

export const policyView = (stored: StoredPosturePolicy) => ({
  ...stored.policy,
  version: stored.version,
  updatedAt: stored.updatedAt?.toISOString() ?? null,
  updatedBy: stored.updatedBy,
});

export const report: AppRouteHandler<typeof getPosture> = async (c) => {
  const { severity, rule, workspace, deployment, generation, limit, offset } = c.req.valid("query");
  const { db } = c.var.deps.database;
  const at = c.var.deps.now();
  const stored = await readPosturePolicy(db);
  const findings: ReportFinding[] = [];
  let total = 0;
  const evaluation = await evaluateInventory(db, stored.policy, at, (f) => {
    if (
      (severity && f.severity !== severity) ||
      (rule && f.ruleId !== rule) ||
      (workspace && f.workspace !== workspace) ||
      (deployment && f.deployment !== deployment) ||
      // A v2 successor may keep its v1 service's name: the generation tells the two rows apart.
      (generation && generationOf(f.computeType) !== generation)
    ) {
      return;
    }
    if (total >= offset && findings.length < limit) findings.push(f);
    total += 1;
  });
  const end = offset + findings.length;
  return c.json(
    {
      generatedAt: at.toISOString(),
      policy: policyView(stored),
      ...evaluation,
      findings,
      findingsTotal: total,
      next: end < total ? end : null,
    },
    200,
  );
};

export const trend: AppRouteHandler<typeof getPostureTrend> = async (c) => {
  const { days } = c.req.valid("query");
  const rows = await postureTrend(c.var.deps.database.db, days, c.var.deps.now());
  return c.json(
    {
      days: rows.map((r) => ({
        day: r.day,
        deployments: r.deployments,
        findings: r.findings,
        // Written by takePostureSnapshot from PostureCounts.
        bySeverity: r.counts.bySeverity as PostureCounts["bySeverity"],
        // A day taken before a rule existed counts none of it.
        byRule: { ...emptyCounts().byRule, ...r.counts.byRule } as PostureCounts["byRule"],
        maxKeyAgeDays: r.maxKeyAgeDays,
        takenAt: r.takenAt.toISOString(),
      })),
    },
    200,
  );
};

export const exportReport: AppRouteHandler<typeof exportPosture> = async (c) => {
  const { format } = c.req.valid("query");
  const { db } = c.var.deps.database;
  const at = c.var.deps.now();
  const stored = await readPosturePolicy(db);
  const findings: ReportFinding[] = [];
  const evaluation = await evaluateInventory(db, stored.policy, at, (f) => findings.push(f));
  const day = at.toISOString().slice(0, 10);
  c.header("Content-Disposition", `attachment; filename="keyturn-posture-${day}.${format}"`);
  c.header("Cache-Control", "no-store");
  if (format === "csv") {
    return c.body(postureCsv(findings), 200, { "Content-Type": "text/csv; charset=utf-8; header=present" });
  }
  const body = { generatedAt: at.toISOString(), policy: policyView(stored), ...evaluation, findings };
  return c.json({ ...body, findingsTotal: findings.length, next: null }, 200);
};
