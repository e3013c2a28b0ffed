import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { authMode, supportsTokenAuth } from "./auth-settings.ts";
import { COMPUTE_TARGETS } from "./compute.ts";
import { ENDPOINT_COMPUTE_TYPES, SDK_V1_SUPPORT_ENDED_ON } from "./deployment-kinds.ts";
import { ENDPOINT_AUTH_MODES, supportsEntraTokenAuth, usesKeys } from "./endpoint-auth.ts";
import {
  evaluateFleetPosture,
  FLEET_REMEDY_KEYS,
  FleetPostureRuleIdSchema,
  type FleetSnapshot,
} from "./fleet-posture.ts";
import { KEY_TYPES, keyAgeDays } from "./keys.ts";
import { migrationPlanRef } from "./migration-target.ts";
import { DEFAULT_POSTURE_POLICY, type PosturePolicy, type RotationFacts } from "./posture.ts";
import { ALL_REGIONS } from "./regions.ts";
import { RotationStepSchema } from "./rotation.ts";
import { oldestKeyAgeDays } from "./rotation-policy.ts";

/*
 * The rules written out plainly, one finding list per rule, as the README's table states them: the
 * reference the evaluation (tuned because it runs on every row of an inventory page) must answer
 * exactly, the same findings with the same properties in the same order.
 */
type Snapshot = FleetSnapshot & { keyAuth?: boolean; tokenAuth?: boolean };
const plain = (s: Snapshot, p: PosturePolicy, at: Date): unknown[] => {
  const v1 = s.generation === "v1";
  const keyed = v1 ? s.keyAuth === true : usesKeys(s.authMode);
  const tokenAuth = v1 ? s.tokenAuth === true : s.authMode === "AMLToken";
  const mode = v1 ? authMode({ keyAuth: keyed, tokenAuth }) : null;
  const r: RotationFacts | undefined = s.rotation;
  const named = v1 ? { workspace: s.workspace, deployment: s.deployment } : {};
  // A v1 rule's finding names its deployment first; the fleet's own rules leave that to the end.
  const draft = (ruleId: string, severity: string, messageKey: string, rest: object, own = !v1) => ({
    ...(own ? {} : named),
    ruleId,
    severity,
    messageKey,
    ...rest,
  });
  const age = oldestKeyAgeDays(s.keys, at);
  const byRule: Record<string, unknown[]> = {
    "auth-disabled":
      mode === "none" ? [draft("auth-disabled", "high", "posture.authDisabled", { facts: {} })] : [],
    "key-too-old": keyed
      ? s.keys
          .filter((k) => keyAgeDays(k, at) > p.maxKeyAgeDays)
          .map((k) =>
            draft("key-too-old", "medium", "posture.keyTooOld", {
              keyType: k.keyType,
              facts: { ageDays: keyAgeDays(k, at), maxKeyAgeDays: p.maxKeyAgeDays },
            }),
          )
      : [],
    "key-never-rotated": keyed
      ? s.keys
          .filter((k) => k.rotatedAt === null)
          .map((k) =>
            draft("key-never-rotated", "low", "posture.keyNeverRotated", { keyType: k.keyType, facts: {} }),
          )
      : [],
    "token-cross-region":
      tokenAuth && s.clusterRegion !== null && s.clusterRegion !== s.workspaceRegion
        ? [
            draft("token-cross-region", "medium", "posture.tokenCrossRegion", {
              facts: { workspaceRegion: s.workspaceRegion, clusterRegion: s.clusterRegion },
            }),
          ]
        : [],
    "key-auth-where-token-possible":
      v1 && mode === "key" && supportsTokenAuth(s.computeType)
        ? [draft("key-auth-where-token-possible", "info", "posture.keyWhereTokenPossible", { facts: {} })]
        : [],
    "rotation-overdue":
      keyed && r && r.policyMaxKeyAgeDays !== null && !r.running && age > r.policyMaxKeyAgeDays
        ? [
            draft("rotation-overdue", "medium", "posture.rotationOverdue", {
              facts: { ageDays: age, maxKeyAgeDays: r.policyMaxKeyAgeDays },
            }),
          ]
        : [],
    "rotation-failed": r?.lastFailure
      ? [
          draft("rotation-failed", "high", "posture.rotationFailed", {
            facts: { step: r.lastFailure.step, reason: r.lastFailure.reason },
          }),
        ]
      : [],
    "key-auth-where-entra-possible":
      !v1 && keyed && supportsEntraTokenAuth(s.computeType)
        ? [
            draft(
              "key-auth-where-entra-possible",
              "info",
              "posture.keyWhereEntraTokenPossible",
              { facts: {} },
              true,
            ),
          ]
        : [],
    "v1-support-ended":
      s.generation === "v1"
        ? [
            draft(
              "v1-support-ended",
              "medium",
              "posture.v1SupportEnded",
              {
                facts: { supportEndedOn: SDK_V1_SUPPORT_ENDED_ON },
                migrationPlan: migrationPlanRef(s),
              },
              true,
            ),
          ]
        : [],
  };
  return FleetPostureRuleIdSchema.options.flatMap((id) =>
    (byRule[id] ?? []).map((d) => ({
      ...(d as object),
      workspace: s.workspace,
      deployment: s.deployment,
      kind: s.computeType,
      remedyKey: FLEET_REMEDY_KEYS[id],
    })),
  );
};

const DAY = 86_400_000;
const AT = new Date("2026-12-07T12:00:00.000Z");
const region = fc.constantFrom(...ALL_REGIONS);
const policy = fc.oneof(
  fc.constant(DEFAULT_POSTURE_POLICY),
  fc.record({ maxKeyAgeDays: fc.integer({ min: 1, max: 400 }) }),
);
const keys = (p: PosturePolicy) => {
  const m = p.maxKeyAgeDays;
  const age = fc.oneof(fc.constantFrom(m - 1, m, m + 1), fc.integer({ min: -3, max: 2 * m + 5 }));
  const key = age.chain((days) =>
    fc.record({
      keyType: fc.constantFrom(...KEY_TYPES),
      issuedAt: fc
        .integer({ min: 0, max: DAY - 1 })
        .map((ms) => new Date(AT.getTime() - days * DAY - ms).toISOString()),
      rotatedAt: fc.constantFrom(null, "2026-01-01T00:00:00.000Z"),
    }),
  );
  return fc.array(key, { maxLength: 2 });
};
const rotation = fc.option(
  fc.record({
    policyMaxKeyAgeDays: fc.option(fc.integer({ min: 1, max: 400 }), { nil: null }),
    running: fc.boolean(),
    lastFailure: fc.option(
      fc.record({
        step: fc.constantFrom(...RotationStepSchema.options),
        reason: fc.constant("scoring_failed"),
      }),
      { nil: null },
    ),
  }),
  { nil: undefined },
);
/** Rotation facts present or absent (never an undefined property: the BFF leaves it out). */
const withRotation = <T extends object>(s: T, r: RotationFacts | undefined) =>
  r ? { ...s, rotation: r } : s;
const common = {
  workspace: fc.constantFrom("ws-prod", "ws-dev"),
  workspaceRegion: region,
  clusterRegion: fc.option(region, { nil: null }),
};
const snapshot = policy.chain((p) =>
  fc.tuple(
    fc.constant(p),
    fc.oneof(
      fc
        .tuple(
          fc.record({
            ...common,
            generation: fc.constant("v1" as const),
            deployment: fc.constantFrom("diabetes-aci", "Fraud_Model", "9lives"),
            computeType: fc.constantFrom(...COMPUTE_TARGETS),
            keyAuth: fc.boolean(),
            tokenAuth: fc.boolean(),
            keys: keys(p),
          }),
          rotation,
        )
        .map(([s, r]) => withRotation(s, r) as FleetSnapshot),
      fc
        .tuple(
          fc.record({
            ...common,
            generation: fc.constant("v2" as const),
            deployment: fc.constantFrom("scorer", "fraud-ep"),
            computeType: fc.constantFrom(...ENDPOINT_COMPUTE_TYPES),
            authMode: fc.constantFrom(...ENDPOINT_AUTH_MODES),
            keys: keys(p),
          }),
          rotation,
        )
        .map(([s, r]) => withRotation(s, r) as FleetSnapshot),
    ),
  ),
);

describe("evaluateFleetPosture against the rules written out plainly", () => {
  it("answers the same findings, property for property and in the same order", () => {
    fc.assert(
      fc.property(snapshot, ([p, s]) => {
        const fast = evaluateFleetPosture(s, p, AT);
        const reference = plain(s, p, AT);
        expect(fast).toStrictEqual(reference);
        // Key order too: the report's JSON and CSV are built from these objects.
        expect(JSON.stringify(fast)).toBe(JSON.stringify(reference));
      }),
      { numRuns: 2000 },
    );
  });
});
