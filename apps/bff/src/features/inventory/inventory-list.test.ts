import { DeploymentPageSchema, INVENTORY_SORT_KEYS, type InventoryQuery } from "@keyturn/api-contract";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DB_KINDS } from "../../../test/support/databases.ts";
import { type DeploymentsSetup, setupDeployments } from "../../../test/support/deployments-setup.ts";
import { expectProblem } from "../../../test/support/problem.ts";
import { type ApiClient, outsideContract, typedClient } from "../../../test/support/typed-client.ts";
import { inventory, keyMetadata } from "../../db/schema.ts";
import { syncInventory } from "./inventory-sync.ts";

type Row = typeof inventory.$inferSelect;
const modeOf = (r: Row) => (r.tokenAuth ? "token" : r.keyAuth ? "key" : "none");

describe.each(DB_KINDS)("GET /api/deployments on %s", (kind) => {
  let s: DeploymentsSetup;
  let all: Row[];
  let support: ApiClient;
  beforeAll(async () => {
    // Paging with limit 1 makes hundreds of requests: lift the per-user rate limit for this file.
    s = await setupDeployments(kind, {
      KEYTURN_RATE_LIMIT_PER_MINUTE: "1000000",
      KEYTURN_RATE_LIMIT_BURST: "100000",
    });
    await s.fx.admin.seed(250, "ws-prod-eastus");
    await syncInventory(s.deps);
    all = await s.t.database.db.select().from(inventory);
    // One token for the whole file, as the console holds one between sign-ins.
    const token = await s.issuer.tokenFor("support");
    support = typedClient(s.app, { token: () => token });
  });
  afterAll(() => s?.close());

  const list = (query: InventoryQuery) => support.api.deployments.$get({ query });
  const page = async (query: InventoryQuery) => {
    const response = await list(query);
    expect(response.status).toBe(200);
    return DeploymentPageSchema.parse(await response.json());
  };
  const everything = async (query: InventoryQuery) => {
    const names: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const p = await page({ ...query, ...(cursor ? { cursor } : {}) });
      names.push(...p.items.map((i) => `${i.workspace}/${i.name}`));
      cursor = p.nextCursor;
      pages += 1;
    } while (cursor && pages < 1000);
    return names;
  };

  it("filters by workspace, compute, auth mode, region, state and name", async () => {
    expect(all).toHaveLength(266);
    const names = async (q: InventoryQuery) =>
      (await page({ ...q, limit: 200 })).items.map((i) => i.name).sort();
    expect(await names({ workspace: "ws-ml-westeurope", authMode: "none" })).toEqual([
      "anomaly-watch",
      "forecast-aci",
    ]);
    expect(await names({ workspace: "ws-research-japaneast", computeType: "ACI" })).toEqual([
      "notebook-aci",
      "sandbox-aci",
    ]);
    expect(await names({ region: "australiaeast" })).toEqual(["speech-intent"]);
    expect(await names({ region: "northeurope" })).toEqual(["forecast-aci"]);
    expect(await names({ workspace: "ws-prod-eastus", state: "Unhealthy", q: "RANKER" })).toEqual([
      "legacy-ranker",
    ]);
    expect(await names({ q: "%" })).toEqual([]);
    const tokenMode = await page({ authMode: "token", limit: 200 });
    expect(tokenMode.total).toBe(all.filter((r) => modeOf(r) === "token").length);
    expect(tokenMode.items.every((i) => i.auth.mode === "token" && !i.auth.keyAuth)).toBe(true);
  });

  it("carries auth mode, regions and key ages when known", async () => {
    const now = Date.now();
    await s.t.database.db.insert(keyMetadata).values([
      {
        workspace: "ws-prod-eastus",
        deployment: "churn-predictor",
        keyType: "Primary",
        fingerprint: "0123456789ab",
        issuedAt: new Date(now - 10.5 * 86_400_000),
      },
      {
        workspace: "ws-prod-eastus",
        deployment: "churn-predictor",
        keyType: "Secondary",
        fingerprint: "ba9876543210",
        issuedAt: new Date(now - 3 * 86_400_000),
      },
    ]);
    const [item] = (await page({ workspace: "ws-prod-eastus", q: "churn" })).items;
    expect(item).toMatchObject({
      name: "churn-predictor",
      computeType: "AKS",
      auth: { keyAuth: true, tokenAuth: false, mode: "key" },
      workspaceRegion: "eastus",
      clusterRegion: "eastus",
    });
    expect(item?.keyAges.sort((a, b) => a.keyType.localeCompare(b.keyType))).toEqual([
      { keyType: "Primary", ageDays: 10 },
      { keyType: "Secondary", ageDays: 3 },
    ]);
    expect((await page({ q: "fraud-scoring" })).items[0]?.keyAges).toEqual([]);
  });

  it("pages through with any limit: every matching row exactly once, in one stable order", async () => {
    const filters = fc.oneof(
      fc.constant({}),
      fc.record({ workspace: fc.constantFrom("ws-prod-eastus", "ws-ml-westeurope") }),
      fc.record({ computeType: fc.constantFrom("ACI", "AKS") }),
      fc.record({ authMode: fc.constantFrom("none", "key", "token") }),
      fc.record({ region: fc.constantFrom("eastus", "westeurope", "japaneast") }),
      fc.record({ q: fc.constantFrom("gen-000", "aci", "-") }),
    );
    const reference = new Map<string, string[]>();
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 200 }),
        fc.constantFrom(...INVENTORY_SORT_KEYS),
        fc.constantFrom("asc", "desc"),
        filters,
        async (limit, sort, order, filter) => {
          const query: InventoryQuery = { sort, order, ...filter };
          const key = JSON.stringify(query);
          if (!reference.has(key)) reference.set(key, await everything({ ...query, limit: 200 }));
          const got = await everything({ ...query, limit });
          expect(got).toEqual(reference.get(key));
          expect(new Set(got).size).toBe(got.length);
          const expected = all
            .filter((r) => !("workspace" in query) || r.workspace === query.workspace)
            .filter((r) => !("computeType" in query) || r.computeType === query.computeType)
            .filter((r) => !("authMode" in query) || modeOf(r) === query.authMode)
            .filter(
              (r) =>
                !("region" in query) ||
                r.workspaceRegion === query.region ||
                r.clusterRegion === query.region,
            )
            .filter(
              (r) => !("q" in query) || r.deployment.toLowerCase().includes(String(query.q).toLowerCase()),
            )
            .map((r) => `${r.workspace}/${r.deployment}`);
          expect([...got].sort()).toEqual(expected.sort());
        },
      ),
      { numRuns: 12 },
    );
  });

  it("orders by the sort key, name ascending by default", async () => {
    const first = await page({ workspace: "ws-research-japaneast" });
    expect(first.items.map((i) => i.name)).toEqual([
      "notebook-aci",
      "sandbox-aci",
      "speech-intent",
      "vision-tagger",
    ]);
    const byMode = await page({ workspace: "ws-research-japaneast", sort: "authMode", order: "desc" });
    expect(byMode.items.map((i) => i.auth.mode)).toEqual(["token", "none", "key", "key"]);
  });

  it("refuses a foreign or forged cursor, a bad limit and unknown parameters (400)", async () => {
    const first = await page({ limit: 2 });
    expect(first.nextCursor).toBeTruthy();
    const other = await list({ limit: 2, sort: "state", cursor: first.nextCursor ?? "" });
    await expectProblem(other, 400, "validation_failed");
    for (const query of [
      { cursor: "bm9wZQ" },
      { limit: 201 },
      { limit: 0 },
      outsideContract<InventoryQuery>({ owner: "me" }),
      outsideContract<InventoryQuery>({ region: "mars" }),
    ]) {
      await expectProblem(await list(query), 400, "validation_failed");
    }
  });

  it("401 without a token; a signed-in user with no role may read (decision record 006)", async () => {
    await expectProblem(await s.client(null).api.deployments.$get({ query: {} }), 401, "unauthenticated");
    const norole = await s.client("norole").api.deployments.$get({ query: {} });
    expect(norole.status).toBe(200);
  });
});
