import { EnforcementReportSchema } from "@keyturn/api-contract";
import { describe, expect, it } from "vitest";
import { DB_KINDS } from "../../../test/support/databases.ts";
import { expectProblem } from "../../../test/support/problem.ts";
import { recordsWhere } from "../../../test/support/recorded.ts";
import { deploymentParam, secretsHarnessFixture } from "../../../test/support/secrets-harness.ts";

const WS = "ws-prod-eastus";

describe.each(DB_KINDS)("verify enforcement on %s", (kind) => {
  const h = secretsHarnessFixture(kind);

  const verify = async (name: string, who: "operator" | "lead" | "admin" = "lead", on = h.app) => {
    const response = await h.deployment(who, on)["verify-enforcement"].$post(deploymentParam(WS, name));
    expect(response.status).toBe(200);
    return EnforcementReportSchema.parse(await response.json());
  };
  const outcomes = (report: { checks: { check: string; outcome: string; actualStatus: number | null }[] }) =>
    Object.fromEntries(report.checks.map((c) => [c.check, [c.outcome, c.actualStatus]]));

  it("a key-auth deployment refuses no credential, a random key and a forged token", async () => {
    const report = await verify("churn-predictor");
    expect(report).toMatchObject({ mode: "key", enforced: true, passed: true });
    expect(outcomes(report)).toEqual({
      "no-credential": ["pass", 401],
      "garbage-key": ["pass", 401],
      "forged-token": ["pass", 401],
      "previous-key": ["skipped", null],
    });
    expect(report.checks.find((c) => c.check === "previous-key")?.explanation).toContain(
      "never keeps key values longer",
    );
  });

  it("a token-auth deployment refuses them too", async () => {
    const report = await verify("fraud-scoring", "admin");
    expect(report).toMatchObject({ mode: "token", enforced: true, passed: true });
    expect(report.checks.filter((c) => c.outcome === "pass").map((c) => c.check)).toEqual([
      "no-credential",
      "garbage-key",
      "forged-token",
    ]);
  });

  it("a deployment with authentication off fails every check, and says enforcement is off", async () => {
    const report = await verify("demo-open-aci");
    expect(report).toMatchObject({ mode: "none", enforced: false, passed: false });
    for (const check of report.checks.filter((c) => c.outcome !== "skipped")) {
      expect(check).toMatchObject({ outcome: "fail", actualStatus: 200, expected: "refused" });
      expect(check.explanation).toContain("authentication is OFF");
    }
  });

  it("after a rotation, the previous key is refused, on the replica that rotated it and on another", async () => {
    const rotated = await h.regenerate(WS, "churn-predictor", "Primary", "operator");
    expect(rotated.status).toBe(200);
    const previousFingerprint = ((await rotated.json()) as { previousFingerprint: string })
      .previousFingerprint;
    const report = await verify("churn-predictor", "operator");
    const previous = report.checks.find((c) => c.check === "previous-key");
    expect(previous).toMatchObject({ keyType: "Primary", outcome: "pass", actualStatus: 401 });
    expect(previous?.description).toContain(previousFingerprint);
    expect(report.passed).toBe(true);

    const elsewhere = await verify("churn-predictor", "operator", h.replica());
    const checked = elsewhere.checks.find((c) => c.check === "previous-key");
    expect(checked).toMatchObject({ keyType: "Primary", outcome: "pass", actualStatus: 401 });
    expect(checked?.description).toContain(previousFingerprint);
  });

  it("needs enforcement:verify, and is audited with the counts", async () => {
    const refused = await h
      .deployment("norole")
      ["verify-enforcement"].$post(deploymentParam(WS, "churn-predictor"));
    await expectProblem(refused, 403, "forbidden");
    const records = await recordsWhere(h.db.database, { action: "enforcement.verify", outcome: "success" });
    expect(records[0]?.details).toEqual({
      mode: "key",
      passedChecks: 3,
      failedChecks: 0,
      skippedChecks: 1,
      intentSeq: expect.any(Number), // the outcome names its intent
    });
    expect(records.find((r) => r.details.mode === "none")?.details).toMatchObject({ failedChecks: 3 });
  });
});
