import { CreatedSuccessorSchema, EndpointDetailSchema } from "@keyturn/api-contract";
import { describe, expect, it } from "vitest";
import { recordsWhere } from "../../../test/support/recorded.ts";
import { secretsHarnessFixture } from "../../../test/support/secrets-harness.ts";
import { syncInventory } from "../inventory/public.ts";
import { directEndpoints, endpointEtag, endpointParam, endpointRoutes } from "./endpoint-test-support.ts";

// Azure takes minutes to create or update an endpoint. With no wait at all (KEYTURN_OPERATION_WAIT_MS=0)
// every accepted v2 write is still running when the BFF stops following it: 202 with the endpoint as
// it reads, audited as done by Azure's acceptance, never a 504 for a change in progress.

describe("v2 writes Azure still applies", () => {
  const h = secretsHarnessFixture("pglite", { KEYTURN_OPERATION_WAIT_MS: "0" });

  it("an auth change answers 202 with the endpoint as it reads, and Azure ends it", async () => {
    const [ws, name] = ["ws-research-japaneast", "vision-online"];
    const etag = await endpointEtag(h, ws, name);
    const response = await endpointRoutes(h, "operator").auth.$put({
      ...endpointParam(ws, name),
      header: { "if-match": etag },
      json: { authMode: "aad_token" },
    });
    expect(response.status).toBe(202);
    const detail = EndpointDetailSchema.parse(await response.json());
    expect(detail.name).toBe(name);
    expect(response.headers.get("etag")).toBe(detail.etag);
    const records = await recordsWhere(h.db.database, {
      action: "endpoint.auth.change",
      targetDeployment: name,
    });
    expect(records.map((r) => r.outcome)).toEqual(["intent", "success"]);

    const direct = await directEndpoints(h);
    await expect
      .poll(async () => (await direct.get(ws, name)).properties.authMode, { timeout: 10_000 })
      .toBe("AADToken");
  });

  it("the way to v2 answers 202 while Azure creates the endpoint, and 200 once it exists", async () => {
    await syncInventory(h.deps);
    const route = h.client("operator").api.deployments[":workspace"][":name"].migration.endpoint;
    const param = { param: { workspace: "ws-prod-eastus", name: "demo-open-aci" } };
    const first = await route.$post(param);
    expect(first.status).toBe(202);
    expect(CreatedSuccessorSchema.parse(await first.json())).toMatchObject({
      created: true,
      successor: { name: "demo-open-aci", kind: "Managed" },
    });
    const again = await route.$post(param);
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ created: false, successor: { name: "demo-open-aci" } });
  });
});
