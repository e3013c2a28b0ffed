import {
  type CreateDeploymentBody,
  DeploymentDetailSchema,
  PendingOperationSchema,
} from "@keyturn/api-contract";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DeploymentsSetup, setupDeployments } from "../../../test/support/deployments-setup.ts";
import { expectProblem } from "../../../test/support/problem.ts";
import { recordsWhere } from "../../../test/support/recorded.ts";
import { persona } from "../../../test/support/test-issuer.ts";
import { outsideContract } from "../../../test/support/typed-client.ts";
import { inventory } from "../../db/schema.ts";

let s: DeploymentsSetup;
beforeAll(async () => {
  // New services stay Transitioning for 300 ms: long enough to see a bounded wait give up.
  s = await setupDeployments("pglite", {}, { transitionDelayMs: 300 });
});
afterAll(() => s?.close());

const WS = "ws-prod-eastus";
const deployments = (who: "operator" | "support" = "operator", app = s.app) =>
  s.client(who, app).api.deployments[":workspace"];
const create = (body: CreateDeploymentBody, app = s.app, who: "operator" | "support" = "operator") =>
  deployments(who, app).$post({ param: { workspace: WS }, json: body });
const read = (name: string) => deployments()[":name"].$get({ param: { workspace: WS, name } });
const remove = (name: string, ifMatch?: string) =>
  deployments()[":name"].$delete({ param: { workspace: WS, name }, header: { "if-match": ifMatch } });
const audit = (deployment: string) => recordsWhere(s.t.database, { targetDeployment: deployment });
const row = async (name: string) =>
  (await s.t.database.db.select().from(inventory).where(eq(inventory.deployment, name)))[0];
const aci = { computeType: "ACI", cpu: 0.5, memoryInGB: 1 } as const;
const aks = { computeType: "AKS", cpu: 1, memoryInGB: 2, computeName: "aks-prod-eastus" } as const;

describe("POST /api/deployments/{workspace}", () => {
  it("creates an ACI service with the target's defaults (key off): 201 with detail, ETag, Location", async () => {
    const response = await create({ name: "new-aci", ...aci, location: "westus2" });
    expect(response.status).toBe(201);
    const detail = DeploymentDetailSchema.parse(await response.json());
    expect(detail).toMatchObject({
      name: "new-aci",
      computeType: "ACI",
      state: "Healthy",
      clusterRegion: "westus2",
    });
    expect(detail.auth).toEqual({ keyAuth: false, tokenAuth: false, mode: "none" });
    expect(response.headers.get("etag")).toBe(detail.etag);
    expect(response.headers.get("location")).toBe(`/api/deployments/${WS}/new-aci`);
    expect(await row("new-aci")).toMatchObject({ workspace: WS, keyAuth: false, clusterRegion: "westus2" });
    const records = await audit("new-aci");
    expect(records.map((r) => r.outcome)).toEqual(["intent", "success"]);
    expect(records[1]).toMatchObject({
      action: "deployment.create",
      actorOid: persona("operator").oid,
      details: { computeType: "ACI", keyAuth: false, tokenAuth: false, operationState: "Succeeded" },
    });
  });

  it("creates an AKS service with token auth when key auth is turned off in the same request", async () => {
    const response = await create({ name: "new-aks", ...aks, keyAuth: false, tokenAuth: true });
    expect(response.status).toBe(201);
    const detail = DeploymentDetailSchema.parse(await response.json());
    expect(detail.auth.mode).toBe("token");
    expect(detail.clusterRegion).toBe("eastus");
  });

  it.each([
    [{ name: "bad-aci", ...aci, tokenAuth: true }, "token_auth_requires_aks"],
    [{ name: "bad-aks", ...aks, tokenAuth: true }, "token_auth_requires_key_off"],
    [{ name: "bad-aks", ...aks, tokenAuth: true, keyAuth: true }, "key_and_token_auth_together"],
    [{ name: "bad-aks", ...aks, computeName: undefined }, "validation_failed"],
    [{ name: "Bad_Name", ...aci }, "validation_failed"],
    [outsideContract<CreateDeploymentBody>({ name: "bad-aci", ...aci, extra: 1 }), "validation_failed"],
  ] as const)("400 before any provider call: %o → %s", async (body, code) => {
    await expectProblem(await create(body), 400, code);
    expect(await audit(body.name)).toHaveLength(0);
  });

  it("409 conflict when the name exists; 404 for an unknown workspace; 403 for support", async () => {
    await expectProblem(await create({ name: "churn-predictor", ...aks }), 409, "conflict");
    const unknown = await deployments().$post({
      param: { workspace: "ws-nowhere" },
      json: { name: "x-aci", ...aci },
    });
    await expectProblem(unknown, 404, "not_found");
    await expectProblem(await create({ name: "support-aci", ...aci }, s.app, "support"), 403, "forbidden");
    const denied = await recordsWhere(s.t.database, { actorOid: persona("support").oid });
    // Support's first request: its sign-in, then the refusal (and no intent: nothing was attempted).
    expect(denied.map((r) => [r.action, r.outcome, r.targetWorkspace])).toEqual([
      ["session.seen", "success", null],
      ["deployment.create", "denied", WS],
    ]);
  });

  it("202 with the operation when it takes longer than the bound", async () => {
    const impatient = s.build(s.t, { KEYTURN_OPERATION_WAIT_MS: "0" }).app;
    const response = await create({ name: "slow-aci", ...aci }, impatient);
    expect(response.status).toBe(202);
    const pending = PendingOperationSchema.parse(await response.json());
    expect(pending).toMatchObject({
      workspace: WS,
      name: "slow-aci",
      deployment: `/api/deployments/${WS}/slow-aci`,
    });
    expect(pending.operationId).toBeTruthy();
    expect(response.headers.get("location")).toBe(pending.deployment);
    expect((await audit("slow-aci")).at(-1)?.outcome).toBe("success");
  });
});

describe("DELETE /api/deployments/{workspace}/{name}", () => {
  it("428 without If-Match, 412 when stale, 204 when current: audited, inventory row removed", async () => {
    const detail = DeploymentDetailSchema.parse(await (await read("new-aci")).json());
    await expectProblem(await remove("new-aci"), 428, "precondition_required");
    await expectProblem(await remove("new-aci", '"stale"'), 412, "precondition_failed");
    const response = await remove("new-aci", detail.etag);
    expect(response.status).toBe(204);
    expect(await row("new-aci")).toBeUndefined();
    const deletes = (await audit("new-aci")).filter((r) => r.action === "deployment.delete");
    expect(deletes.map((r) => r.outcome)).toEqual(["intent", "success"]);
    await expectProblem(await read("new-aci"), 404, "not_found");
    await expectProblem(await remove("new-aci", detail.etag), 404, "not_found");
  });
});
