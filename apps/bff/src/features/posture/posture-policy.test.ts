import { type PosturePolicyChange, PostureReportSchema } from "@keyturn/api-contract";
import { evaluatePosture } from "@keyturn/auth-domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditDown, auditUp } from "../../../test/support/audit-faults.ts";
import { auditRows } from "../../../test/support/audit-fixtures.ts";
import { DB_KINDS, openTestDatabase, type TestDatabase } from "../../../test/support/databases.ts";
import { expectedSnapshot, seedDeployments, seedInventory } from "../../../test/support/posture-fixtures.ts";
import { expectProblem } from "../../../test/support/problem.ts";
import { createTestApp } from "../../../test/support/test-app.ts";
import { createTestIssuer, type PersonaName, type TestIssuer } from "../../../test/support/test-issuer.ts";
import { clientAs, outsideContract } from "../../../test/support/typed-client.ts";

const NOW = new Date("2026-06-15T12:00:00.000Z");

describe.each(DB_KINDS)("posture policy on %s", (kind) => {
  let t: TestDatabase;
  let issuer: TestIssuer;
  let app: ReturnType<typeof createTestApp>["app"];
  const seeds = seedDeployments(NOW, 200);
  const keyTooOld = (maxKeyAgeDays: number) =>
    seeds
      .flatMap((s) => evaluatePosture(expectedSnapshot(s), { maxKeyAgeDays }, NOW))
      .filter((f) => f.ruleId === "key-too-old").length;

  const api = (who: PersonaName) => clientAs(app, issuer, who).api;
  const getPolicy = (who: PersonaName = "lead") => api(who).policies.posture.$get();
  // If-Match is read by the handler, not declared on the route: it goes as a plain header.
  const put = (body: PosturePolicyChange, ifMatch?: string, who: PersonaName = "admin") =>
    api(who).policies.posture.$put({ json: body }, { headers: ifMatch ? { "If-Match": ifMatch } : {} });
  const etag = async () => (await getPolicy()).headers.get("etag") as string;
  const counts = async () =>
    PostureReportSchema.parse(await (await api("operator").posture.$get({ query: { limit: 1 } })).json())
      .summary.byRule["key-too-old"];

  beforeAll(async () => {
    [t, issuer] = await Promise.all([openTestDatabase(kind), createTestIssuer()]);
    app = createTestApp({ db: t, issuer, now: () => NOW }).app;
    await seedInventory(t.database.db, seeds);
  });
  afterAll(() => t?.close());

  it("starts at the default (90 days, version 0) with an ETag", async () => {
    const response = await getPolicy("operator");
    expect(response.status).toBe(200);
    expect(response.headers.get("etag")).toBe('"posture-policy-0"');
    expect(await response.json()).toEqual({
      maxKeyAgeDays: 90,
      version: 0,
      updatedAt: null,
      updatedBy: null,
    });
    expect(await counts()).toBe(keyTooOld(90));
  });

  it("needs If-Match (428) with the current ETag (412), else changes nothing", async () => {
    await expectProblem(await put({ maxKeyAgeDays: 30 }), 428, "precondition_required");
    const stale = await put({ maxKeyAgeDays: 30 }, '"posture-policy-7"');
    await expectProblem(stale, 412, "precondition_failed");
    expect(stale.headers.get("etag")).toBe('"posture-policy-0"');
    await expectProblem(await put({ maxKeyAgeDays: 30 }, 'W/"posture-policy-0"'), 412, "precondition_failed");
    await expectProblem(await put({ maxKeyAgeDays: 0 }, '"posture-policy-0"'), 400, "validation_failed");
    await expectProblem(
      await put(outsideContract({ maxKeyAgeDays: 30, extra: 1 }), '"posture-policy-0"'),
      400,
      "validation_failed",
    );
    expect(await etag()).toBe('"posture-policy-0"');
  });

  it("an Admin's change moves the key-too-old count, and is audited as policy.change", async () => {
    const response = await put({ maxKeyAgeDays: 30 }, '"posture-policy-0"');
    expect(response.status).toBe(200);
    expect(response.headers.get("etag")).toBe('"posture-policy-1"');
    expect(await response.json()).toMatchObject({
      maxKeyAgeDays: 30,
      version: 1,
      updatedBy: "admin@keyturn.test",
    });
    expect(keyTooOld(30)).toBeGreaterThan(keyTooOld(90));
    expect(await counts()).toBe(keyTooOld(30));
    expect((await auditRows(t.database)).at(-1)).toMatchObject({
      action: "policy.change",
      outcome: "success",
      details: { policy: "posture", maxKeyAgeDays: 30, previousMaxKeyAgeDays: 90, version: 1 },
    });
    await expectProblem(await put({ maxKeyAgeDays: 60 }, '"posture-policy-0"'), 412, "precondition_failed");
  });

  it("two writers with the same ETag: exactly one wins", async () => {
    const tag = await etag();
    const results = await Promise.all([put({ maxKeyAgeDays: 45 }, tag), put({ maxKeyAgeDays: 120 }, tag)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 412]);
    expect(await etag()).toBe('"posture-policy-2"');
  });

  it("is refused to everyone but Admin (403), and the attempt is recorded as denied", async () => {
    const tag = await etag();
    for (const who of ["operator", "support", "lead", "norole"] as const) {
      await expectProblem(await put({ maxKeyAgeDays: 10 }, tag, who), 403, "forbidden");
      expect((await auditRows(t.database)).at(-1)).toMatchObject({
        action: "policy.change",
        outcome: "denied",
      });
    }
    await expectProblem(await getPolicy("norole"), 403, "forbidden");
    expect(await etag()).toBe(tag);
  });

  it("fails closed: when the audit write fails the policy does not change (503)", async () => {
    const tag = await etag();
    const before = await (await getPolicy()).json();
    await auditDown(t.database);
    try {
      await expectProblem(await put({ maxKeyAgeDays: 7 }, tag), 503, "audit_unavailable");
    } finally {
      await auditUp(t.database);
    }
    expect(await (await getPolicy()).json()).toEqual(before);
    expect(await etag()).toBe(tag);
  });
});
