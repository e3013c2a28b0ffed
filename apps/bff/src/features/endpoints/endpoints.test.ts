import { EndpointDetailSchema, EndpointListSchema } from "@keyturn/api-contract";
import { describe, expect, it } from "vitest";
import { DB_KINDS } from "../../../test/support/databases.ts";
import { expectProblem } from "../../../test/support/problem.ts";
import { recordsWhere } from "../../../test/support/recorded.ts";
import { secretsHarnessFixture } from "../../../test/support/secrets-harness.ts";
import { outsideContract } from "../../../test/support/typed-client.ts";
import { directEndpoints, endpointEtag, endpointParam, endpointRoutes } from "./endpoint-test-support.ts";
import { SCORE_ACTION } from "./endpoint-view.ts";

const WS = "ws-prod-eastus";

describe.each(DB_KINDS)("online endpoints on %s", (kind) => {
  const h = secretsHarnessFixture(kind);
  const ep = (who: Parameters<typeof endpointRoutes>[1]) => endpointRoutes(h, who);
  const putAuth = (
    who: Parameters<typeof endpointRoutes>[1],
    ws: string,
    name: string,
    authMode: string,
    ifMatch?: string,
  ) => ep(who).auth.$put({ ...endpointParam(ws, name), header: { "if-match": ifMatch }, json: { authMode } });

  it("lists every seeded endpoint of every workspace with its kind, mode, region and state", async () => {
    const response = await h.client("lead").api.endpoints.$get({ query: {} });
    expect(response.status).toBe(200);
    const body = EndpointListSchema.parse(await response.json());
    expect(body.unreadable).toEqual([]);
    const seen = body.items.map((e) => [e.workspace, e.name, e.kind, e.authMode, e.region]);
    expect(seen).toEqual(
      expect.arrayContaining([
        [WS, "churn-online", "Managed", "Key", "eastus"],
        [WS, "fraud-online", "Managed", "AADToken", "eastus"],
        [WS, "credit-k8s", "Kubernetes", "AMLToken", "eastus"],
        ["ws-ml-westeurope", "claims-online", "Managed", "AMLToken", "westeurope"],
        ["ws-ml-westeurope", "route-k8s", "Kubernetes", "Key", "westeurope"],
        ["ws-research-japaneast", "vision-online", "Managed", "Key", "japaneast"],
      ]),
    );
    expect(body.items.every((e) => e.provisioningState === "Succeeded" && e.scoringUri !== null)).toBe(true);
    expect((await h.client("norole").api.endpoints.$get({ query: {} })).status).toBe(200);
    await expectProblem(await h.client(null).api.endpoints.$get({ query: {} }), 401, "unauthenticated");
  });

  it("narrows the list by workspace, kind and mode, and refuses a kind it does not know", async () => {
    const names = async (query: {
      workspace?: string;
      kind?: "Managed" | "Kubernetes";
      authMode?: "Key" | "AMLToken" | "AADToken";
    }) => {
      const response = await h.client("lead").api.endpoints.$get({ query });
      expect(response.status).toBe(200);
      return EndpointListSchema.parse(await response.json())
        .items.map((e) => e.name)
        .sort();
    };
    expect(await names({ kind: "Kubernetes" })).toEqual(["credit-k8s", "route-k8s"]);
    expect(await names({ authMode: "AADToken" })).toEqual(["fraud-online"]);
    expect(await names({ workspace: "ws-ml-westeurope" })).toEqual(["claims-online", "route-k8s"]);
    expect(await names({ workspace: "ws-ml-westeurope", kind: "Managed", authMode: "AMLToken" })).toEqual([
      "claims-online",
    ]);
    await expectProblem(
      await h.client("lead").api.endpoints.$get({ query: { kind: outsideContract("ACI") } }),
      400,
      "validation_failed",
    );
  });

  it("reads one endpoint: traffic, deployments, the modes its kind accepts, who may call, and its ETag", async () => {
    const churn = await ep("lead").$get(endpointParam(WS, "churn-online"));
    expect(churn.status).toBe(200);
    const detail = EndpointDetailSchema.parse(await churn.json());
    expect(churn.headers.get("etag")).toBe(detail.etag);
    expect(detail).toMatchObject({
      kind: "Managed",
      authMode: "Key",
      usesKeys: true,
      entra: null,
      compute: null,
      traffic: [
        { deployment: "blue", percent: 90 },
        { deployment: "green", percent: 10 },
      ],
      deployments: ["blue", "green"],
      authModes: ["Key", "AMLToken", "AADToken"],
    });
    const k8s = EndpointDetailSchema.parse(
      await (await ep("lead").$get(endpointParam(WS, "credit-k8s"))).json(),
    );
    expect(k8s).toMatchObject({ kind: "Kubernetes", authModes: ["Key", "AMLToken"], usesKeys: false });
    expect(k8s.compute).not.toBeNull();
    const fraud = EndpointDetailSchema.parse(
      await (await ep("lead").$get(endpointParam(WS, "fraud-online"))).json(),
    );
    expect(fraud.entra).toEqual({
      permission: SCORE_ACTION,
      audience: "https://ml.azure.com",
      scope: "https://ml.azure.com/.default",
    });
    await expectProblem(await ep("lead").$get(endpointParam(WS, "no-such-endpoint")), 404, "not_found");
    await expectProblem(await ep("lead").$get(endpointParam("ws-nowhere", "churn-online")), 404, "not_found");
  });

  it("switches a managed endpoint to Entra-token auth by a PUT of the endpoint, If-Match first, audited", async () => {
    const direct = await directEndpoints(h);
    const etag = await endpointEtag(h, "ws-research-japaneast", "vision-online");
    const response = await putAuth("operator", "ws-research-japaneast", "vision-online", "aad_token", etag);
    expect(response.status).toBe(200);
    const detail = EndpointDetailSchema.parse(await response.json());
    expect(detail).toMatchObject({ authMode: "AADToken", provisioningState: "Succeeded", usesKeys: false });
    expect(detail.etag).not.toBe(etag);
    expect(response.headers.get("etag")).toBe(detail.etag);
    const read = await direct.get("ws-research-japaneast", "vision-online");
    expect(read.properties.authMode).toBe("AADToken");
    expect(read.properties.traffic).toEqual({ main: 100 });

    const records = await recordsWhere(h.db.database, {
      action: "endpoint.auth.change",
      targetDeployment: "vision-online",
    });
    expect(records.map((r) => r.outcome)).toEqual(["intent", "success"]);
    expect(records[1]?.details).toMatchObject({
      generation: "v2",
      authModeBefore: "Key",
      authModeAfter: "AADToken",
    });
    const underV1Name = { action: "deployment.auth-settings.change", targetDeployment: "vision-online" };
    expect(await recordsWhere(h.db.database, underV1Name)).toEqual([]);

    // The old ETag no longer names the endpoint: 412 with the current one, and nothing changes.
    const stale = await putAuth("operator", "ws-research-japaneast", "vision-online", "Key", etag);
    const problem = await expectProblem(stale, 412, "precondition_failed");
    expect(problem).toBeDefined();
    expect(stale.headers.get("etag")).toBe(detail.etag);
    expect((await direct.get("ws-research-japaneast", "vision-online")).properties.authMode).toBe("AADToken");
  });

  it("refuses what the domain refuses before any call, a change without If-Match, and callers without the role", async () => {
    const direct = await directEndpoints(h);
    const etag = await endpointEtag(h, "ws-ml-westeurope", "route-k8s");
    await expectProblem(
      await putAuth("operator", "ws-ml-westeurope", "route-k8s", "AADToken", etag),
      400,
      "entra_token_auth_requires_managed",
    );
    await expectProblem(await putAuth("operator", WS, "churn-online", "none"), 400, "endpoint_auth_required");
    await expectProblem(
      await putAuth("operator", WS, "churn-online", "Basic"),
      400,
      "invalid_endpoint_auth_mode",
    );
    await expectProblem(
      await putAuth("operator", WS, "churn-online", "AMLToken"),
      428,
      "precondition_required",
    );
    await expectProblem(await putAuth("support", WS, "churn-online", "AMLToken", etag), 403, "forbidden");
    const denied = await recordsWhere(h.db.database, {
      action: "endpoint.auth.change",
      outcome: "denied",
    });
    expect(denied.map((r) => r.targetDeployment)).toContain("churn-online");
    await expectProblem(
      await ep("operator").auth.$put({
        ...endpointParam(WS, "churn-online"),
        header: { "if-match": etag },
        json: outsideContract({ authMode: "Key", keys: { primaryKey: "x" } }),
      }),
      400,
      "validation_failed",
    );
    expect((await direct.get("ws-ml-westeurope", "route-k8s")).properties.authMode).toBe("Key");
    expect((await direct.get(WS, "churn-online")).properties.authMode).toBe("Key");
  });
});
