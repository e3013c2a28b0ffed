import { z } from "zod";
import { type AuthSettings, authMode, supportsTokenAuth } from "./auth-settings.ts";
import { ComputeTargetSchema } from "./compute.ts";
import { KeyTypeSchema, keyAgeDays } from "./keys.ts";
import { isCrossRegionTokenRisk, RegionSchema } from "./regions.ts";
import { RotationStepSchema } from "./rotation.ts";
import { oldestKeyAgeDays } from "./rotation-policy.ts";

/**
 * What posture knows of a deployment's rotations: the maximum key age of the rotation policy that
 * applies (null: none does, or it is disabled), whether a rotation is running, how the last one failed.
 */
export const RotationFactsSchema = z.object({
  policyMaxKeyAgeDays: z.number().int().min(1).nullable(),
  running: z.boolean(),
  lastFailure: z.object({ step: RotationStepSchema, reason: z.string().max(200) }).nullable(),
});
export type RotationFacts = z.infer<typeof RotationFactsSchema>;

/** What the posture rules look at: one deployment's auth facts, no secrets. */
export const DeploymentSnapshotSchema = z.object({
  workspace: z.string(),
  deployment: z.string(),
  computeType: ComputeTargetSchema,
  workspaceRegion: RegionSchema,
  /** The AKS cluster's region; null for ACI (it runs in the workspace's region). */
  clusterRegion: RegionSchema.nullable(),
  keyAuth: z.boolean(),
  tokenAuth: z.boolean(),
  keys: z.array(
    z.object({ keyType: KeyTypeSchema, issuedAt: z.iso.datetime(), rotatedAt: z.iso.datetime().nullable() }),
  ),
  /** Absent where rotations are not known (then neither rotation rule finds anything). */
  rotation: RotationFactsSchema.optional(),
});
export type DeploymentSnapshot = z.infer<typeof DeploymentSnapshotSchema>;

export const PosturePolicySchema = z.object({
  maxKeyAgeDays: z.number().int().min(1).max(3650),
});
export type PosturePolicy = z.infer<typeof PosturePolicySchema>;
export const DEFAULT_POSTURE_POLICY: PosturePolicy = { maxKeyAgeDays: 90 };

export const SeveritySchema = z.enum(["high", "medium", "low", "info"]);
export type Severity = z.infer<typeof SeveritySchema>;
export const SEVERITIES = SeveritySchema.options;

export const PostureRuleIdSchema = z.enum([
  "auth-disabled",
  "key-too-old",
  "key-never-rotated",
  "token-cross-region",
  "key-auth-where-token-possible",
  "rotation-overdue",
  "rotation-failed",
]);
export type PostureRuleId = z.infer<typeof PostureRuleIdSchema>;

export const FindingSchema = z.object({
  ruleId: PostureRuleIdSchema,
  severity: SeveritySchema,
  /** A translation key for the finding's message and remedy; the console owns the words. */
  messageKey: z.string(),
  workspace: z.string(),
  deployment: z.string(),
  keyType: KeyTypeSchema.optional(),
  /** Facts behind the finding, for the message's placeholders (numbers and region names only). */
  facts: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
});
export type Finding = z.infer<typeof FindingSchema>;

type Rule = (d: DeploymentSnapshot, policy: PosturePolicy, at: Date) => Finding[];
/**
 * What the key and rotation rules read of a deployment of either generation: a v2 endpoint's
 * `keyAuth` is whether its mode uses keys (fleet-posture applies these same rules to it).
 */
export type KeyedSnapshot = Pick<
  DeploymentSnapshot,
  "workspace" | "deployment" | "keyAuth" | "keys" | "rotation"
>;
type KeyRule = (d: KeyedSnapshot, policy: PosturePolicy, at: Date) => Finding[];
const settingsOf = (d: DeploymentSnapshot): AuthSettings => ({ keyAuth: d.keyAuth, tokenAuth: d.tokenAuth });

/*
 * The rules run on every row of an inventory page: each finding is one object literal (no spread of
 * a shared base, no second pass over the keys), so an evaluation allocates little more than its answer.
 */
const authDisabled: Rule = (d) =>
  authMode(settingsOf(d)) === "none"
    ? [
        {
          workspace: d.workspace,
          deployment: d.deployment,
          ruleId: "auth-disabled",
          severity: "high",
          messageKey: "posture.authDisabled",
          facts: {},
        },
      ]
    : [];

const keyTooOld: KeyRule = (d, policy, at) => {
  const found: Finding[] = [];
  if (!d.keyAuth) return found;
  for (const k of d.keys) {
    const ageDays = keyAgeDays(k, at);
    if (ageDays <= policy.maxKeyAgeDays) continue;
    found.push({
      workspace: d.workspace,
      deployment: d.deployment,
      ruleId: "key-too-old",
      severity: "medium",
      messageKey: "posture.keyTooOld",
      keyType: k.keyType,
      facts: { ageDays, maxKeyAgeDays: policy.maxKeyAgeDays },
    });
  }
  return found;
};

const keyNeverRotated: KeyRule = (d) => {
  const found: Finding[] = [];
  if (!d.keyAuth) return found;
  for (const k of d.keys) {
    if (k.rotatedAt !== null) continue;
    found.push({
      workspace: d.workspace,
      deployment: d.deployment,
      ruleId: "key-never-rotated",
      severity: "low",
      messageKey: "posture.keyNeverRotated",
      keyType: k.keyType,
      facts: {},
    });
  }
  return found;
};

const tokenCrossRegion: Rule = (d) =>
  isCrossRegionTokenRisk(d) && d.clusterRegion
    ? [
        {
          workspace: d.workspace,
          deployment: d.deployment,
          ruleId: "token-cross-region",
          severity: "medium",
          messageKey: "posture.tokenCrossRegion",
          facts: { workspaceRegion: d.workspaceRegion, clusterRegion: d.clusterRegion },
        },
      ]
    : [];

const keyWhereTokenPossible: Rule = (d) =>
  authMode(settingsOf(d)) === "key" && supportsTokenAuth(d.computeType)
    ? [
        {
          workspace: d.workspace,
          deployment: d.deployment,
          ruleId: "key-auth-where-token-possible",
          severity: "info",
          messageKey: "posture.keyWhereTokenPossible",
          facts: {},
        },
      ]
    : [];

/** The policy's schedule should have rotated it: the oldest key is past its maximum and none is running. */
const rotationOverdue: KeyRule = (d, _policy, at) => {
  const r = d.rotation;
  if (!d.keyAuth || !r || r.policyMaxKeyAgeDays === null || r.running) return [];
  const ageDays = oldestKeyAgeDays(d.keys, at);
  if (ageDays <= r.policyMaxKeyAgeDays) return [];
  return [
    {
      workspace: d.workspace,
      deployment: d.deployment,
      ruleId: "rotation-overdue",
      severity: "medium",
      messageKey: "posture.rotationOverdue",
      facts: { ageDays, maxKeyAgeDays: r.policyMaxKeyAgeDays },
    },
  ];
};

/** The last rotation stopped on a failed step: the keys may not be where callers read them. */
const rotationFailed: KeyRule = (d) => {
  const failure = d.rotation?.lastFailure;
  if (!failure) return [];
  return [
    {
      workspace: d.workspace,
      deployment: d.deployment,
      ruleId: "rotation-failed",
      severity: "high",
      messageKey: "posture.rotationFailed",
      facts: { step: failure.step, reason: failure.reason },
    },
  ];
};

export const POSTURE_RULES: Readonly<Record<PostureRuleId, Rule>> = {
  "auth-disabled": authDisabled,
  "key-too-old": keyTooOld,
  "key-never-rotated": keyNeverRotated,
  "token-cross-region": tokenCrossRegion,
  "key-auth-where-token-possible": keyWhereTokenPossible,
  "rotation-overdue": rotationOverdue,
  "rotation-failed": rotationFailed,
};

/** The rules about a deployment's keys and their rotations: one home for both generations. */
export const KEY_ROTATION_RULES = {
  "key-too-old": keyTooOld,
  "key-never-rotated": keyNeverRotated,
  "rotation-overdue": rotationOverdue,
  "rotation-failed": rotationFailed,
} as const satisfies Partial<Record<PostureRuleId, KeyRule>>;
export type KeyRotationRuleId = keyof typeof KEY_ROTATION_RULES;

/** The rules in rule order, listed once rather than on every evaluation. */
const KEY_ROTATION_RULE_LIST: readonly KeyRule[] = Object.values(KEY_ROTATION_RULES);
const POSTURE_RULE_LIST: readonly Rule[] = Object.values(POSTURE_RULES);

function runRules<D>(
  rules: readonly ((d: D, policy: PosturePolicy, at: Date) => Finding[])[],
  d: D,
  policy: PosturePolicy,
  at: Date,
): Finding[] {
  const found: Finding[] = [];
  for (const rule of rules) for (const finding of rule(d, policy, at)) found.push(finding);
  return found;
}

/** The key and rotation findings of a deployment of either generation, in rule order. */
export function evaluateKeyRotationRules(d: KeyedSnapshot, policy: PosturePolicy, at: Date): Finding[] {
  return runRules(KEY_ROTATION_RULE_LIST, d, policy, at);
}

/** Every finding for one deployment under a policy, at an instant, in rule order. */
export function evaluatePosture(d: DeploymentSnapshot, policy: PosturePolicy, at: Date): Finding[] {
  return runRules(POSTURE_RULE_LIST, d, policy, at);
}
