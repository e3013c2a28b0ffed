import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { COMPUTE_TARGETS } from "./compute.ts";
import { KEY_TYPES } from "./keys.ts";
import {
  DEFAULT_POSTURE_POLICY,
  type DeploymentSnapshot,
  DeploymentSnapshotSchema,
  evaluatePosture,
  FindingSchema,
  type PosturePolicy,
  PostureRuleIdSchema,
} from "./posture.ts";
import { ALL_REGIONS } from "./regions.ts";

const DAY = 86_400_000;
const AT = new Date("2025-06-15T12:00:00.000Z");
const region = fc.constantFrom(...ALL_REGIONS);
const policy: fc.Arbitrary<PosturePolicy> = fc.oneof(
  fc.constant(DEFAULT_POSTURE_POLICY),
  fc.record({ maxKeyAgeDays: fc.integer({ min: 1, max: 3650 }) }),
);

/** A key whose age in whole days at AT is `ageDays` (negative: issued in the future, clock skew). */
const keyOfAge = (ageDays: number) =>
  fc.record({
    keyType: fc.constantFrom(...KEY_TYPES),
    issuedAt: fc
      .integer({ min: 0, max: DAY - 1 })
      .map((ms) => new Date(AT.getTime() - ageDays * DAY - ms).toISOString()),
    rotatedAt: fc.constantFrom(null, "2024-01-01T00:00:00.000Z"),
  });

/** Snapshots for a policy, with key ages clustered around its threshold so the boundary is exercised. */
const snapshotFor = (p: PosturePolicy): fc.Arbitrary<DeploymentSnapshot> => {
  const m = p.maxKeyAgeDays;
  const age = fc.oneof(fc.constantFrom(m - 1, m, m + 1), fc.integer({ min: -3, max: 2 * m + 5 }));
  return fc.record({
    workspace: fc.constantFrom("ws-prod", "ws-dev"),
    deployment: fc.constantFrom("scorer", "fraud-api", "diabetes-aks"),
    computeType: fc.constantFrom(...COMPUTE_TARGETS),
    workspaceRegion: region,
    clusterRegion: fc.option(region, { nil: null }),
    keyAuth: fc.boolean(),
    tokenAuth: fc.boolean(),
    keys: fc.array(age.chain(keyOfAge), { maxLength: 2 }),
  });
};
const scenario = policy.chain((p) => fc.tuple(fc.constant(p), snapshotFor(p)));

const ageAt = (issuedAt: string) => Math.max(0, Math.floor((AT.getTime() - Date.parse(issuedAt)) / DAY));
const ruleIds = (d: DeploymentSnapshot, p: PosturePolicy) => evaluatePosture(d, p, AT).map((f) => f.ruleId);
const keysFlagged = (d: DeploymentSnapshot, p: PosturePolicy, rule: string) =>
  evaluatePosture(d, p, AT)
    .filter((f) => f.ruleId === rule)
    .map((f) => f.keyType);

describe("posture rules fire exactly under their condition", () => {
  it("the generated snapshots are valid snapshots", () => {
    fc.assert(fc.property(scenario, ([, d]) => DeploymentSnapshotSchema.safeParse(d).success));
  });

  it("auth-disabled ⇔ no key auth and no token auth", () => {
    fc.assert(
      fc.property(scenario, ([p, d]) => {
        const count = ruleIds(d, p).filter((id) => id === "auth-disabled").length;
        expect(count).toBe(!d.keyAuth && !d.tokenAuth ? 1 : 0);
      }),
    );
  });

  it("key-too-old ⇔ key auth on and the key's age > policy max, once per key", () => {
    fc.assert(
      fc.property(scenario, ([p, d]) => {
        const old = d.keys.filter((k) => d.keyAuth && ageAt(k.issuedAt) > p.maxKeyAgeDays);
        expect(keysFlagged(d, p, "key-too-old")).toEqual(old.map((k) => k.keyType));
      }),
    );
  });

  it("key-never-rotated ⇔ key auth on and rotatedAt null, once per key", () => {
    fc.assert(
      fc.property(scenario, ([p, d]) => {
        const never = d.keys.filter((k) => d.keyAuth && k.rotatedAt === null);
        expect(keysFlagged(d, p, "key-never-rotated")).toEqual(never.map((k) => k.keyType));
      }),
    );
  });

  it("token-cross-region ⇔ token auth on and the cluster region known and different", () => {
    fc.assert(
      fc.property(scenario, ([p, d]) => {
        const risk = d.tokenAuth && d.clusterRegion !== null && d.clusterRegion !== d.workspaceRegion;
        expect(ruleIds(d, p).filter((id) => id === "token-cross-region").length).toBe(risk ? 1 : 0);
      }),
    );
  });

  it("key-auth-where-token-possible ⇔ mode key on AKS", () => {
    fc.assert(
      fc.property(scenario, ([p, d]) => {
        const keyModeOnAks = d.keyAuth && !d.tokenAuth && d.computeType === "AKS";
        const count = ruleIds(d, p).filter((id) => id === "key-auth-where-token-possible").length;
        expect(count).toBe(keyModeOnAks ? 1 : 0);
      }),
    );
  });
});

describe("findings", () => {
  it("validate against FindingSchema, name their deployment, come in rule order, and carry only plain facts", () => {
    const order = PostureRuleIdSchema.options;
    fc.assert(
      fc.property(scenario, ([p, d]) => {
        const findings = evaluatePosture(d, p, AT);
        for (const f of findings) {
          expect(FindingSchema.parse(f)).toEqual(f);
          expect([f.workspace, f.deployment]).toEqual([d.workspace, d.deployment]);
          for (const v of Object.values(f.facts)) {
            if (typeof v === "string") expect(ALL_REGIONS).toContain(v);
            else expect(Number.isInteger(v)).toBe(true);
          }
        }
        const ranks = findings.map((f) => order.indexOf(f.ruleId));
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      }),
    );
  });

  it("state the key's age and the policy behind key-too-old, and both regions behind token-cross-region", () => {
    fc.assert(
      fc.property(scenario, ([p, d]) => {
        for (const f of evaluatePosture(d, p, AT)) {
          if (f.ruleId === "key-too-old") expect(f.facts.maxKeyAgeDays).toBe(p.maxKeyAgeDays);
          if (f.ruleId === "key-too-old") expect(f.facts.ageDays).toBeGreaterThan(p.maxKeyAgeDays);
          if (f.ruleId === "token-cross-region")
            expect(f.facts).toEqual({ workspaceRegion: d.workspaceRegion, clusterRegion: d.clusterRegion });
        }
      }),
    );
  });
});

describe("the default policy", () => {
  it("allows keys up to 90 days old", () => {
    expect(DEFAULT_POSTURE_POLICY).toEqual({ maxKeyAgeDays: 90 });
    const snapshot = (ageDays: number): DeploymentSnapshot => ({
      workspace: "ws",
      deployment: "svc",
      computeType: "ACI",
      workspaceRegion: "westeurope",
      clusterRegion: null,
      keyAuth: true,
      tokenAuth: false,
      keys: [
        {
          keyType: "Primary",
          issuedAt: new Date(AT.getTime() - ageDays * DAY).toISOString(),
          rotatedAt: AT.toISOString(),
        },
      ],
    });
    expect(ruleIds(snapshot(90), DEFAULT_POSTURE_POLICY)).toEqual([]);
    expect(ruleIds(snapshot(91), DEFAULT_POSTURE_POLICY)).toEqual(["key-too-old"]);
  });
});
