import { DeploymentPageSchema, INVENTORY_TOTAL_BOUND, type InventoryQuery } from "@keyturn/api-contract";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DB_KINDS, openTestDatabase, type TestDatabase } from "../../../test/support/databases.ts";
import { createTestApp } from "../../../test/support/test-app.ts";
import { createTestIssuer } from "../../../test/support/test-issuer.ts";
import { type ApiClient, typedClient } from "../../../test/support/typed-client.ts";
import { connections } from "../../db/schema.ts";
import { decodeCursor, encodeCursor, queryFingerprint } from "./inventory-cursor.ts";

/** Services named svc-*: exactly the bound. With the read-only rows below the inventory is past it. */
const SERVICES = INVENTORY_TOTAL_BOUND;
const OTHER_KINDS = 3;

describe.each(DB_KINDS)("GET /api/deployments past the count's bound on %s", (kind) => {
  let db: TestDatabase;
  let support: ApiClient;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
    const [connection] = await db.database.db
      .insert(connections)
      .values({
        name: "bound",
        subscriptionId: "sub",
        resourceGroup: "rg",
        baseUrl: "http://127.0.0.1:1",
        credentialKind: "managed_identity",
      })
      .returning({ id: connections.id });
    const id = connection?.id ?? "";
    await db.database.db.execute(sql`
      insert into inventory (connection_id, workspace, deployment, compute_type, state, key_auth, token_auth, workspace_region)
      select ${id}::uuid, 'ws-' || (i % 20), 'svc-' || lpad(i::text, 5, '0'),
        case when i % 2 = 0 then 'ACI' else 'AKS' end, 'Healthy', i % 3 = 0, false, 'eastus'
      from generate_series(1, ${SERVICES}) as i`);
    await db.database.db.execute(sql`
      insert into inventory (connection_id, workspace, deployment, compute_type, managed, state, key_auth, token_auth, workspace_region)
      select ${id}::uuid, 'ws-edge', 'edge-' || i, 'IOT', false, '', false, false, 'westeurope'
      from generate_series(1, ${OTHER_KINDS}) as i`);
    await db.database.db.execute(sql`analyze inventory`);
    const issuer = await createTestIssuer();
    const { app } = createTestApp({ db, issuer });
    const token = await issuer.tokenFor("support");
    support = typedClient(app, { token: () => token });
  });
  afterAll(() => db?.close());

  const page = async (query: InventoryQuery) => {
    const response = await support.api.deployments.$get({ query });
    expect(response.status).toBe(200);
    return DeploymentPageSchema.parse(await response.json());
  };

  it("answers the bound as a lower bound when more rows match, on every page", async () => {
    const first = await page({ limit: 25 });
    expect(first).toMatchObject({ total: INVENTORY_TOTAL_BOUND, totalIsLowerBound: true });
    expect(first.kinds).toEqual(["ACI", "AKS", "IOT"]);
    const second = await page({ limit: 25, cursor: first.nextCursor ?? "" });
    expect(second).toMatchObject({ total: INVENTORY_TOTAL_BOUND, totalIsLowerBound: true });
    expect(second.items[0]?.name).not.toBe(first.items[0]?.name);
  });

  it("counts exactly up to the bound itself, a name search included", async () => {
    const atBound = await page({ limit: 25, q: "SVC-" });
    expect(atBound).toMatchObject({ total: SERVICES, totalIsLowerBound: false });
    const search = await page({ limit: 25, q: "svc-0004" });
    expect(search).toMatchObject({ total: 10, totalIsLowerBound: false });
    const few = await page({ limit: 2, computeType: "IOT" });
    expect(few).toMatchObject({ total: OTHER_KINDS, totalIsLowerBound: false });
    const next = await page({ limit: 2, computeType: "IOT", cursor: few.nextCursor ?? "" });
    expect(next).toMatchObject({ total: OTHER_KINDS, totalIsLowerBound: false });
    expect(next.items.map((i) => i.name)).toEqual(["edge-3"]);
  });
});

describe("inventory cursor", () => {
  it("reads a cursor written before totals had a bound as an exact total", () => {
    const fingerprint = queryFingerprint({ sort: "name" });
    const position = { value: "a", workspace: "w", deployment: "a", generation: "v1" as const, total: 7 };
    const old = Buffer.from(
      JSON.stringify({ k: fingerprint, v: "a", w: "w", d: "a", g: "v1", t: 7 }),
      "utf8",
    ).toString("base64url");
    expect(decodeCursor(old, fingerprint)).toEqual({ ...position, totalIsLowerBound: false });
    const bounded = encodeCursor(fingerprint, { ...position, total: 10_000, totalIsLowerBound: true });
    expect(decodeCursor(bounded, fingerprint)).toMatchObject({ total: 10_000, totalIsLowerBound: true });
  });
});
