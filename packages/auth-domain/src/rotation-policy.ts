import { z } from "zod";
import { keyAgeDays } from "./keys.ts";
import { safeText } from "./safe-text.ts";

/**
 * Rotation policies: which deployments a policy covers, how old their keys may get before the
 * scheduler rotates them, and how that rotation runs (grace period, a person's confirmation before
 * the old key dies). When several match a deployment the most specific wins (`applicablePolicy`).
 */
const TagPartSchema = safeText()
  .trim()
  .min(1)
  .max(256)
  .refine((v) => ![...v].some((c) => c.charCodeAt(0) < 0x20), "no control characters");

export const RotationPolicyScopeSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("all") }),
  z.object({ kind: z.literal("workspace"), workspace: safeText().trim().min(1).max(255) }),
  z.object({ kind: z.literal("tag"), name: TagPartSchema, value: TagPartSchema }),
]);
export type RotationPolicyScope = z.infer<typeof RotationPolicyScopeSchema>;
export type RotationPolicyScopeKind = RotationPolicyScope["kind"];

/** At most 30 days of grace, as a rotation allows (`RotationOptionsSchema`). */
export const MAX_POLICY_GRACE_SECONDS = 30 * 86_400;

export const RotationPolicyInputSchema = z.object({
  name: safeText().trim().min(1).max(100),
  scope: RotationPolicyScopeSchema,
  maxKeyAgeDays: z.number().int().min(1).max(3650),
  graceSeconds: z.number().int().min(0).max(MAX_POLICY_GRACE_SECONDS),
  requireConfirmation: z.boolean().default(false),
  /** A disabled policy still decides which policy applies; the scheduler starts nothing under it. */
  enabled: z.boolean().default(true),
});
export type RotationPolicyInput = z.input<typeof RotationPolicyInputSchema>;
export type RotationPolicyRules = z.output<typeof RotationPolicyInputSchema>;

export type RotationPolicyLike = RotationPolicyRules & { id: string };

/** What a policy looks at of a deployment: where it is and its tags (Azure's kvTags). */
export interface PolicyTarget {
  workspace: string;
  tags: Readonly<Record<string, string>>;
}

export function policyCovers(scope: RotationPolicyScope, target: PolicyTarget): boolean {
  switch (scope.kind) {
    case "all":
      return true;
    case "workspace":
      return scope.workspace.toLowerCase() === target.workspace.toLowerCase();
    case "tag":
      return Object.hasOwn(target.tags, scope.name) && target.tags[scope.name] === scope.value;
  }
}

/**
 * How specific a scope is: a tag names deployments picked one by one (it may span workspaces), a
 * workspace names a container of them, "all" names everything.
 */
export const SCOPE_SPECIFICITY: Readonly<Record<RotationPolicyScopeKind, number>> = {
  all: 0,
  workspace: 1,
  tag: 2,
};

/**
 * Orders policies from the one that applies first: the most specific scope; among equally specific
 * ones (two tags of one deployment) the strictest, i.e. the shortest maximum age; then by name and id,
 * so the answer never depends on the order the policies were read in.
 */
export function comparePolicies(a: RotationPolicyLike, b: RotationPolicyLike): number {
  return (
    SCOPE_SPECIFICITY[b.scope.kind] - SCOPE_SPECIFICITY[a.scope.kind] ||
    a.maxKeyAgeDays - b.maxKeyAgeDays ||
    (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** The policy that governs a deployment (enabled or not), or null when none covers it. */
export function applicablePolicy<P extends RotationPolicyLike>(
  policies: readonly P[],
  target: PolicyTarget,
): P | null {
  return policies.filter((p) => policyCovers(p.scope, target)).sort(comparePolicies)[0] ?? null;
}

/** Why a deployment is (or is not) rotated now under its policy. */
export const RotationDueReasonSchema = z.enum([
  "key-older-than-max",
  "key-within-max",
  "rotation-running",
  "last-rotation-failed",
  "policy-disabled",
]);
export type RotationDueReason = z.infer<typeof RotationDueReasonSchema>;

export interface RotationDue {
  due: boolean;
  reason: RotationDueReason;
  /** The oldest key's age in whole days (a rotation renews both keys, so the oldest one counts). */
  keyAgeDays: number;
  maxKeyAgeDays: number;
}

export interface DueFacts {
  keys: ReadonlyArray<{ issuedAt: string }>;
  rotationRunning: boolean;
  /** The last rotation failed: a person looks first (posture's rotation-failed), no retry loop. */
  lastRotationFailed: boolean;
}

/** The oldest key's age; 0 for a deployment with no keys known. */
export const oldestKeyAgeDays = (keys: DueFacts["keys"], at: Date): number =>
  keys.reduce((oldest, k) => Math.max(oldest, keyAgeDays(k, at)), 0);

/**
 * Whether the scheduler starts a rotation now: the oldest key is older than the policy's maximum,
 * no rotation is running (one at a time per deployment), the last one did not fail, and the policy
 * is enabled.
 */
export function rotationDue(
  policy: Pick<RotationPolicyRules, "maxKeyAgeDays" | "enabled">,
  facts: DueFacts,
  at: Date,
): RotationDue {
  const age = oldestKeyAgeDays(facts.keys, at);
  const base = { keyAgeDays: age, maxKeyAgeDays: policy.maxKeyAgeDays };
  if (age <= policy.maxKeyAgeDays) return { ...base, due: false, reason: "key-within-max" };
  if (facts.rotationRunning) return { ...base, due: false, reason: "rotation-running" };
  if (facts.lastRotationFailed) return { ...base, due: false, reason: "last-rotation-failed" };
  if (!policy.enabled) return { ...base, due: false, reason: "policy-disabled" };
  return { ...base, due: true, reason: "key-older-than-max" };
}

/** How a rotation runs when no policy governs its deployment. */
export const DEFAULT_ROTATION_RULES = { graceSeconds: 15 * 60, requireConfirmation: false } as const;

export interface StartRules {
  graceSeconds: number;
  requireConfirmation: boolean;
  /** The policy followed (null: none governs the deployment, the built-in rules apply). */
  policyId: string | null;
}

/**
 * How a rotation a person starts runs: the grace they asked for, else the governing policy's (else
 * the built-in one), and a person's confirmation before the old key dies when the policy asks for one.
 * A disabled policy still governs how its deployments' rotations run: it only stops its schedule.
 */
export function startRules(
  policy: Pick<RotationPolicyLike, "id" | "graceSeconds" | "requireConfirmation"> | null,
  askedGraceSeconds?: number,
): StartRules {
  const rules = policy ?? DEFAULT_ROTATION_RULES;
  return {
    graceSeconds: askedGraceSeconds ?? rules.graceSeconds,
    requireConfirmation: rules.requireConfirmation,
    policyId: policy?.id ?? null,
  };
}

/** Two policies may not have the same scope: "most specific wins" must always name one. */
export function scopeKey(scope: RotationPolicyScope): string {
  switch (scope.kind) {
    case "all":
      return "all";
    case "workspace":
      return `workspace\u0000${scope.workspace.toLowerCase()}`;
    case "tag":
      return `tag\u0000${scope.name}\u0000${scope.value}`;
  }
}
