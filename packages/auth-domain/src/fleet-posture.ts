import { z } from "zod";
import {
  DeploymentKindSchema,
  EndpointComputeTypeSchema,
  SDK_V1_SUPPORT_ENDED_ON,
} from "./deployment-kinds.ts";
import { EndpointAuthModeSchema, supportsEntraTokenAuth, usesKeys } from "./endpoint-auth.ts";
import { MigrationPlanRefSchema, migrationPlanRef } from "./migration-target.ts";
import {
  type DeploymentSnapshot,
  DeploymentSnapshotSchema,
  evaluateKeyRotationRules,
  evaluatePosture,
  FindingSchema,
  type PosturePolicy,
  PostureRuleIdSchema,
} from "./posture.ts";
import { isCrossRegionTokenRisk, RegionSchema } from "./regions.ts";

/** What the posture rules look at of a v2 online endpoint; `deployment` is the endpoint's name. */
export const EndpointSnapshotSchema = z.object({
  workspace: z.string(),
  deployment: z.string(),
  computeType: EndpointComputeTypeSchema,
  authMode: EndpointAuthModeSchema,
  workspaceRegion: RegionSchema,
  /** A Kubernetes endpoint's cluster region when known; null for a managed endpoint (Azure runs it). */
  clusterRegion: RegionSchema.nullable(),
  keys: DeploymentSnapshotSchema.shape.keys,
  /** Absent where rotations are not known (then neither rotation rule finds anything), as for v1. */
  rotation: DeploymentSnapshotSchema.shape.rotation,
});
export type EndpointSnapshot = z.infer<typeof EndpointSnapshotSchema>;

/** One item of the fleet, either generation. */
export const FleetSnapshotSchema = z.discriminatedUnion("generation", [
  DeploymentSnapshotSchema.extend({ generation: z.literal("v1") }),
  EndpointSnapshotSchema.extend({ generation: z.literal("v2") }),
]);
export type FleetSnapshot = z.infer<typeof FleetSnapshotSchema>;

/** The v1 rules, unchanged, and the rules only the fleet of both generations has. */
export const FleetPostureRuleIdSchema = z.enum([
  ...PostureRuleIdSchema.options,
  "key-auth-where-entra-possible",
  "v1-support-ended",
]);
export type FleetPostureRuleId = z.infer<typeof FleetPostureRuleIdSchema>;

/** What to do about each finding, as a translation key (the v1 ones as the BFF names them). */
export const FLEET_REMEDY_KEYS: Readonly<Record<FleetPostureRuleId, string>> = {
  "auth-disabled": "posture.remedy.enableAuth",
  "key-too-old": "posture.remedy.rotateKey",
  "key-never-rotated": "posture.remedy.rotateKeysRegularly",
  "token-cross-region": "posture.remedy.sameRegionForWorkspaceAndCluster",
  "key-auth-where-token-possible": "posture.remedy.switchToTokenAuth",
  "rotation-overdue": "posture.remedy.checkRotationSchedule",
  "rotation-failed": "posture.remedy.reviewFailedRotation",
  "key-auth-where-entra-possible": "posture.remedy.switchToEntraTokenAuth",
  "v1-support-ended": "posture.remedy.planMoveToV2",
};

export const FleetFindingSchema = FindingSchema.extend({
  ruleId: FleetPostureRuleIdSchema,
  kind: DeploymentKindSchema,
  remedyKey: z.string(),
  /** On a v1-support-ended finding: what the service becomes (its full plan: `planMigration`). */
  migrationPlan: MigrationPlanRefSchema.optional(),
});
export type FleetFinding = z.infer<typeof FleetFindingSchema>;

type Draft = Omit<FleetFinding, "kind" | "remedyKey" | "workspace" | "deployment">;

/**
 * A draft as a finding of its deployment. The draft is the evaluation's own new object, so it is
 * completed in place (the properties in the order a spread would give them: the draft's, then the
 * deployment's name, kind and remedy) rather than copied, once per finding of every inventory row.
 */
const finish = (s: FleetSnapshot, d: Draft): FleetFinding => {
  const f = d as FleetFinding;
  f.workspace = s.workspace;
  f.deployment = s.deployment;
  f.kind = s.computeType;
  f.remedyKey = FLEET_REMEDY_KEYS[d.ruleId];
  return f;
};

/** Each rule's place in rule order, for sorting findings without a search per comparison. */
const RULE_ORDER = new Map(FleetPostureRuleIdSchema.options.map((id, n) => [id, n]));
const byRuleOrder = (a: FleetFinding, b: FleetFinding) =>
  (RULE_ORDER.get(a.ruleId) ?? 0) - (RULE_ORDER.get(b.ruleId) ?? 0);

function endpointFindings(e: EndpointSnapshot, policy: PosturePolicy, at: Date): Draft[] {
  const keyed = usesKeys(e.authMode);
  // Key age, never-rotated keys and the rotation rules: the v1 rules themselves, on a Key-mode endpoint.
  const keyedSnapshot = {
    workspace: e.workspace,
    deployment: e.deployment,
    keyAuth: keyed,
    keys: e.keys,
    rotation: e.rotation,
  };
  const drafts: Draft[] = evaluateKeyRotationRules(keyedSnapshot, policy, at).map(
    ({ workspace: _w, deployment: _d, ...draft }) => draft,
  );
  const tokenAuth = e.authMode === "AMLToken";
  if (isCrossRegionTokenRisk({ ...e, tokenAuth }) && e.clusterRegion)
    drafts.push({
      ruleId: "token-cross-region",
      severity: "medium",
      messageKey: "posture.tokenCrossRegion",
      facts: { workspaceRegion: e.workspaceRegion, clusterRegion: e.clusterRegion },
    });
  if (keyed && supportsEntraTokenAuth(e.computeType))
    drafts.push({
      ruleId: "key-auth-where-entra-possible",
      severity: "info",
      messageKey: "posture.keyWhereEntraTokenPossible",
      facts: {},
    });
  return drafts;
}

function serviceFindings(d: DeploymentSnapshot, policy: PosturePolicy, at: Date): Draft[] {
  const drafts: Draft[] = evaluatePosture(d, policy, at);
  drafts.push({
    ruleId: "v1-support-ended",
    severity: "medium",
    messageKey: "posture.v1SupportEnded",
    facts: { supportEndedOn: SDK_V1_SUPPORT_ENDED_ON },
    migrationPlan: migrationPlanRef(d),
  });
  return drafts;
}

/**
 * Every finding for one deployment of either generation, in rule order. A v1 service gets the v1
 * rules unchanged and, always, "SDK v1 support ended: plan its move" with its plan's reference.
 */
export function evaluateFleetPosture(s: FleetSnapshot, policy: PosturePolicy, at: Date): FleetFinding[] {
  const drafts = s.generation === "v1" ? serviceFindings(s, policy, at) : endpointFindings(s, policy, at);
  const findings = drafts.map((d) => finish(s, d));
  return findings.length > 1 ? findings.sort(byRuleOrder) : findings;
}
