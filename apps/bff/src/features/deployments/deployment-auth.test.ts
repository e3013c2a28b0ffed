import { type AuthChangeBody, DeploymentDetailSchema } from "@keyturn/api-contract";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DB_KINDS } from "../../../test/support/databases.ts";
import { type DeploymentsSetup, setupDeployments } from "../../../test/support/deployments-setup.ts";
import { expectProblem } from "../../../test/support/problem.ts";
import { recordsWhere } from "../../../test/support/recorded.ts";
import { persona } from "../../../test/support/test-issuer.ts";
import { outsideContract } from "../../../test/support/typed-client.ts";
import { inventory } from "../../db/schema.ts";
import { syncInventory } from "../inventory/public.ts";

describe.each(DB_KINDS)("PATCH /api/deployments/{workspace}/{name}/auth on %s", (kind) => {
  let s: DeploymentsSetup;
  beforeAll(async () => {
    s = await setupDeployments(kind);
    await syncInventory(s.deps);
  });
  afterAll(() => s?.close());

  const deployment = (who: "operator" | "lead" = "operator", app = s.app) =>
    s.client(who, app).api.deployments[":workspace"][":name"];
  const read = async (name: string, workspace = "ws-ml-westeurope") => {
    const response = await deployment().$get({ param: { workspace, name } });
    return DeploymentDetailSchema.parse(await response.json());
  };
  const patch = (
    name: string,
    body: AuthChangeBody,
    ifMatch?: string,
    who: "operator" | "lead" = "operator",
    app = s.app,
  ) =>
    deployment(who, app).auth.$patch(
      { param: { workspace: "ws-ml-westeurope", name }, header: { "if-match": ifMatch }, json: body },
      { headers: { "x-request-id": `req-${name}` } },
    );
  const audit = (deployment: string) => recordsWhere(s.t.database, { targetDeployment: deployment });

  it("switches an AKS service from key to token auth, audited, with a new ETag", async () => {
    const before = await read("diabetes-progression");
    expect(before.auth.mode).toBe("key");
    const response = await patch("diabetes-progression", { keyAuth: false, tokenAuth: true }, before.etag);
    expect(response.status).toBe(200);
    const after = DeploymentDetailSchema.parse(await response.json());
    expect(after.auth).toEqual({ keyAuth: false, tokenAuth: true, mode: "token" });
    expect(after.etag).not.toBe(before.etag);
    expect(response.headers.get("etag")).toBe(after.etag);
    expect((await read("diabetes-progression")).etag).toBe(after.etag);
    const [row] = await s.t.database.db
      .select()
      .from(inventory)
      .where(eq(inventory.deployment, "diabetes-progression"));
    expect(row).toMatchObject({ keyAuth: false, tokenAuth: true, etag: after.etag });
    const records = await audit("diabetes-progression");
    expect(records.map((r) => r.outcome)).toEqual(["intent", "success"]);
    for (const record of records) {
      expect(record).toMatchObject({
        action: "deployment.auth-settings.change",
        actorOid: persona("operator").oid,
        actorRoles: ["Operator"],
        targetWorkspace: "ws-ml-westeurope",
        requestId: "req-diabetes-progression",
        details: { keyAuthBefore: true, tokenAuthBefore: false, keyAuthAfter: false, tokenAuthAfter: true },
      });
    }
  });

  it("428 without If-Match (or with *), 412 with a stale ETag; nothing changes", async () => {
    const current = await read("sentiment-aci");
    await expectProblem(await patch("sentiment-aci", { keyAuth: false }), 428, "precondition_required");
    await expectProblem(await patch("sentiment-aci", { keyAuth: false }, "*"), 428, "precondition_required");
    const stale = await patch("sentiment-aci", { keyAuth: false }, '"not-the-etag"');
    await expectProblem(stale, 412, "precondition_failed");
    expect(stale.headers.get("etag")).toBe(current.etag);
    await expectProblem(
      await patch("sentiment-aci", { keyAuth: false }, `W/${current.etag}`),
      412,
      "precondition_failed",
    );
    expect((await read("sentiment-aci")).auth.keyAuth).toBe(true);
    expect(await audit("sentiment-aci")).toHaveLength(0);
  });

  it.each([
    ["claims-triage", { keyAuth: true }, "key_and_token_auth_together"],
    ["anomaly-watch", { tokenAuth: true, keyAuth: true }, "key_and_token_auth_together"],
    ["sentiment-aci", { tokenAuth: true }, "token_auth_requires_aks"],
  ] as const)(
    "400 with the domain's code before the provider is called (%s → %o)",
    async (name, body, code) => {
      const current = await read(name);
      const problem = await expectProblem(await patch(name, body, current.etag), 400, code);
      expect(problem.detail).toBeTruthy();
      expect(await audit(name)).toHaveLength(0);
    },
  );

  it("400 token_auth_requires_key_off: token on while key stays on by omission", async () => {
    await syncInventory(s.deps);
    const current = await read("vision-tagger", "ws-research-japaneast");
    const response = await deployment().auth.$patch({
      param: { workspace: "ws-research-japaneast", name: "vision-tagger" },
      header: { "if-match": current.etag },
      json: { tokenAuth: true },
    });
    await expectProblem(response, 400, "token_auth_requires_key_off");
  });

  it("400 validation_failed for unknown fields or an empty change", async () => {
    const current = await read("anomaly-watch");
    await expectProblem(
      await patch("anomaly-watch", outsideContract({ keyAuth: true, admin: true }), current.etag),
      400,
      "validation_failed",
    );
    await expectProblem(await patch("anomaly-watch", {}, current.etag), 400, "validation_failed");
  });

  it("403 for an Auditor, recorded as one denied event", async () => {
    const current = await read("anomaly-watch");
    await expectProblem(
      await patch("anomaly-watch", { keyAuth: true }, current.etag, "lead"),
      403,
      "forbidden",
    );
    const records = await audit("anomaly-watch");
    expect(records.map((r) => [r.outcome, r.actorOid])).toEqual([["denied", persona("lead").oid]]);
  });

  it("two writers with one ETag: exactly one 200 and one 412", async () => {
    const current = await read("anomaly-watch");
    const other = await s.secondDatabase();
    const [a, b] = await Promise.all([
      patch("anomaly-watch", { keyAuth: true }, current.etag),
      patch("anomaly-watch", { keyAuth: true }, current.etag, "operator", s.build(other).app),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 412]);
    const outcomes = (await audit("anomaly-watch"))
      .filter((r) => r.outcome !== "denied")
      .map((r) => r.outcome);
    expect(outcomes).toEqual(["intent", "success"]);
  });

  it("a stale ETag is 412 even when the change breaks the rules of the version that replaced it", async () => {
    const stale = (await read("claims-triage")).etag; // token on, key off
    expect((await patch("claims-triage", { keyAuth: true, tokenAuth: false }, stale)).status).toBe(200);
    // Valid against what the writer saw, invalid against the current version (key is on now).
    await expectProblem(await patch("claims-triage", { tokenAuth: true }, stale), 412, "precondition_failed");
  });

  it("a provider fault during the change: 503 provider_unavailable, audited as failed", async () => {
    const current = await read("forecast-aci");
    await s.fx.admin.setFaults({ patch: { rate503: 1, retryAfterSeconds: 2 } });
    try {
      const response = await patch("forecast-aci", { keyAuth: true }, current.etag);
      await expectProblem(response, 503, "provider_unavailable");
      expect(response.headers.get("retry-after")).toBe("2");
    } finally {
      await s.fx.admin.clearFaults();
    }
    const records = await audit("forecast-aci");
    expect(records.map((r) => r.outcome)).toEqual(["intent", "failed"]);
    expect(records[1]?.details).toMatchObject({ errorCode: "provider_unavailable" });
    expect((await read("forecast-aci")).auth.keyAuth).toBe(false);
  });
});
