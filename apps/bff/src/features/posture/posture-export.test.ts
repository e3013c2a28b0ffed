import { PostureReportSchema } from "@keyturn/api-contract";
import { DEFAULT_POSTURE_POLICY } from "@keyturn/auth-domain";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../../test/support/csv.ts";
import { DB_KINDS } from "../../../test/support/databases.ts";
import {
  expectedCounts,
  POSTURE_NOW,
  postureRouteFixture,
} from "../../../test/support/posture-route-fixture.ts";
import { expectProblem } from "../../../test/support/problem.ts";
import { takePostureSnapshot } from "./posture-snapshots.ts";

describe.each(DB_KINDS)("posture export and trend on %s", (kind) => {
  const { f, seeds, posture, report } = postureRouteFixture(kind);

  it("exports every finding as CSV and the whole report as JSON", async () => {
    // More than one page: every v1 service has its v1-support-ended finding.
    const all = await report({ limit: 5000 });
    const rest = await report({ limit: 5000, offset: 5000 });
    const findings = [...all.findings, ...rest.findings];
    expect(findings).toHaveLength(all.findingsTotal);
    const csv = await posture().export.$get({ query: { format: "csv" } });
    expect(csv.headers.get("content-disposition")).toBe(
      'attachment; filename="keyturn-posture-2026-06-15.csv"',
    );
    const [header, ...rows] = parseCsv(await csv.text());
    expect(header).toEqual([
      "workspace",
      "deployment",
      "compute_type",
      "rule_id",
      "severity",
      "key_type",
      "message_key",
      "remedy_key",
      "facts",
    ]);
    expect(rows.map((r) => [r[0], r[1], r[3], r[5] ?? undefined, JSON.parse(r[8] as string)])).toEqual(
      findings.map((f) => [f.workspace, f.deployment, f.ruleId, f.keyType, f.facts]),
    );
    const json = PostureReportSchema.parse(
      await (await posture().export.$get({ query: { format: "json" } })).json(),
    );
    expect(json.findings).toEqual(findings);
    expect(json.summary).toEqual(all.summary);
  });

  it("keeps one snapshot a day for the trend", async () => {
    const db = f.t.database.db;
    const day = (n: number) => new Date(POSTURE_NOW.getTime() - n * 86_400_000);
    for (const n of [40, 3, 2, 2, 0]) await takePostureSnapshot(db, day(n));
    const trend = await posture().trend.$get({ query: { days: 30 } });
    const body = (await trend.json()) as { days: Array<Record<string, unknown>> };
    expect(body.days.map((d) => d.day)).toEqual(["2026-06-12", "2026-06-13", "2026-06-15"]);
    const { summary } = expectedCounts(seeds, DEFAULT_POSTURE_POLICY);
    expect(body.days.at(-1)).toMatchObject({
      ...summary,
      maxKeyAgeDays: 90,
      takenAt: POSTURE_NOW.toISOString(),
    });
    await expectProblem(await posture().trend.$get({ query: { days: 0 } }), 400, "validation_failed");
  });
});
