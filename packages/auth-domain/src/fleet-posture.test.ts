import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { COMPUTE_TARGETS } from "./compute.ts";
import { ENDPOINT_COMPUTE_TYPES, SUCCESSOR_KIND } from "./deployment-kinds.ts";
import { ENDPOINT_AUTH_MODES } from "./endpoint-auth.ts";
import {
  evaluateFleetPosture,
  FLEET_REMEDY_KEYS,
  FleetFindingSchema,
  FleetPostureRuleIdSchema,
  type FleetSnapshot,
  FleetSnapshotSchema,
} from "./fleet-posture.ts";
import { KEY_TYPES } from "./keys.ts";
import { migrationPlanRef } from "./migration-target.ts";
import { ENDPOINT_NAME_RULE } from "./names.ts";
import { DEFAULT_POSTURE_POLICY, evaluatePosture, type PosturePolicy } from "./posture.ts";
import { ALL_REGIONS } from "./regions.ts";
import { RotationStepSchema } from "./rotation.ts";

const DAY = 86_400_000;
const AT = new Date("2026-12-07T12:00:00.000Z");
const region = fc.constantFrom(...ALL_REGIONS);
const policy: fc.Arbitrary<PosturePolicy> = fc.oneof(
  fc.constant(DEFAULT_POSTURE_POLICY),
  fc.record({ maxKeyAgeDays: fc.integer({ min: 1, max: 400 }) }),
);
const keysFor = (p: PosturePolicy) => {
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
/** What posture knows of a deployment's rotations, or nothing (rotations not known). */
const rotationFacts = fc.option(
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
const common = { workspace: fc.constantFrom("ws-prod", "ws-dev"), workspaceRegion: region };
const service = (p: PosturePolicy) =>
  fc.record({
    ...common,
    generation: fc.constant("v1" as const),
    deployment: fc.constantFrom("diabetes-aci", "Fraud_Model", "9lives"),
    computeType: fc.constantFrom(...COMPUTE_TARGETS),
    clusterRegion: fc.option(region, { nil: null }),
    keyAuth: fc.boolean(),
    tokenAuth: fc.boolean(),
    keys: keysFor(p),
  });
const endpoint = (p: PosturePolicy) =>
  fc.record({
    ...common,
    generation: fc.constant("v2" as const),
    deployment: fc.constantFrom("scorer", "fraud-ep"),
    computeType: fc.constantFrom(...ENDPOINT_COMPUTE_TYPES),
    authMode: fc.constantFrom(...ENDPOINT_AUTH_MODES),
    clusterRegion: fc.option(region, { nil: null }),
    keys: keysFor(p),
    rotation: rotationFacts,
  });
const scenario = policy.chain((p) =>
  fc.tuple(fc.constant(p), fc.oneof(service(p), endpoint(p)) as fc.Arbitrary<FleetSnapshot>),
);
const v2Scenario = policy.chain((p) => fc.tuple(fc.constant(p), endpoint(p)));
const ageAt = (issuedAt: string) => Math.max(0, Math.floor((AT.getTime() - Date.parse(issuedAt)) / DAY));
const of = (s: FleetSnapshot, p: PosturePolicy, rule: string) =>
  evaluateFleetPosture(s, p, AT).filter((f) => f.ruleId === rule);

describe("fleet posture", () => {
  it("the generated snapshots are valid; every finding validates, names its deployment and kind, in rule order", () => {
    const order = FleetPostureRuleIdSchema.options;
    fc.assert(
      fc.property(scenario, ([p, s]) => {
        expect(FleetSnapshotSchema.parse(s)).toEqual(s);
        const findings = evaluateFleetPosture(s, p, AT);
        for (const f of findings) {
          expect(FleetFindingSchema.parse(f)).toEqual(f);
          expect([f.workspace, f.deployment, f.kind]).toEqual([s.workspace, s.deployment, s.computeType]);
          expect(f.remedyKey).toBe(FLEET_REMEDY_KEYS[f.ruleId]);
        }
        const ranks = findings.map((f) => order.indexOf(f.ruleId));
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      }),
    );
  });

  it("a v1 service gets the v1 rules unchanged, then exactly one v1-support-ended with its plan", () => {
    fc.assert(
      fc.property(
        policy.chain((p) => fc.tuple(fc.constant(p), service(p))),
        ([p, s]) => {
          const findings = evaluateFleetPosture(s, p, AT);
          const v1 = evaluatePosture(s, p, AT);
          expect(findings.slice(0, v1.length).map(({ kind: _k, remedyKey: _r, ...f }) => f)).toEqual(v1);
          expect(findings.length).toBe(v1.length + 1);
          const ended = findings.at(-1);
          expect(ended).toMatchObject({ ruleId: "v1-support-ended", severity: "medium" });
          expect(ended?.facts).toEqual({ supportEndedOn: "2026-06-30" });
          expect(ended?.migrationPlan).toEqual(migrationPlanRef(s));
          expect(ended?.migrationPlan?.successorKind).toBe(SUCCESSOR_KIND[s.computeType]);
        },
      ),
    );
  });

  it("a v2 endpoint never gets a v1-only finding, and no finding but v1-support-ended carries a plan", () => {
    fc.assert(
      fc.property(scenario, ([p, s]) => {
        for (const f of evaluateFleetPosture(s, p, AT)) {
          if (s.generation === "v2")
            expect(["auth-disabled", "key-auth-where-token-possible", "v1-support-ended"]).not.toContain(
              f.ruleId,
            );
          expect(f.migrationPlan !== undefined).toBe(f.ruleId === "v1-support-ended");
        }
      }),
    );
  });

  it("v2 key rules fire only in Key mode: too old past the policy, never rotated when rotatedAt is null", () => {
    fc.assert(
      fc.property(v2Scenario, ([p, e]) => {
        const key = e.authMode === "Key";
        const old = e.keys.filter((k) => key && ageAt(k.issuedAt) > p.maxKeyAgeDays);
        expect(of(e, p, "key-too-old").map((f) => [f.keyType, f.facts])).toEqual(
          old.map((k) => [k.keyType, { ageDays: ageAt(k.issuedAt), maxKeyAgeDays: p.maxKeyAgeDays }]),
        );
        const never = e.keys.filter((k) => key && k.rotatedAt === null);
        expect(of(e, p, "key-never-rotated").map((f) => f.keyType)).toEqual(never.map((k) => k.keyType));
      }),
    );
  });

  it("an endpoint's key and rotation findings are the v1 rules' for a service with its keys and rotation facts", () => {
    const keyRules = ["key-too-old", "key-never-rotated", "rotation-overdue", "rotation-failed"];
    const strip = ({ kind: _k, remedyKey: _r, ...f }: ReturnType<typeof evaluateFleetPosture>[number]) => f;
    fc.assert(
      fc.property(v2Scenario, fc.boolean(), ([p, e], tokenAuth) => {
        const keyAuth = e.authMode === "Key";
        const service = { ...e, generation: "v1", computeType: "AKS", keyAuth, tokenAuth } as const;
        const v1 = evaluatePosture(service, p, AT).filter((f) => keyRules.includes(f.ruleId));
        const v2 = evaluateFleetPosture(e, p, AT).filter((f) => keyRules.includes(f.ruleId));
        expect(v2.map(strip)).toEqual(v1);
        // A failed rotation is worth a look in any mode; the others need keys callers use.
        if (!keyAuth) expect(v2.every((f) => f.ruleId === "rotation-failed")).toBe(true);
      }),
    );
  });

  it("key-auth-where-entra-possible ⇔ Key mode on a managed endpoint", () => {
    fc.assert(
      fc.property(v2Scenario, ([p, e]) => {
        const expected = e.authMode === "Key" && e.computeType === "Managed" ? 1 : 0;
        expect(of(e, p, "key-auth-where-entra-possible").length).toBe(expected);
      }),
    );
  });

  it("token-cross-region ⇔ AML tokens with the cluster's region known and not the workspace's", () => {
    fc.assert(
      fc.property(v2Scenario, ([p, e]) => {
        const risk =
          e.authMode === "AMLToken" && e.clusterRegion !== null && e.clusterRegion !== e.workspaceRegion;
        const found = of(e, p, "token-cross-region");
        expect(found.length).toBe(risk ? 1 : 0);
        for (const f of found)
          expect(f.facts).toEqual({ workspaceRegion: e.workspaceRegion, clusterRegion: e.clusterRegion });
      }),
    );
  });
});

describe("migrationPlanRef", () => {
  it("maps no auth and key to Key, token to AMLToken, with a valid endpoint name", () => {
    fc.assert(
      fc.property(
        policy.chain((p) => service(p)),
        (s) => {
          const ref = migrationPlanRef(s);
          expect(ref.authMode).toBe(s.tokenAuth ? "AMLToken" : "Key");
          expect(ENDPOINT_NAME_RULE.pattern.test(ref.endpointName)).toBe(true);
          expect(ref).toMatchObject({
            workspace: s.workspace,
            service: s.deployment,
            serviceKind: s.computeType,
          });
        },
      ),
    );
  });
});
