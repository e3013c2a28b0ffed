import { DEFAULT_POSTURE_POLICY, evaluateFleetPosture } from "@keyturn/auth-domain";
import { describe, expect, it } from "vitest";
import { DB_KINDS } from "../../../test/support/databases.ts";
import { expectedSnapshot } from "../../../test/support/posture-fixtures.ts";
import {
  expectedCounts,
  POSTURE_NOW,
  postureRouteFixture,
} from "../../../test/support/posture-route-fixture.ts";
import { expectProblem } from "../../../test/support/problem.ts";
import { outsideContract } from "../../../test/support/typed-client.ts";

describe.each(DB_KINDS)("posture report on %s", (kind) => {
  const { seeds, posture, report } = postureRouteFixture(kind);

  it("counts by severity, rule and workspace exactly as evaluateFleetPosture over the same snapshots", async () => {
    const body = await report({ limit: 5000 });
    const want = expectedCounts(seeds, DEFAULT_POSTURE_POLICY);
    expect(body.summary).toEqual(want.summary);
    expect(body.workspaces).toEqual(want.workspaces);
    expect(body.policy).toMatchObject({ maxKeyAgeDays: 90, version: 0 });
    const findings = seeds.flatMap((s) =>
      evaluateFleetPosture(
        { ...expectedSnapshot(s), generation: "v1" },
        DEFAULT_POSTURE_POLICY,
        POSTURE_NOW,
      ).map(({ kind, ...f }) => ({ ...f, computeType: kind })),
    );
    expect(body.findingsTotal).toBe(findings.length);
    expect(body.findings).toEqual(findings.slice(0, 5000));
  });

  it("names the hand-picked cases' findings, with a remedy key each", async () => {
    const body = await report({ workspace: "ws-west" });
    const of = (deployment: string) =>
      body.findings.filter((f) => f.deployment === deployment).map((f) => [f.ruleId, f.keyType]);
    const ended = ["v1-support-ended", undefined];
    expect(of("aks-open")).toEqual([["auth-disabled", undefined], ended]);
    expect(of("aks-rotated")).toEqual([["key-auth-where-token-possible", undefined], ended]);
    expect(of("aks-half-rotated")).toEqual([
      ["key-too-old", "Secondary"],
      ["key-never-rotated", "Secondary"],
      ["key-auth-where-token-possible", undefined],
      ended,
    ]);
    expect(body.findings.find((f) => f.ruleId === "key-too-old")).toMatchObject({
      remedyKey: "posture.remedy.rotateKey",
      facts: { ageDays: 400, maxKeyAgeDays: 90 },
    });
    // Every v1 service: SDK v1 support ended, with where its plan goes.
    expect(
      body.findings.find((f) => f.deployment === "aks-open" && f.ruleId === "v1-support-ended"),
    ).toMatchObject({
      severity: "medium",
      messageKey: "posture.v1SupportEnded",
      remedyKey: "posture.remedy.planMoveToV2",
      facts: { supportEndedOn: "2026-06-30" },
      migrationPlan: {
        workspace: "ws-west",
        service: "aks-open",
        successorKind: "Kubernetes",
        authMode: "Key",
      },
    });
    expect(body.summary.byRule["v1-support-ended"]).toBe(body.summary.deployments);
  });

  it("filters and pages the findings (the summary stays whole)", async () => {
    const all = await report({ limit: 5000 });
    const high = await report({ severity: "high", limit: 5000 });
    expect(high.findings.every((f) => f.severity === "high")).toBe(true);
    expect(high.findingsTotal).toBe(all.summary.bySeverity.high);
    expect(high.summary).toEqual(all.summary);
    const rule = await report({ rule: "token-cross-region", limit: 5000 });
    expect(rule.findingsTotal).toBe(all.summary.byRule["token-cross-region"]);
    const page1 = await report({ limit: 100 });
    const page2 = await report({ limit: 100, offset: page1.next });
    expect([...page1.findings, ...page2.findings]).toEqual(all.findings.slice(0, 200));
    expect(page2.next).toBe(200);
    const unknownRule = await posture().$get({ query: outsideContract({ rule: "nope" }) });
    await expectProblem(unknownRule, 400, "validation_failed");
  });

  it.each(["operator", "support", "lead", "admin"] as const)(
    "is open to %s; not to a token without a role",
    async (who) => {
      expect((await posture(who).$get({ query: { limit: 1 } })).status).toBe(200);
      expect((await posture(who).trend.$get({ query: {} })).status).toBe(200);
      await expectProblem(await posture("norole").$get({ query: {} }), 403, "forbidden");
    },
  );
});
