import type { DeploymentDetail } from "@keyturn/api-contract";
import { DeploymentDetailSchema } from "@keyturn/api-contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { keyDestinations } from "../../src/db/schema.ts";
import { withDestinations } from "../../src/features/deployments/deployment-view.ts";
import { openPglite, type TestDatabase } from "../support/databases.ts";

const detail = (workspace: string, name: string) => ({ workspace, name }) as unknown as DeploymentDetail;

describe("a deployment's detail names its destinations", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openPglite();
  });
  afterAll(() => db?.close());

  it("as objects with vaultUrl and secretName, its own only; none is an empty list", async () => {
    const row = (deployment: string, secretName: string) => ({
      workspace: "ws-prod-eastus",
      deployment,
      vaultUrl: "https://localhost:8091/kv-prod-eastus",
      secretName,
      lastVersion: "0123456789abcdef0123456789abcdef",
      createdBy: "admin@keyturn.test",
    });
    await db.database.db
      .insert(keyDestinations)
      .values([
        row("churn-predictor", "churn-predictor"),
        row("churn-predictor", "b"),
        row("pricing-aci", "p"),
      ]);
    const withThem = await withDestinations(db.database.db, detail("ws-prod-eastus", "churn-predictor"));
    expect(withThem.destinations).toEqual([
      { vaultUrl: "https://localhost:8091/kv-prod-eastus", secretName: "b" },
      { vaultUrl: "https://localhost:8091/kv-prod-eastus", secretName: "churn-predictor" },
    ]);
    expect(DeploymentDetailSchema.shape.destinations.safeParse(withThem.destinations).success).toBe(true);
    const none = await withDestinations(db.database.db, detail("ws-prod-eastus", "fraud-scoring"));
    expect(none.destinations).toEqual([]);
  });
});
