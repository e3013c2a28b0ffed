import {
  DeploymentPageSchema,
  PostureReportSchema,
  type RotationPolicyBody,
  RotationPolicyListSchema,
  RotationPolicySchema,
  RotationPreviewSchema,
} from "@keyturn/api-contract";
import { newRotation, type RotationState } from "@keyturn/auth-domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditRows } from "../../../test/support/audit-fixtures.ts";
import { DB_KINDS, openTestDatabase, type TestDatabase } from "../../../test/support/databases.ts";
import { expectProblem } from "../../../test/support/problem.ts";
import { createTestApp } from "../../../test/support/test-app.ts";
import { createTestIssuer, type PersonaName, type TestIssuer } from "../../../test/support/test-issuer.ts";
import { clientAs, outsideContract } from "../../../test/support/typed-client.ts";
import type { Db } from "../../db/client.ts";
import { connections, inventory, rotations } from "../../db/schema.ts";

const NOW = new Date("2026-06-15T12:00:00.000Z");
const ago = (days: number) => new Date(NOW.getTime() - days * 86_400_000);
const ACTOR = { oid: "o", name: "Lead", username: "lead@keyturn.test", roles: [] };

/** Key-auth services with a scoring URI (rotatable), one token-auth service (never governed). */
const SEEDED: Array<{
  workspace: string;
  deployment: string;
  createdAt: Date;
  tags: Record<string, string>;
  keyAuth?: boolean;
}> = [
  { workspace: "ws-a", deployment: "risk-old", createdAt: ago(200), tags: { team: "risk" } },
  { workspace: "ws-a", deployment: "fresh", createdAt: ago(10), tags: {} },
  { workspace: "ws-a", deployment: "running", createdAt: ago(200), tags: {} },
  { workspace: "ws-a", deployment: "failed", createdAt: ago(200), tags: {} },
  { workspace: "ws-b", deployment: "old", createdAt: ago(120), tags: { team: "ops" } },
  { workspace: "ws-b", deployment: "token-only", createdAt: ago(300), tags: {}, keyAuth: false },
];

async function seed(db: Db): Promise<void> {
  const [connection] = await db
    .insert(connections)
    .values({
      name: `policies-${Date.now()}`,
      subscriptionId: "sub",
      resourceGroup: "rg",
      baseUrl: "http://127.0.0.1:1",
      credentialKind: "managed_identity",
    })
    .returning({ id: connections.id });
  await db.insert(inventory).values(
    SEEDED.map((s) => ({
      connectionId: connection?.id as string,
      workspace: s.workspace,
      deployment: s.deployment,
      computeType: "ACI",
      state: "Healthy",
      keyAuth: s.keyAuth ?? true,
      tokenAuth: s.keyAuth === false,
      workspaceRegion: "eastus",
      scoringUri: `http://127.0.0.1:1/${s.deployment}/score`,
      tags: s.tags,
      createdAt: s.createdAt,
    })),
  );
  const machine = (phase: RotationState["phase"]): RotationState => ({
    ...newRotation({ graceSeconds: 0 }),
    phase,
    failure: phase === "failed" ? { step: "verify", reason: "scoring_refused" } : null,
  });
  await db.insert(rotations).values(
    (["running", "failed"] as const).map((d) => ({
      id: crypto.randomUUID(),
      workspace: "ws-a",
      deployment: d,
      phase: d === "running" ? "grace" : "failed",
      state: { machine: machine(d === "running" ? "grace" : "failed"), actor: ACTOR },
      steps: [],
      startedBy: ACTOR.username,
    })),
  );
}

describe.each(DB_KINDS)("rotation policies on %s", (kind) => {
  let t: TestDatabase;
  let issuer: TestIssuer;
  let app: ReturnType<typeof createTestApp>["app"];
  const policies = (who: PersonaName = "admin") => clientAs(app, issuer, who).api["rotation-policies"];
  const create = (json: RotationPolicyBody, who: PersonaName = "admin") => policies(who).$post({ json });
  const put = (id: string, json: RotationPolicyBody, ifMatch?: string) =>
    policies()[":id"].$put({ param: { id }, header: { "if-match": ifMatch }, json });
  const preview = async (id: string) =>
    RotationPreviewSchema.parse(await (await policies()[":id"].preview.$get({ param: { id } })).json());
  const everyone = {
    name: "Everyone",
    scope: { kind: "all" },
    maxKeyAgeDays: 90,
    graceSeconds: 900,
  } as const;
  const risk = {
    name: "Risk team",
    scope: { kind: "tag", name: "team", value: "risk" },
    maxKeyAgeDays: 30,
    graceSeconds: 3600,
    requireConfirmation: true,
  } as const;

  beforeAll(async () => {
    [t, issuer] = await Promise.all([openTestDatabase(kind), createTestIssuer()]);
    app = createTestApp({ db: t, issuer, now: () => NOW }).app;
    await seed(t.database.db);
  });
  afterAll(() => t?.close());

  it("is for Admins only: others are refused (403), with a denied record for a change", async () => {
    await expectProblem(await policies("lead").$get(), 403, "forbidden");
    await expectProblem(await create(everyone, "operator"), 403, "forbidden");
    const denied = (await auditRows(t.database)).filter((r) => r.action === "policy.change");
    expect(denied.map((r) => r.outcome)).toEqual(["denied"]);
    const list = RotationPolicyListSchema.parse(await (await policies().$get()).json());
    expect(list.items).toEqual([]);
  });

  it("creates a policy with an ETag, audited; a taken name or exact scope is 409, a bad body 400", async () => {
    const response = await create(everyone);
    expect(response.status).toBe(201);
    const created = RotationPolicySchema.parse(await response.json());
    expect(response.headers.get("etag")).toBe(created.etag);
    expect(created).toMatchObject({ ...everyone, requireConfirmation: false, enabled: true, version: 1 });
    const records = (await auditRows(t.database)).filter((r) => r.action === "policy.change");
    expect(records.at(-1)).toMatchObject({
      outcome: "success",
      details: expect.objectContaining({ policy: "rotation", change: "create", policyId: created.id }),
    });
    await expectProblem(
      await create({ ...everyone, scope: { kind: "workspace", workspace: "ws-a" } }),
      409,
      "conflict",
    );
    await expectProblem(await create({ ...everyone, name: "Another" }), 409, "conflict");
    await expectProblem(await create({ ...risk, maxKeyAgeDays: 0 }), 400, "validation_failed");
    await expectProblem(
      await create({ ...risk, scope: { kind: "tag", name: "", value: "x" } }),
      400,
      "validation_failed",
    );
    await expectProblem(await create(outsideContract({ ...risk, extra: true })), 400, "validation_failed");
    expect(RotationPolicySchema.parse(await (await create(risk)).json()).requireConfirmation).toBe(true);
  });

  it("the dry run: the most specific policy governs; due = oldest key past the max, none running, none failed", async () => {
    const { items } = RotationPolicyListSchema.parse(await (await policies().$get()).json());
    const all = items.find((p) => p.name === "Everyone");
    const tag = items.find((p) => p.name === "Risk team");
    const wide = await preview(all?.id ?? "");
    expect(wide.items.map((i) => [i.deployment, i.due, i.reason])).toEqual([
      ["old", true, "key-older-than-max"],
      ["failed", false, "last-rotation-failed"],
      ["running", false, "rotation-running"],
      ["fresh", false, "key-within-max"],
    ]);
    // risk-old is covered by "Everyone" too, but the tag is more specific.
    expect(wide).toMatchObject({ total: 4, due: 1, governedElsewhere: 1, at: NOW.toISOString() });
    const narrow = await preview(tag?.id ?? "");
    expect(narrow.items).toEqual([
      {
        workspace: "ws-a",
        deployment: "risk-old",
        keyAgeDays: 200,
        maxKeyAgeDays: 30,
        due: true,
        reason: "key-older-than-max",
      },
    ]);
  });

  it("posture finds the overdue rotations (per their own policy) and the failed one", async () => {
    const report = PostureReportSchema.parse(
      await (await clientAs(app, issuer, "operator").api.posture.$get({ query: { limit: 500 } })).json(),
    );
    const of = (rule: string) =>
      report.findings
        .filter((f) => f.ruleId === rule)
        .map((f) => `${f.workspace}/${f.deployment}`)
        .sort();
    expect(of("rotation-overdue")).toEqual(["ws-a/failed", "ws-a/risk-old", "ws-b/old"]);
    expect(of("rotation-failed")).toEqual(["ws-a/failed"]);
  });

  it("the inventory's rows count the same rotation findings as posture, on pages in any order", async () => {
    const operator = clientAs(app, issuer, "operator").api;
    const report = PostureReportSchema.parse(
      await (await operator.posture.$get({ query: { limit: 500 } })).json(),
    );
    const counted = new Map<string, number>();
    for (const f of report.findings) {
      const id = `${f.workspace}/${f.deployment}`;
      counted.set(id, (counted.get(id) ?? 0) + 1);
    }
    // Newest first, three rows a page: each page's rows are not in key order and span both workspaces.
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const query = { sort: "name", order: "desc", limit: 3, ...(cursor ? { cursor } : {}) } as const;
      const page = DeploymentPageSchema.parse(await (await operator.deployments.$get({ query })).json());
      for (const row of page.items) {
        const id = `${row.workspace}/${row.name}`;
        expect(row.findings.count, id).toBe(counted.get(id) ?? 0);
        seen.push(id);
      }
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen.sort()).toEqual(SEEDED.map((s) => `${s.workspace}/${s.deployment}`).sort());
    // The failed row has one finding more than a row that is only overdue: its rotation reached the page.
    expect(counted.get("ws-a/failed")).toBe((counted.get("ws-a/risk-old") ?? 0) + 1);
  });

  it("changes need If-Match (428), the current ETag (412); a change moves the version and the ETag", async () => {
    const { items } = RotationPolicyListSchema.parse(await (await policies().$get()).json());
    const all = items.find((p) => p.name === "Everyone") ?? items[0];
    const id = all?.id ?? "";
    const wider = { ...everyone, maxKeyAgeDays: 150 };
    await expectProblem(await put(id, wider), 428, "precondition_required");
    await expectProblem(await put(id, wider, `"rotation-policy-${id}-9"`), 412, "precondition_failed");
    const changed = await put(id, wider, all?.etag);
    expect(changed.status).toBe(200);
    const view = RotationPolicySchema.parse(await changed.json());
    expect(view).toMatchObject({ version: 2, maxKeyAgeDays: 150 });
    expect(changed.headers.get("etag")).toBe(view.etag);
    // ws-b/old is 120 days old: within 150, no longer due.
    expect((await preview(id)).due).toBe(0);

    const remove = (ifMatch?: string) =>
      policies()[":id"].$delete({ param: { id }, header: { "if-match": ifMatch } });
    await expectProblem(await remove(all?.etag), 412, "precondition_failed");
    expect((await remove(view.etag)).status).toBe(204);
    await expectProblem(await policies()[":id"].$get({ param: { id } }), 404, "not_found");
  });
});
