import {
  CreatedSuccessorSchema,
  FleetMigrationPlansSchema,
  MigrationPlanViewSchema,
} from "@keyturn/api-contract";
import { ENDPOINT_YAML_SCHEMAS } from "@keyturn/auth-domain";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DB_KINDS } from "../../../test/support/databases.ts";
import { type DeploymentsSetup, setupDeployments } from "../../../test/support/deployments-setup.ts";
import { expectProblem } from "../../../test/support/problem.ts";
import type { PersonaName } from "../../../test/support/test-issuer.ts";
import { auditEvents } from "../../db/schema.ts";
import { getEndpointProvider } from "../../provider/endpoint-clients.ts";
import { getWorkspaceProvider } from "../../provider/workspace-provider.ts";
import { syncInventory } from "../inventory/public.ts";

const WS = "ws-prod-eastus";

describe.each(DB_KINDS)("the way to v2 on %s", (kind) => {
  let s: DeploymentsSetup;
  beforeAll(async () => {
    s = await setupDeployments(kind);
    await syncInventory(s.deps);
  });
  afterAll(() => s?.close());

  const service = (who: PersonaName) => s.client(who).api.deployments[":workspace"][":name"];
  const param = (workspace: string, name: string) => ({ param: { workspace, name } });
  const plan = async (name: string, workspace = WS) => {
    const response = await service("lead").migration.$get(param(workspace, name));
    expect(response.status).toBe(200);
    return MigrationPlanViewSchema.parse(await response.json());
  };
  const create = (name: string, who: PersonaName = "operator", workspace = WS) =>
    service(who).migration.endpoint.$post(param(workspace, name));

  it("an ACI service without auth becomes a managed endpoint with key auth, and callers must send a key", async () => {
    const view = await plan("demo-open-aci");
    expect(view).toMatchObject({
      source: "live",
      successor: null,
      successorChecked: true,
      plan: { endpoint: { kind: "Managed", name: "demo-open-aci" }, auth: { from: "none", to: "Key" } },
      callers: {
        scoringUrl: { to: "https://demo-open-aci.eastus.inference.ml.azure.com/score" },
        credential: { from: "none", to: "Key" },
        deploymentHeader: "azureml-model-deployment",
      },
    });
    expect(view.callers.scoringUrl.from).toMatch(/\/score$/);
    expect(view.plan.notes[0]).toMatchObject({ id: "callers-must-send-key", impact: "breaking" });
  });

  it("never answers a key: a key-auth service's plan holds neither of its keys", async () => {
    const p = await getWorkspaceProvider(s.deps, WS);
    const keys = await p.client.listKeys(p.ref, "pricing-aci");
    const response = await service("lead").migration.$get(param(WS, "pricing-aci"));
    const text = await response.text();
    expect(text).not.toContain(keys.primaryKey);
    expect(text).not.toContain(keys.secondaryKey);
    expect(JSON.parse(text)).toMatchObject({
      plan: { auth: { from: "key", to: "Key", keysCarriedOver: false } },
    });
  });

  it("the YAML is an attachment the CLI reads: Azure's $schema, the cluster and the link back", async () => {
    const response = await service("lead")["migration.yaml"].$get(param(WS, "credit-risk-dr"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/yaml/);
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="credit-risk-dr.endpoint.yaml"',
    );
    const yaml = await response.text();
    expect(yaml.split("\n")[0]).toBe(`$schema: ${ENDPOINT_YAML_SCHEMAS.Kubernetes}`);
    expect(yaml).toContain("auth_mode: aml_token\n");
    expect(yaml).toContain('compute: "azureml:aks-dr-westus2"\n');
    expect(yaml).toContain(`"keyturn-migrated-from": "${WS}/credit-risk-dr"`);
  });

  it("an operator creates the endpoint once (audited); the plan then names it; again is 200", async () => {
    expect((await create("demo-open-aci", "lead")).status).toBe(403);
    const first = await create("demo-open-aci");
    expect(first.status).toBe(201);
    expect(CreatedSuccessorSchema.parse(await first.json())).toMatchObject({
      created: true,
      successor: { workspace: WS, name: "demo-open-aci", kind: "Managed", authMode: "Key" },
    });
    const view = await plan("demo-open-aci");
    expect(view.successor).toMatchObject({ name: "demo-open-aci", provisioningState: "Succeeded" });
    expect(view.callers.scoringUrl.to).toBe(view.successor?.scoringUri);
    const again = await create("demo-open-aci");
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ created: false, successor: { name: "demo-open-aci" } });

    const records = await s.t.database.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.action, "endpoint.create"), eq(auditEvents.targetDeployment, "demo-open-aci")),
      );
    expect(records.map((r) => r.outcome).sort()).toEqual(["denied", "intent", "success"]);
    const intent = records.find((r) => r.outcome === "intent");
    expect(intent?.details).toMatchObject({
      generation: "v2",
      migratedFrom: "demo-open-aci",
      authMode: "Key",
    });
  });

  it("an AKS token-auth service becomes a Kubernetes endpoint with AML tokens on its own cluster", async () => {
    const response = await create("credit-risk-dr");
    expect(response.status).toBe(201);
    const body = CreatedSuccessorSchema.parse(await response.json());
    expect(body.successor).toMatchObject({ kind: "Kubernetes", authMode: "AMLToken" });
    const p = await getEndpointProvider(s.deps, WS);
    const endpoint = await p.endpoints.getEndpoint(p.ref, "credit-risk-dr");
    expect(endpoint.properties.compute).toMatch(/\/computes\/aks-dr-westus2$/);
  });

  it("409 when an endpoint of the plan's name exists and was not created from it", async () => {
    const ws = "ws-ml-westeurope";
    const p = await getEndpointProvider(s.deps, ws);
    await p.endpoints.putEndpoint(p.ref, "sentiment-aci", {
      location: p.region,
      properties: { authMode: "Key" },
    });
    await expectProblem(await create("sentiment-aci", "operator", ws), 409, "conflict");
    expect((await plan("sentiment-aci", ws)).successor).toBeNull();
  });

  it("404 for a kind Keyturn does not manage and for an unknown service", async () => {
    const ws = "ws-edge-southcentralus";
    const gateway = await service("lead").migration.$get(param(ws, "partner-gateway"));
    await expectProblem(gateway, 404, "not_found");
    await expectProblem(await create("no-such-service"), 404, "not_found");
  });

  it("a lead exports the fleet's plans, as JSON and as CSV; every signed-in user may read them", async () => {
    const response = await s.client("lead").api.migration.plans.$get();
    expect(response.status).toBe(200);
    const fleet = FleetMigrationPlansSchema.parse(await response.json());
    const names = fleet.plans.map((p) => `${p.workspace}/${p.service}`);
    expect(names).toContain(`${WS}/demo-open-aci`);
    expect(names).not.toContain("ws-edge-southcentralus/partner-gateway");
    expect(names).toEqual([...names].sort());
    expect(fleet.plans.every((p) => p.serviceKind === "ACI" || p.serviceKind === "AKS")).toBe(true);
    expect((await s.client("norole").api.migration.plans.$get()).status).toBe(200);

    const csv = await s.client("lead").api.migration["plans.csv"].$get();
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-disposition")).toMatch(/^attachment; filename="keyturn-migration-plans-/);
    const lines = (await csv.text()).trimEnd().split("\r\n");
    expect(lines[0]).toBe(
      "workspace,service,service_kind,auth_from,successor_kind,endpoint_name,auth_to,scoring_url_from," +
        "scoring_url_to,definition_complete,breaking_notes,action_notes,info_notes",
    );
    expect(lines).toHaveLength(fleet.plans.length + 1);
    const demo = lines.find((l) => l.startsWith(`${WS},demo-open-aci,`));
    expect(demo).toContain(",ACI,none,Managed,demo-open-aci,Key,");
    expect(demo).toContain("callers-must-send-key scoring-url-changes");
  });
});
