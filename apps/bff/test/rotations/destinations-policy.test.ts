import { KeyDestinationListSchema, RotationPolicySchema } from "@keyturn/api-contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connections, inventory } from "../../src/db/schema.ts";
import { openPglite, type TestDatabase } from "../support/databases.ts";
import { createTestApp } from "../support/test-app.ts";
import { createTestIssuer, type TestIssuer } from "../support/test-issuer.ts";
import { clientAs } from "../support/typed-client.ts";

const WS = "ws-a";

/** A v1 service and a v2 endpoint tagged `team: prod`, and a service and an endpoint without tags. */
const SEEDED = [
  { deployment: "churn", generation: "v1", tags: { team: "prod" } },
  { deployment: "churn-online", generation: "v2", tags: { team: "prod" } },
  { deployment: "plain", generation: "v1", tags: {} },
  // Same name as the tagged service: an endpoint never borrows a service's tags.
  { deployment: "churn", generation: "v2", tags: {} },
] as const;

/**
 * The destinations answer the wizard reads names the policy a rotation started now would follow (the
 * most specific over the inventory's tags), so the console can offer its grace and say it confirms.
 */
describe("the destinations name the governing rotation policy (PGlite, in process)", () => {
  let t: TestDatabase;
  let issuer: TestIssuer;
  let app: ReturnType<typeof createTestApp>["app"];

  beforeAll(async () => {
    [t, issuer] = await Promise.all([openPglite(), createTestIssuer()]);
    app = createTestApp({ db: t, issuer }).app;
    const [connection] = await t.database.db
      .insert(connections)
      .values({
        name: "destinations-policy",
        subscriptionId: "sub",
        resourceGroup: "rg",
        baseUrl: "http://127.0.0.1:1",
        credentialKind: "managed_identity",
      })
      .returning({ id: connections.id });
    await t.database.db.insert(inventory).values(
      SEEDED.map((s) => ({
        ...s,
        tags: { ...s.tags },
        connectionId: connection?.id as string,
        workspace: WS,
        computeType: s.generation === "v1" ? "ACI" : "Managed",
        state: "Healthy",
        keyAuth: true,
        tokenAuth: false,
        workspaceRegion: "eastus",
        scoringUri: `http://127.0.0.1:1/${s.deployment}/score`,
      })),
    );
  });
  afterAll(() => t?.close());

  const api = () => clientAs(app, issuer, "operator").api;
  async function policyOf(kind: "service" | "endpoint", name: string) {
    const routes = kind === "service" ? api().deployments : api().endpoints;
    const response = await routes[":workspace"][":name"].destinations.$get({
      param: { workspace: WS, name },
    });
    expect(response.status).toBe(200);
    return KeyDestinationListSchema.parse(await response.json()).policy;
  }

  it("is null when no policy covers it", async () => {
    expect(await policyOf("service", "churn")).toBeNull();
    expect(await policyOf("endpoint", "churn-online")).toBeNull();
  });

  it("names a service's and an endpoint's tag policy over a wider one; others keep theirs", async () => {
    const create = async (
      json: Parameters<ReturnType<typeof api>["rotation-policies"]["$post"]>[0]["json"],
    ) => {
      const response = await clientAs(app, issuer, "admin").api["rotation-policies"].$post({ json });
      expect(response.status).toBe(201);
      return RotationPolicySchema.parse(await response.json()).id;
    };
    const rules = { maxKeyAgeDays: 90 } as const;
    const workspace = await create({
      ...rules,
      name: "A",
      scope: { kind: "workspace", workspace: WS },
      graceSeconds: 1800,
    });
    const tag = await create({
      ...rules,
      name: "Prod team",
      scope: { kind: "tag", name: "team", value: "prod" },
      graceSeconds: 3600,
      requireConfirmation: true,
    });
    const prod = { id: tag, name: "Prod team", graceSeconds: 3600, requireConfirmation: true };
    expect(await policyOf("service", "churn")).toEqual(prod);
    expect(await policyOf("endpoint", "churn-online")).toEqual(prod);
    const wide = { id: workspace, name: "A", graceSeconds: 1800, requireConfirmation: false };
    expect(await policyOf("service", "plain")).toEqual(wide);
    expect(await policyOf("endpoint", "churn")).toEqual(wide);
  });
});
