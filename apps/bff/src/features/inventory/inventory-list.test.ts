import {
  DeploymentPageSchema,
  type DeploymentSummary,
  INVENTORY_SORT_KEYS,
  type InventoryQuery,
  PostureReportSchema,
} from "@keyturn/api-contract";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DB_KINDS } from "../../../test/support/databases.ts";
import { type DeploymentsSetup, setupDeployments } from "../../../test/support/deployments-setup.ts";
import { expectProblem } from "../../../test/support/problem.ts";
import { type ApiClient, outsideContract, typedClient } from "../../../test/support/typed-client.ts";
import { inventory, keyMetadata } from "../../db/schema.ts";
import { syncInventory } from "./inventory-sync.ts";

type Row = typeof inventory.$inferSelect;
const modeOf = (r: Row) => r.endpointAuthMode ?? (r.tokenAuth ? "token" : r.keyAuth ? "key" : "none");
/** A row's identity in the list: a service and an endpoint may share a name. */
const idOf = (r: { workspace: string; name: string; generation: string }) =>
  `${r.workspace}/${r.name}/${r.generation}`;

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
      names.push(...p.items.map(idOf));
      cursor = p.nextCursor;
      pages += 1;
    } while (cursor && pages < 1000);
    return names;
  };

  const everythingItems = async () => {
    const items: DeploymentSummary[] = [];
    let cursor: string | null = null;
    do {
      const p = await page({ limit: 200, ...(cursor ? { cursor } : {}) });
      items.push(...p.items);
      cursor = p.nextCursor;
    } while (cursor);
    return items;
  };

  it("filters by workspace, compute, auth mode, region, state and name", async () => {
    // 250 generated, 21 seeded v1 services, 6 v2 online endpoints.
    expect(all).toHaveLength(277);
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
    expect(tokenMode.items.every((i) => i.auth?.mode === "token" && !i.auth?.keyAuth)).toBe(true);
    // v2 endpoints: their kinds and Azure's modes filter the same list.
    expect(await names({ computeType: "Kubernetes" })).toEqual(["credit-k8s", "route-k8s"]);
    expect(await names({ authMode: "Key", generation: "v2" })).toEqual([
      "churn-online",
      "route-k8s",
      "vision-online",
    ]);
    expect(await names({ workspace: "ws-prod-eastus", authMode: "AADToken" })).toEqual(["fraud-online"]);
    expect(await names({ workspace: "ws-ml-westeurope", generation: "v2" })).toEqual([
      "claims-online",
      "route-k8s",
    ]);
    const endpoint = (await page({ q: "claims-online" })).items[0];
    expect(endpoint).toMatchObject({
      generation: "v2",
      computeType: "Managed",
      managed: true,
      notManagedReason: null,
      auth: null,
      endpointAuthMode: "AMLToken",
      state: "Succeeded",
    });
    const v1 = await page({ generation: "v1", limit: 1 });
    expect(v1.total).toBe(all.filter((r) => r.generation === "v1").length);
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
    // An endpoint's keys are recorded under its key owner, not its bare name.
    await s.t.database.db.insert(keyMetadata).values({
      workspace: "ws-prod-eastus",
      deployment: "endpoint/churn-online",
      keyType: "Secondary",
      fingerprint: "0123456789ab",
      issuedAt: new Date(now - 2.5 * 86_400_000),
      rotatedAt: new Date(now - 2.5 * 86_400_000),
    });
    expect((await page({ q: "churn-online" })).items[0]?.keyAges).toEqual([
      { keyType: "Secondary", ageDays: 2 },
    ]);
    const [item] = (await page({ workspace: "ws-prod-eastus", q: "churn-predictor" })).items;
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
      fc.record({
        computeType: fc.constantFrom("ACI", "AKS", "AKSENDPOINT", "IOT", "Managed", "Kubernetes"),
      }),
      fc.record({ authMode: fc.constantFrom("none", "key", "token", "Key", "AMLToken", "AADToken") }),
      fc.record({ generation: fc.constantFrom("v1", "v2") }),
      fc.record({ region: fc.constantFrom("eastus", "westeurope", "japaneast", "southcentralus", "westus") }),
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
            .filter((r) => !("generation" in query) || r.generation === query.generation)
            // A read-only row's auth is not read: no auth mode matches it.
            .filter((r) => !("authMode" in query) || (r.managed && modeOf(r) === query.authMode))
            .filter(
              (r) =>
                !("region" in query) ||
                r.workspaceRegion === query.region ||
                r.clusterRegion === query.region,
            )
            .filter(
              (r) => !("q" in query) || r.deployment.toLowerCase().includes(String(query.q).toLowerCase()),
            )
            .map((r) => idOf({ ...r, name: r.deployment }));
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
      "vision-online",
      "vision-tagger",
    ]);
    const byMode = await page({
      workspace: "ws-research-japaneast",
      generation: "v1",
      sort: "authMode",
      order: "desc",
    });
    expect(byMode.items.map((i) => i.auth?.mode)).toEqual(["token", "none", "key", "key"]);
  });

  it("lists other kinds read-only beside the managed ones, and the kinds present for the filter", async () => {
    const first = await page({ workspace: "ws-edge-southcentralus", limit: 200 });
    expect(first.kinds).toEqual(["ACI", "AKS", "AKSENDPOINT", "IOT", "Kubernetes", "Managed", "UNKNOWN"]);
    expect(first.unreadable).toEqual({ count: 0, items: [] });
    const byName = new Map(first.items.map((i) => [i.name, i]));
    expect(byName.get("partner-gateway")).toMatchObject({
      computeType: "AKSENDPOINT",
      managed: false,
      notManagedReason: "kind_not_managed",
      auth: null,
      workspaceRegion: "southcentralus",
    });
    expect(byName.get("dispatch-eta")).toMatchObject({ managed: true, notManagedReason: null });
    expect(byName.get("dispatch-eta")?.auth?.mode).toBe("token");
    expect(byName.get("kiosk-aci")).toMatchObject({
      workspaceRegion: "southcentralus",
      clusterRegion: "westus",
    });
    expect((await page({ computeType: "IOT" })).items.map((i) => i.name)).toEqual(["camera-edge"]);
    // Only the first page carries the inventory's summary: scrolling pages stay one statement.
    const paged = await page({ limit: 2 });
    const next = await page({ limit: 2, cursor: paged.nextCursor ?? "" });
    expect(paged.kinds).toBeDefined();
    expect(next.kinds).toBeUndefined();
    expect(next.unreadable).toBeUndefined();
    // No auth mode matches a read-only row, "none" included.
    const none = await page({ workspace: "ws-edge-southcentralus", authMode: "none" });
    expect(none.items.map((i) => i.name)).toEqual([]);
  });

  it("carries each row's findings as the posture report counts them: count and highest severity", async () => {
    const lead = s.client("lead").api;
    const anomaly = (await page({ workspace: "ws-ml-westeurope", q: "anomaly-watch" })).items[0];
    const posture = async (workspace: string, deployment: string) =>
      PostureReportSchema.parse(
        await (await lead.posture.$get({ query: { workspace, deployment, limit: 5000 } })).json(),
      ).findings;
    // Auth off: High, in the list and in posture alike.
    const anomalyFindings = await posture("ws-ml-westeurope", "anomaly-watch");
    expect(anomalyFindings.map((f) => [f.ruleId, f.severity])).toContainEqual(["auth-disabled", "high"]);
    expect(anomaly?.findings).toEqual({ count: anomalyFindings.length, highest: "high" });
    // A Kubernetes endpoint on AML tokens with its cluster in another region: the v2 rules too.
    const k8s = (await page({ q: "credit-k8s" })).items[0];
    expect((await posture("ws-prod-eastus", "credit-k8s")).map((f) => f.ruleId)).toEqual([
      "token-cross-region",
    ]);
    expect(k8s?.findings).toEqual({ count: 1, highest: "medium" });
    // Every row: the same count as posture's findings of it; read-only rows have none.
    const report = PostureReportSchema.parse(
      await (await lead.posture.export.$get({ query: { format: "json" } })).json(),
    );
    const counted = new Map<string, number>();
    for (const f of report.findings) {
      const id = `${f.workspace}/${f.deployment}`;
      counted.set(id, (counted.get(id) ?? 0) + 1);
    }
    const rows = await everythingItems();
    expect(rows).toHaveLength(all.length);
    for (const row of rows) {
      expect(row.findings.count, idOf(row)).toBe(counted.get(`${row.workspace}/${row.name}`) ?? 0);
      if (!row.managed) expect(row.findings).toEqual({ count: 0, highest: null });
    }
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
      outsideContract<InventoryQuery>({ region: "evil.example/" }),
      outsideContract<InventoryQuery>({ computeType: "" }),
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
