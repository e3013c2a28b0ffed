import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluatePosture } from "./posture.ts";
import {
  applicablePolicy,
  DEFAULT_ROTATION_RULES,
  oldestKeyAgeDays,
  type PolicyTarget,
  policyCovers,
  RotationPolicyInputSchema,
  type RotationPolicyLike,
  rotationDue,
  SCOPE_SPECIFICITY,
  scopeKey,
  startRules,
} from "./rotation-policy.ts";

const DAY = 86_400_000;
const AT = new Date("2026-06-01T00:00:00Z");
const workspaces = ["ws-a", "ws-b", "WS-A"];
const tagKeys = ["team", "env"];
const tagValues = ["risk", "prod", "dev"];

const scopeArb = fc.oneof(
  fc.constant({ kind: "all" as const }),
  fc.record({ kind: fc.constant("workspace" as const), workspace: fc.constantFrom(...workspaces) }),
  fc.record({
    kind: fc.constant("tag" as const),
    name: fc.constantFrom(...tagKeys),
    value: fc.constantFrom(...tagValues),
  }),
);
const policyArb: fc.Arbitrary<RotationPolicyLike> = fc.record({
  id: fc.uuid(),
  name: fc.constantFrom("a", "b", "c", "d"),
  scope: scopeArb,
  maxKeyAgeDays: fc.integer({ min: 1, max: 400 }),
  graceSeconds: fc.integer({ min: 0, max: 86_400 }),
  requireConfirmation: fc.boolean(),
  enabled: fc.boolean(),
});
const targetArb: fc.Arbitrary<PolicyTarget> = fc.record({
  workspace: fc.constantFrom(...workspaces),
  tags: fc.dictionary(fc.constantFrom(...tagKeys), fc.constantFrom(...tagValues), { maxKeys: 2 }),
});

describe("which rotation policy applies to a deployment", () => {
  it("is one that covers it, and none covering it is more specific or, as specific, stricter", () => {
    fc.assert(
      fc.property(fc.array(policyArb, { maxLength: 8 }), targetArb, (policies, target) => {
        const chosen = applicablePolicy(policies, target);
        const covering = policies.filter((p) => policyCovers(p.scope, target));
        if (covering.length === 0) {
          expect(chosen).toBeNull();
          return;
        }
        expect(covering).toContain(chosen);
        const rank = SCOPE_SPECIFICITY[chosen?.scope.kind ?? "all"];
        for (const p of covering) {
          expect(SCOPE_SPECIFICITY[p.scope.kind]).toBeLessThanOrEqual(rank);
          if (SCOPE_SPECIFICITY[p.scope.kind] === rank)
            expect(p.maxKeyAgeDays).toBeGreaterThanOrEqual(chosen?.maxKeyAgeDays ?? 0);
        }
      }),
    );
  });

  it("does not depend on the order the policies are read in", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(policyArb, { maxLength: 8, selector: (p) => p.id }),
        targetArb,
        fc.nat(),
        (policies, target, seed) => {
          const shuffled = [...policies].sort((a, b) => (a.id + seed < b.id + seed ? 1 : -1));
          expect(applicablePolicy(shuffled, target)?.id).toBe(applicablePolicy(policies, target)?.id);
        },
      ),
    );
  });

  it("a tag beats a workspace, a workspace beats all; a tag must match key and value exactly", () => {
    const p = (id: string, scope: RotationPolicyLike["scope"]): RotationPolicyLike => ({
      id,
      name: id,
      scope,
      maxKeyAgeDays: 90,
      graceSeconds: 0,
      requireConfirmation: false,
      enabled: true,
    });
    const all = p("all", { kind: "all" });
    const ws = p("ws", { kind: "workspace", workspace: "ws-a" });
    const tag = p("tag", { kind: "tag", name: "team", value: "risk" });
    const on = (tags: Record<string, string>, workspace = "ws-a") => ({ workspace, tags });
    expect(applicablePolicy([all, ws, tag], on({ team: "risk" }))?.id).toBe("tag");
    expect(applicablePolicy([all, ws, tag], on({ team: "Risk" }))?.id).toBe("ws");
    expect(applicablePolicy([all, ws, tag], on({}, "ws-b"))?.id).toBe("all");
    // Azure's workspace names are case-insensitive.
    expect(applicablePolicy([all, ws], on({}, "WS-A"))?.id).toBe("ws");
    expect(applicablePolicy([ws, tag], on({}, "ws-b"))).toBeNull();
  });
});

describe("how a rotation a person starts runs", () => {
  it("the grace asked, else the governing policy's; its confirmation; it names the policy followed", () => {
    fc.assert(
      fc.property(
        fc.array(policyArb, { maxLength: 6 }),
        targetArb,
        fc.option(fc.integer({ min: 0, max: 86_400 }), { nil: undefined }),
        (policies, target, asked) => {
          const governing = applicablePolicy(policies, target);
          const rules = startRules(governing, asked);
          const expected = governing ?? DEFAULT_ROTATION_RULES;
          expect(rules).toEqual({
            graceSeconds: asked ?? expected.graceSeconds,
            requireConfirmation: expected.requireConfirmation,
            policyId: governing?.id ?? null,
          });
        },
      ),
    );
  });

  it("with no policy: 15 minutes of grace and no confirmation", () => {
    expect(startRules(null)).toEqual({ graceSeconds: 900, requireConfirmation: false, policyId: null });
  });
});

describe("whether a policy rotates a deployment now", () => {
  it("only when its oldest key is past the maximum, none runs, the last did not fail, the policy is on", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 800 }), { minLength: 1, maxLength: 2 }),
        fc.integer({ min: 1, max: 400 }),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        (ages, maxKeyAgeDays, enabled, rotationRunning, lastRotationFailed) => {
          const keys = ages.map((d) => ({ issuedAt: new Date(AT.getTime() - d * DAY).toISOString() }));
          const facts = { keys, rotationRunning, lastRotationFailed };
          const due = rotationDue({ maxKeyAgeDays, enabled }, facts, AT);
          const oldest = Math.max(...ages);
          expect(due.keyAgeDays).toBe(oldest);
          expect(due.due).toBe(oldest > maxKeyAgeDays && !rotationRunning && !lastRotationFailed && enabled);
          if (oldest <= maxKeyAgeDays) expect(due.reason).toBe("key-within-max");
          else if (due.due) expect(due.reason).toBe("key-older-than-max");
        },
      ),
    );
  });

  it("a deployment with no keys known is never due", () => {
    expect(oldestKeyAgeDays([], AT)).toBe(0);
    expect(
      rotationDue(
        { maxKeyAgeDays: 1, enabled: true },
        { keys: [], rotationRunning: false, lastRotationFailed: false },
        AT,
      ).due,
    ).toBe(false);
  });
});

describe("a rotation policy's rules", () => {
  const valid = { name: "Risk team", scope: { kind: "all" }, maxKeyAgeDays: 90, graceSeconds: 900 };

  it("defaults to no confirmation and enabled; refuses an empty tag, a zero age, grace beyond 30 days", () => {
    expect(RotationPolicyInputSchema.parse(valid)).toMatchObject({
      requireConfirmation: false,
      enabled: true,
    });
    const refused = [
      { ...valid, scope: { kind: "tag", name: " ", value: "x" } },
      { ...valid, scope: { kind: "workspace", workspace: "" } },
      { ...valid, maxKeyAgeDays: 0 },
      { ...valid, graceSeconds: 30 * 86_400 + 1 },
      { ...valid, name: "" },
    ];
    for (const body of refused) expect(RotationPolicyInputSchema.safeParse(body).success).toBe(false);
  });

  it("two scopes have one key exactly when they cover the same deployments", () => {
    fc.assert(
      fc.property(scopeArb, scopeArb, fc.array(targetArb, { maxLength: 20 }), (a, b, targets) => {
        if (scopeKey(a) !== scopeKey(b)) return;
        for (const t of targets) expect(policyCovers(a, t)).toBe(policyCovers(b, t));
      }),
    );
  });
});

describe("posture's rotation rules", () => {
  const snapshot = (ageDays: number, rotation: Parameters<typeof evaluatePosture>[0]["rotation"]) => ({
    workspace: "ws-a",
    deployment: "svc",
    computeType: "ACI" as const,
    workspaceRegion: "westeurope" as const,
    clusterRegion: null,
    keyAuth: true,
    tokenAuth: false,
    keys: [
      {
        keyType: "Primary" as const,
        issuedAt: new Date(AT.getTime() - ageDays * DAY).toISOString(),
        rotatedAt: null,
      },
    ],
    rotation,
  });
  const rules = (s: ReturnType<typeof snapshot>) =>
    evaluatePosture(s, { maxKeyAgeDays: 3650 }, AT).map((f) => f.ruleId);

  it("overdue: past the applicable policy's maximum with no rotation running", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 800 }),
        fc.option(fc.integer({ min: 1, max: 400 }), { nil: null }),
        fc.boolean(),
        (age, max, running) => {
          const found = rules(snapshot(age, { policyMaxKeyAgeDays: max, running, lastFailure: null }));
          expect(found.includes("rotation-overdue")).toBe(max !== null && !running && age > max);
          expect(found).not.toContain("rotation-failed");
        },
      ),
    );
  });

  it("failed: the last rotation failed (its step and reason as facts); nothing without rotation facts", () => {
    const lastFailure = { step: "verify" as const, reason: "scoring_refused" };
    const found = evaluatePosture(
      snapshot(1, { policyMaxKeyAgeDays: null, running: false, lastFailure }),
      { maxKeyAgeDays: 3650 },
      AT,
    ).find((f) => f.ruleId === "rotation-failed");
    expect(found).toMatchObject({
      severity: "high",
      facts: lastFailure,
      messageKey: "posture.rotationFailed",
    });
    expect(rules(snapshot(900, undefined))).not.toContain("rotation-overdue");
  });
});
