import {
  AuditVerifyReportSchema,
  ConnectionListSchema,
  DeploymentDetailSchema,
  EnforcementReportSchema,
  KeyListSchema,
  PosturePolicyViewSchema,
  TokenMetadataSchema,
  WorkspaceListSchema,
} from "@keyturn/api-contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectProblem } from "../support/problem.ts";
import {
  REPLICA_ROUNDS,
  type Replica,
  type ReplicaSet,
  START_TIMEOUT_MS,
  startReplicaSet,
} from "./replica-set.ts";

// A change made through one replica is what every other answers next, and concurrent writes through
// different replicas keep If-Match's "exactly one wins" and one audit chain.

const WS = "ws-prod-eastus";
const at = (name: string) => ({ param: { workspace: WS, name } });
let set: ReplicaSet;
let a: Replica;
let b: Replica;
let c: Replica;

beforeAll(async () => {
  set = await startReplicaSet(3);
  [a, b, c] = set.replicas as [Replica, Replica, Replica];
}, START_TIMEOUT_MS);
afterAll(async () => {
  await set?.close();
});

const deployment = (r: Replica, who: Parameters<Replica["as"]>[0]) =>
  r.as(who).api.deployments[":workspace"][":name"];
const detailOf = async (r: Replica, name: string) =>
  DeploymentDetailSchema.parse(await (await deployment(r, "operator").$get(at(name))).json());
const tokenOn = async (r: Replica, name: string) => {
  const response = await deployment(r, "support").token.$post(at(name));
  expect(response.status).toBe(200);
  return TokenMetadataSchema.parse(await response.json());
};
const changeAuth = (
  r: Replica,
  name: string,
  etag: string,
  json: { keyAuth?: boolean; tokenAuth?: boolean },
) => deployment(r, "operator").auth.$patch({ ...at(name), header: { "if-match": etag }, json });
const keysEtag = async (r: Replica, name: string) =>
  KeyListSchema.parse(await (await deployment(r, "support").keys.$get(at(name))).json()).etag;
const regenerate = (r: Replica, name: string, etag: string) =>
  deployment(r, "support").keys[":keyType"].regenerate.$post({
    param: { workspace: WS, name, keyType: "Primary" },
    header: { "if-match": etag },
  });

describe("three replicas on one PostgreSQL", () => {
  it("an auth change through one drops the token the others cached", async () => {
    const name = "fraud-scoring";
    expect((await tokenOn(b, name)).cached).toBe(false);
    expect((await tokenOn(b, name)).cached).toBe(true);
    expect((await tokenOn(c, name)).cached).toBe(false);

    const off = await changeAuth(a, name, (await detailOf(a, name)).etag, {
      keyAuth: true,
      tokenAuth: false,
    });
    expect(off.status).toBe(200);
    for (const r of [b, c]) {
      expect((await detailOf(r, name)).auth).toMatchObject({ keyAuth: true, tokenAuth: false });
      await expectProblem(
        await deployment(r, "support").token.$post(at(name)),
        400,
        "token_auth_not_enabled",
      );
    }
    const on = await changeAuth(a, name, (await detailOf(a, name)).etag, { keyAuth: false, tokenAuth: true });
    expect(on.status).toBe(200);
    // Without the shared drop, b and c would answer their cached token of the old settings.
    for (const r of [b, c]) expect((await tokenOn(r, name)).cached).toBe(false);
  });

  it("a key regenerated through one is proven refused by the others' enforcement check", async () => {
    const name = "churn-predictor";
    const rotated = await regenerate(a, name, await keysEtag(a, name));
    expect(rotated.status).toBe(200);
    const { previousFingerprint } = (await rotated.json()) as { previousFingerprint: string };
    for (const r of [b, c]) {
      const response = await deployment(r, "lead")["verify-enforcement"].$post(at(name));
      const report = EnforcementReportSchema.parse(await response.json());
      const previous = report.checks.find((check) => check.check === "previous-key");
      expect(previous).toMatchObject({ keyType: "Primary", outcome: "pass", actualStatus: 401 });
      expect(previous?.description).toContain(previousFingerprint);
    }
  });

  it("a posture policy changed through one is the policy the others read", async () => {
    const policy = b.as("admin").api.policies.posture;
    const current = await policy.$get();
    const etag = current.headers.get("etag") ?? "";
    // The console sends back the ETag the read answered (gzipped, as a browser asks): it must stay strong.
    expect(etag).toMatch(/^"/);
    const changed = await a
      .as("admin")
      .api.policies.posture.$put({ json: { maxKeyAgeDays: 42 } }, { headers: { "If-Match": etag } });
    expect(changed.status).toBe(200);
    for (const r of [b, c]) {
      const read = PosturePolicyViewSchema.parse(
        await (await r.as("lead").api.policies.posture.$get()).json(),
      );
      expect(read.maxKeyAgeDays).toBe(42);
    }
  });

  it("a connection changed through one changes the workspaces the others list, despite their cached listing", async () => {
    for (const r of [b, c]) {
      const listed = WorkspaceListSchema.parse(await (await r.as("lead").api.workspaces.$get()).json());
      expect(listed.items.length).toBeGreaterThan(1);
    }
    const [conn] = ConnectionListSchema.parse(
      await (await a.as("admin").api.connections.$get()).json(),
    ).items;
    if (!conn) throw new Error("the stored connection is missing");
    const { name, subscriptionId, resourceGroup, baseUrl } = conn;
    const put = (workspace: string | null, etag: string) =>
      a.as("admin").api.connections[":id"].$put({
        param: { id: conn.id },
        header: { "if-match": etag },
        json: { name, subscriptionId, resourceGroup, baseUrl, workspace },
      });
    const narrowed = await put(WS, conn.etag);
    expect(narrowed.status).toBe(200);
    for (const r of [b, c]) {
      const listed = WorkspaceListSchema.parse(await (await r.as("lead").api.workspaces.$get()).json());
      expect(listed.items.map((w) => w.name)).toEqual([WS]);
    }
    const restored = await put(null, ((await narrowed.json()) as { etag: string }).etag);
    expect(restored.status).toBe(200);
  });

  it("writers holding one ETag on different replicas: exactly one wins, and the audit chain verifies", async () => {
    const name = "fraud-scoring";
    for (let round = 0; round < REPLICA_ROUNDS; round++) {
      const detail = await detailOf(a, name);
      const tokenAuth = !detail.auth.tokenAuth;
      const answers = await Promise.all(
        [a, b, c].map((r) => changeAuth(r, name, detail.etag, { keyAuth: !tokenAuth, tokenAuth })),
      );
      expect(answers.map((r) => r.status).sort()).toEqual([200, 412, 412]);

      const etag = await keysEtag(b, "churn-predictor");
      const rotations = await Promise.all([a, b, c].map((r) => regenerate(r, "churn-predictor", etag)));
      expect(rotations.map((r) => r.status).sort()).toEqual([200, 412, 412]);
    }
    const verified = await c.as("lead").api.audit.verify.$post({ json: {} });
    const report = AuditVerifyReportSchema.parse(await verified.json());
    expect(report).toMatchObject({ intact: true, break: null });
    expect(report.checked).toBe(report.head.seq);
  });
});
