import { DeploymentPageSchema, PostureReportSchema } from "@keyturn/api-contract";
import { newRotation, type RotationState } from "@keyturn/auth-domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DB_KINDS, openTestDatabase, type TestDatabase } from "../../../test/support/databases.ts";
import { createTestApp } from "../../../test/support/test-app.ts";
import { createTestIssuer, type TestIssuer } from "../../../test/support/test-issuer.ts";
import { clientAs } from "../../../test/support/typed-client.ts";
import type { Db } from "../../db/client.ts";
import { connections, inventory, keyMetadata, rotations } from "../../db/schema.ts";

const NOW = new Date("2026-06-15T12:00:00.000Z");
const ago = (days: number) => new Date(NOW.getTime() - days * 86_400_000);
const ACTOR = { oid: "o", name: "Support", username: "support@keyturn.test", roles: [] };

/**
 * v2 endpoints beside one v1 service that shares an endpoint's name: an endpoint's rotations and key
 * records are stored under `endpoint/<name>`, its tags are the endpoint's own.
 */
const ENDPOINTS = [
  // 60 days: past its tag's policy (30), within the policy for everyone (90) and posture's maximum.
  { name: "risk-scorer", createdAt: ago(60), tags: { team: "risk" }, mode: "Key" },
  { name: "scorer", createdAt: ago(10), tags: {}, mode: "Key" },
  { name: "busy", createdAt: ago(200), tags: {}, mode: "Key" },
  { name: "token-scorer", createdAt: ago(200), tags: {}, mode: "AMLToken" },
  { name: "rotated", createdAt: ago(200), tags: {}, mode: "Key" },
] as const;

async function seed(db: Db): Promise<void> {
  const [connection] = await db
    .insert(connections)
    .values({
      name: `endpoint-posture-${Date.now()}`,
      subscriptionId: "sub",
      resourceGroup: "rg",
      baseUrl: "http://127.0.0.1:1",
      credentialKind: "managed_identity",
    })
    .returning({ id: connections.id });
  const common = {
    connectionId: connection?.id as string,
    workspace: "ws-a",
    state: "Succeeded",
    workspaceRegion: "eastus",
  };
  await db.insert(inventory).values([
    ...ENDPOINTS.map((e) => ({
      ...common,
      deployment: e.name,
      generation: "v2",
      computeType: "Managed",
      endpointAuthMode: e.mode,
      keyAuth: e.mode === "Key",
      tokenAuth: e.mode !== "Key",
      scoringUri: `http://127.0.0.1:1/${e.name}/score`,
      tags: e.tags,
      createdAt: e.createdAt,
    })),
    // A v1 service named as an endpoint: the endpoint's failed rotation is not its own.
    {
      ...common,
      deployment: "scorer",
      generation: "v1",
      computeType: "ACI",
      endpointAuthMode: null,
      keyAuth: true,
      tokenAuth: false,
      scoringUri: "http://127.0.0.1:1/scorer-aci/score",
      tags: {},
      createdAt: ago(10),
    },
  ]);
  const machine = (phase: RotationState["phase"]): RotationState => ({
    ...newRotation({ graceSeconds: 0 }),
    phase,
    failure: phase === "failed" ? { step: "verify", reason: "scoring_refused" } : null,
  });
  await db.insert(rotations).values(
    (
      [
        ["scorer", "failed"],
        ["busy", "grace"],
      ] as const
    ).map(([name, phase]) => ({
      id: crypto.randomUUID(),
      workspace: "ws-a",
      deployment: `endpoint/${name}`,
      phase,
      state: { machine: machine(phase), actor: ACTOR },
      steps: [],
      startedBy: ACTOR.username,
    })),
  );
  await db.insert(keyMetadata).values(
    (["Primary", "Secondary"] as const).map((keyType) => ({
      workspace: "ws-a",
      deployment: "endpoint/rotated",
      keyType,
      fingerprint: `fp-${keyType}`,
      issuedAt: ago(5),
      rotatedAt: ago(5),
      rotatedBy: ACTOR.username,
    })),
  );
}

describe.each(DB_KINDS)("posture's key and rotation findings of v2 endpoints on %s", (kind) => {
  let t: TestDatabase;
  let issuer: TestIssuer;
  let app: ReturnType<typeof createTestApp>["app"];

  beforeAll(async () => {
    [t, issuer] = await Promise.all([openTestDatabase(kind), createTestIssuer()]);
    app = createTestApp({ db: t, issuer, now: () => NOW }).app;
    await seed(t.database.db);
    const policies = clientAs(app, issuer, "admin").api["rotation-policies"];
    for (const json of [
      { name: "Everyone", scope: { kind: "all" }, maxKeyAgeDays: 90, graceSeconds: 900 },
      {
        name: "Risk",
        scope: { kind: "tag", name: "team", value: "risk" },
        maxKeyAgeDays: 30,
        graceSeconds: 900,
      },
    ] as const)
      expect((await policies.$post({ json })).status).toBe(201);
  });
  afterAll(() => t?.close());

  const report = async () =>
    PostureReportSchema.parse(
      await (await clientAs(app, issuer, "operator").api.posture.$get({ query: { limit: 500 } })).json(),
    );

  it("an endpoint is overdue under the policy its own tags pick, and its failed rotation is found", async () => {
    const { findings } = await report();
    const of = (rule: string) =>
      findings
        .filter((f) => f.ruleId === rule)
        .map((f) => `${f.deployment} ${f.computeType}`)
        .sort();
    // busy is running, token-scorer uses no keys, rotated was rotated five days ago.
    expect(of("rotation-overdue")).toEqual(["risk-scorer Managed"]);
    expect(of("rotation-failed")).toEqual(["scorer Managed"]);
    const overdue = findings.find((f) => f.ruleId === "rotation-overdue");
    expect(overdue?.facts).toEqual({ ageDays: 60, maxKeyAgeDays: 30 });
    const failed = findings.find((f) => f.ruleId === "rotation-failed");
    expect(failed?.facts).toEqual({ step: "verify", reason: "scoring_refused" });
    // Key age and never-rotated keys read the endpoint's own key records.
    expect(of("key-never-rotated")).not.toContain("rotated Managed");
    expect(of("key-never-rotated")).toContain("risk-scorer Managed");
    expect(of("key-too-old")).toEqual(["busy Managed", "busy Managed"]);
  });

  it("the inventory's rows count the same findings as posture, endpoints included", async () => {
    const { findings } = await report();
    const counted = new Map<string, number>();
    for (const f of findings) {
      const id = `${f.computeType === "Managed" ? "v2" : "v1"}/${f.deployment}`;
      counted.set(id, (counted.get(id) ?? 0) + 1);
    }
    const operator = clientAs(app, issuer, "operator").api;
    const query = { sort: "name", order: "desc", limit: 100 } as const;
    const page = DeploymentPageSchema.parse(await (await operator.deployments.$get({ query })).json());
    expect(page.items).toHaveLength(ENDPOINTS.length + 1);
    for (const row of page.items) {
      const id = `${row.generation}/${row.name}`;
      expect(row.findings.count, id).toBe(counted.get(id) ?? 0);
    }
    // The endpoint's failed rotation is one finding more than the v1 service of its name has.
    expect(counted.get("v2/scorer")).toBeGreaterThan(0);
    expect(findings.some((f) => f.ruleId === "rotation-failed" && f.computeType === "ACI")).toBe(false);
  });
});
