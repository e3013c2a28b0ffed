import { CreatedSuccessorSchema, DeploymentPageSchema, PostureReportSchema } from "@keyturn/api-contract";
import { beforeAll, describe, expect, it } from "vitest";
import { DB_KINDS } from "../../../test/support/databases.ts";
import { expectProblem } from "../../../test/support/problem.ts";
import { secretsHarnessFixture, wsRef } from "../../../test/support/secrets-harness.ts";
import { syncInventory } from "../inventory/public.ts";
import { directEndpoints, endpointEtag, endpointParam, endpointRoutes } from "./endpoint-test-support.ts";

// An endpoint's inventory row follows the console's own changes at once: no sync runs in these tests
// after the first one, so what the list shows is what the route wrote.
describe.each(DB_KINDS)("an endpoint's inventory row on %s", (kind) => {
  const h = secretsHarnessFixture(kind);
  beforeAll(async () => {
    await syncInventory(h.deps);
  });

  /** The inventory's rows of that name in that workspace, as the list answers them now. */
  const rows = async (workspace: string, name: string) => {
    const response = await h.client("support").api.deployments.$get({ query: { workspace, q: name } });
    expect(response.status).toBe(200);
    return DeploymentPageSchema.parse(await response.json()).items.filter((i) => i.name === name);
  };
  const endpointRow = async (workspace: string, name: string) =>
    (await rows(workspace, name)).find((i) => i.generation === "v2");
  const findings = async (workspace: string, deployment: string) => {
    const query = { workspace, deployment, generation: "v2" as const };
    const response = await h.client("lead").api.posture.$get({ query });
    return PostureReportSchema.parse(await response.json()).findings.map((f) => f.ruleId);
  };
  const changeMode = async (workspace: string, name: string, authMode: string) => {
    const etag = await endpointEtag(h, workspace, name);
    const response = await endpointRoutes(h, "operator").auth.$put({
      ...endpointParam(workspace, name),
      header: { "if-match": etag },
      json: { authMode },
    });
    expect(response.status).toBe(200);
  };

  it("shows an auth change in the list at once, with the findings that follow from it", async () => {
    const ws = "ws-research-japaneast";
    expect(await endpointRow(ws, "vision-online")).toMatchObject({ endpointAuthMode: "Key" });
    expect(await findings(ws, "vision-online")).toContain("key-auth-where-entra-possible");

    await changeMode(ws, "vision-online", "AADToken");
    expect(await endpointRow(ws, "vision-online")).toMatchObject({
      endpointAuthMode: "AADToken",
      findings: { count: 0, highest: null },
    });
    expect(await findings(ws, "vision-online")).toEqual([]);
  });

  it("a Kubernetes endpoint's old keys stop counting once it takes AML tokens", async () => {
    const ws = "ws-ml-westeurope";
    const before = await endpointRow(ws, "route-k8s");
    expect(before).toMatchObject({ endpointAuthMode: "Key" });
    expect(before?.findings.count).toBeGreaterThan(0);
    expect(await findings(ws, "route-k8s")).toContain("key-too-old");

    await changeMode(ws, "route-k8s", "AMLToken");
    expect(await endpointRow(ws, "route-k8s")).toMatchObject({
      endpointAuthMode: "AMLToken",
      findings: { count: 0, highest: null },
    });
  });

  it("lists a v1 service's successor beside it once created; a read of it once gone removes its row only", async () => {
    const ws = "ws-prod-eastus";
    const name = "demo-open-aci";
    expect((await rows(ws, name)).map((r) => r.generation)).toEqual(["v1"]);
    const created = await h
      .client("operator")
      .api.deployments[":workspace"][":name"].migration.endpoint.$post(endpointParam(ws, name));
    expect(created.status).toBe(201);
    expect(CreatedSuccessorSchema.parse(await created.json()).successor).toMatchObject({ authMode: "Key" });
    expect(await endpointRow(ws, name)).toMatchObject({
      computeType: "Managed",
      managed: true,
      endpointAuthMode: "Key",
      state: "Succeeded",
    });
    expect(await findings(ws, name)).toContain("key-auth-where-entra-possible");

    // Deleted outside the console: the next read of it says 404 and takes its row out, not the service's.
    const direct = await directEndpoints(h);
    await direct.client.deleteEndpoint(wsRef(ws), name);
    await expectProblem(await endpointRoutes(h, "lead").$get(endpointParam(ws, name)), 404, "not_found");
    expect((await rows(ws, name)).map((r) => r.generation)).toEqual(["v1"]);
    expect(await findings(ws, name)).toEqual([]);
  });
});

// With no wait at all every accepted write is still running when the BFF answers (202): the row is
// the endpoint as it reads then, and the next answer about it brings the row up to date. Azure takes
// 3 s here to apply a change, so the BFF's read after the 202 sees it still Creating on any machine.
describe("an endpoint's row while Azure still applies a write", () => {
  const h = secretsHarnessFixture("pglite", { KEYTURN_OPERATION_WAIT_MS: "0" }, { transitionDelayMs: 3_000 });
  beforeAll(async () => {
    await syncInventory(h.deps);
  });
  const state = async (workspace: string, name: string) => {
    const query = { workspace, q: name, generation: "v2" as const };
    const response = await h.client("support").api.deployments.$get({ query });
    const items = DeploymentPageSchema.parse(await response.json()).items;
    return items.find((i) => i.name === name)?.state;
  };

  it("lists a successor Azure still creates as it reads, then as it is once the way to v2 is asked again", async () => {
    const [ws, name] = ["ws-prod-eastus", "demo-open-aci"];
    const route = h.client("operator").api.deployments[":workspace"][":name"].migration.endpoint;
    expect((await route.$post(endpointParam(ws, name))).status).toBe(202);
    const creating = await state(ws, name);
    expect(creating).toBeDefined();
    expect(creating).not.toBe("Succeeded");

    const direct = await directEndpoints(h);
    await expect
      .poll(async () => (await direct.get(ws, name)).properties.provisioningState, { timeout: 10_000 })
      .toBe("Succeeded");
    expect((await route.$post(endpointParam(ws, name))).status).toBe(200);
    expect(await state(ws, name)).toBe("Succeeded");
  });
});
