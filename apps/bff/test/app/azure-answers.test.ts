import { DeploymentPageSchema, InventorySyncReportSchema, WorkspaceListSchema } from "@keyturn/api-contract";
import { SERVICE_PRINCIPALS } from "@keyturn/dev-idp";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inventory } from "../../src/db/schema.ts";
import { MANAGEMENT_SCOPE } from "../../src/provider/connection-credential.ts";
import { insertConnection } from "../../src/provider/connection-store.ts";
import { type DeploymentsSetup, setupDeployments } from "../support/deployments-setup.ts";
import { expectProblem } from "../support/problem.ts";
import {
  ECHOED_SECRET,
  SCRIPTED_REGION,
  SCRIPTED_WORKSPACE,
  startScriptedAzure,
} from "../support/scripted-azure.ts";
import { TEST_MASTER_KEY } from "../support/test-app.ts";

// Beside the emulator's connection, a second one to a loopback server replaying Azure's recorded
// answers: what the emulator cannot be made to answer (items that do not parse, a region no list
// holds, a provider echoing a key into an error).
let s: DeploymentsSetup;
let scripted: Awaited<ReturnType<typeof startScriptedAzure>>;
let replica: ReturnType<DeploymentsSetup["build"]>;
beforeAll(async () => {
  [s, scripted] = await Promise.all([setupDeployments("pglite"), startScriptedAzure()]);
  await insertConnection(s.t.database.db, TEST_MASTER_KEY, {
    name: "Scripted Azure",
    subscriptionId: "5f0e6a2c-9d1b-4c8e-a7f3-2b4d6e8f0a1c",
    resourceGroup: "rg-ml-prod",
    workspace: null,
    baseUrl: scripted.url,
    credential: {
      kind: "client_secret",
      value: {
        authority: s.fx.idp.issuer,
        clientId: SERVICE_PRINCIPALS.bff.clientId,
        clientSecret: SERVICE_PRINCIPALS.bff.defaultSecret,
        scope: MANAGEMENT_SCOPE,
      },
    },
  });
  replica = s.build();
});
afterAll(async () => {
  await scripted?.close();
  await s?.close();
});

const operator = () => s.client("operator", replica.app);

describe("the BFF on Azure's answers", () => {
  it("syncs what it can read, keeps other kinds read-only, and counts, names and logs the rest", async () => {
    const synced = await s.client("admin", replica.app).api.inventory.sync.$post();
    expect(synced.status).toBe(200);
    const report = InventorySyncReportSchema.parse(await synced.json());
    expect(report.failed).toEqual([]);
    expect(report.unreadable.count).toBe(3);
    expect(report.unreadable.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ workspace: null, name: "ws-broken" }),
        expect.objectContaining({ workspace: SCRIPTED_WORKSPACE, name: "half-aci" }),
        expect.objectContaining({ workspace: SCRIPTED_WORKSPACE, name: null }),
      ]),
    );
    for (const item of report.unreadable.items) expect(item.reason.length).toBeGreaterThan(0);
    const logged = replica.log.lines.filter((l) => String(l.msg).includes("could not be read"));
    expect(logged.map((l) => l.name ?? null).sort()).toEqual(["half-aci", "ws-broken", null].sort());

    const listed = await operator().api.deployments.$get({ query: { workspace: SCRIPTED_WORKSPACE } });
    const page = DeploymentPageSchema.parse(await listed.json());
    expect(page.unreadable?.count).toBe(3);
    const byName = new Map(page.items.map((i) => [i.name, i]));
    expect([...byName.keys()].sort()).toEqual(["diabetes-aci", "legacy-svc", "nightly-batch"]);
    expect(byName.get("diabetes-aci")).toMatchObject({
      managed: true,
      workspaceRegion: SCRIPTED_REGION,
      clusterRegion: "northeurope",
    });
    expect(byName.get("nightly-batch")).toMatchObject({
      computeType: "AMLCOMPUTE",
      managed: false,
      notManagedReason: "kind_not_managed",
      state: "Transitioning",
      auth: null,
    });
    expect(byName.get("legacy-svc")).toMatchObject({ computeType: "UNKNOWN", state: "Unhealthy" });
    // The emulator's workspaces are still all there.
    expect(page.kinds).toEqual(expect.arrayContaining(["ACI", "AKS", "AMLCOMPUTE", "UNKNOWN"]));
  });

  it("lists a workspace in a region the console's list lacks, with its region as written", async () => {
    const response = await operator().api.workspaces.$get();
    const body = WorkspaceListSchema.parse(await response.json());
    expect(body.items.find((w) => w.name === SCRIPTED_WORKSPACE)).toMatchObject({
      region: SCRIPTED_REGION,
      connection: { name: "Scripted Azure" },
    });
  });

  it("reads a deployment's detail on the host the discovery document names", async () => {
    const before = scripted.received.length;
    const response = await operator().api.deployments[":workspace"][":name"].$get({
      param: { workspace: SCRIPTED_WORKSPACE, name: "diabetes-aci" },
    });
    expect(response.status).toBe(200);
    const paths = scripted.received.slice(before).map((r) => r.path);
    expect(paths).toContain(
      "/modelmanagement/v1.0/subscriptions/5f0e6a2c-9d1b-4c8e-a7f3-2b4d6e8f0a1c/resourceGroups/rg-ml-prod/providers/Microsoft.MachineLearningServices/workspaces/ws-gov/services/diabetes-aci",
    );
  });

  it("answers a read-only row's detail with 409 and why, and leaves it out of the posture", async () => {
    const response = await operator().api.deployments[":workspace"][":name"].$get({
      param: { workspace: SCRIPTED_WORKSPACE, name: "nightly-batch" },
    });
    const problem = await expectProblem(response, 409, "conflict");
    expect(problem.detail).toBe(
      '"nightly-batch" is a AMLCOMPUTE service: Keyturn manages the auth of ACI and AKS services, so it is listed read-only.',
    );
    const posture = await s
      .client("lead", replica.app)
      .api.posture.$get({ query: { workspace: SCRIPTED_WORKSPACE } });
    expect(posture.status).toBe(200);
    const report = (await posture.json()) as { findings: { deployment: string }[] };
    const named = new Set(report.findings.map((f) => f.deployment));
    expect(named.has("nightly-batch") || named.has("legacy-svc")).toBe(false);
    expect(named.has("diabetes-aci")).toBe(true);
  });

  it("answers 409 and why for a call on a service of another kind, even one the inventory does not hold", async () => {
    // The emulator's AKSENDPOINT service, with no inventory row to refuse it first.
    await s.t.database.db.delete(inventory).where(eq(inventory.deployment, "partner-gateway"));
    const keys = await operator().api.deployments[":workspace"][":name"].keys.$get({
      param: { workspace: "ws-edge-southcentralus", name: "partner-gateway" },
    });
    const problem = await expectProblem(keys, 409, "conflict");
    expect(problem.detail).toBe(
      "It is of kind AKSENDPOINT: Keyturn manages the auth of ACI and AKS services and of managed and Kubernetes online endpoints, so it is listed read-only.",
    );
  });

  it("shows Azure's code and message in the problem's detail, whatever the status", async () => {
    const created = await operator().api.deployments[":workspace"].$post({
      param: { workspace: SCRIPTED_WORKSPACE },
      json: { name: "diabetes-aks", computeType: "ACI", cpu: 0.5, memoryInGB: 1 },
    });
    const conflict = await expectProblem(created, 409, "conflict");
    expect(conflict.detail).toBe(
      "The workspace refused the change because of a conflicting state: Conflict; ServiceExists — Service diabetes-aks already exists. Please use a different name.",
    );

    const failed = await operator().api.deployments[":workspace"][":name"].$get({
      param: { workspace: SCRIPTED_WORKSPACE, name: "leaky" },
    });
    const text = await failed.clone().text();
    const problem = await expectProblem(failed, 502, "provider_unavailable");
    expect(problem.detail).toContain("InternalServerError — Scoring failed for key");
    expect(problem.detail).toContain("ImageBuildFailed");
    // The key the provider echoed is redacted by the client: never in the answer nor in the logs.
    expect(text).not.toContain(ECHOED_SECRET);
    expect(replica.log.raw.join("\n")).not.toContain(ECHOED_SECRET);
  });
});
