import { type ConnectionBody, ConnectionSchema, InventorySyncReportSchema } from "@keyturn/api-contract";
import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import {
  adminConnections,
  emulatorConnectionBody,
  unreachableIssuerBody,
} from "../../../test/support/connection-requests.ts";
import { type DeploymentsSetup, setupDeployments } from "../../../test/support/deployments-setup.ts";
import { expectProblem } from "../../../test/support/problem.ts";
import { connections, inventory } from "../../db/schema.ts";
import { inventorySyncSettled } from "../inventory/public.ts";

// The inventory follows a connection change at once (a sync in the background), and an Admin can
// sync now. Real dev-idp and emulator; the seeded connection is removed first, so the inventory holds
// only what the connections made here bring.

// Polls the database: the sync runs after the answer. Generous, as the machine is shared.
const WAIT = { timeout: 30_000, interval: 50 };

let s: DeploymentsSetup;
let main: ReturnType<DeploymentsSetup["build"]>;
beforeAll(async () => {
  s = await setupDeployments("pglite");
  main = s.build();
  await s.t.database.db.delete(connections); // no sync, no trigger: an empty inventory
});
afterEach(() => inventorySyncSettled(s.t.database));
afterAll(async () => {
  if (s) await inventorySyncSettled(s.t.database);
  await s?.close();
});

const asAdmin = () => adminConnections(s, main.app);
const connectionBody = (overrides: Partial<ConnectionBody> = {}) => emulatorConnectionBody(s, overrides);
const rowsOf = (connectionId: string) =>
  s.t.database.db.select().from(inventory).where(eq(inventory.connectionId, connectionId));
const workspacesOf = async (connectionId: string) =>
  [...new Set((await rowsOf(connectionId)).map((r) => r.workspace))].sort();

describe("the inventory follows connection changes", () => {
  let created: ReturnType<typeof ConnectionSchema.parse>;

  it("a new connection's deployments appear without anyone syncing", async () => {
    expect(await s.t.database.db.select().from(inventory)).toEqual([]);
    const response = await asAdmin().$post({ json: connectionBody() });
    expect(response.status).toBe(201);
    created = ConnectionSchema.parse(await response.json());
    // 21 v1 services and 6 v2 online endpoints.
    await vi.waitFor(async () => expect(await rowsOf(created.id)).toHaveLength(27), WAIT);
    expect(await workspacesOf(created.id)).toEqual([
      "ws-edge-southcentralus",
      "ws-ml-westeurope",
      "ws-prod-eastus",
      "ws-research-japaneast",
    ]);
  });

  it("narrowing its scope to one workspace takes the others' rows out", async () => {
    const eastus = (await rowsOf(created.id)).filter((r) => r.workspace === "ws-prod-eastus").length;
    const { credential: _kept, ...rest } = connectionBody({ workspace: "ws-prod-eastus" });
    const response = await asAdmin()[":id"].$put({
      param: { id: created.id },
      header: { "if-match": created.etag },
      json: rest,
    });
    expect(response.status).toBe(200);
    created = ConnectionSchema.parse(await response.json());
    await vi.waitFor(async () => expect(await workspacesOf(created.id)).toEqual(["ws-prod-eastus"]), WAIT);
    expect(await rowsOf(created.id)).toHaveLength(eastus);
  });

  it("an Admin syncs now and reads the report; other roles get 403", async () => {
    const response = await s.client("admin", main.app).api.inventory.sync.$post();
    expect(response.status).toBe(200);
    const report = InventorySyncReportSchema.parse(await response.json());
    expect(report).toEqual({
      outcome: "ran",
      workspaces: 1,
      deployments: (await rowsOf(created.id)).length,
      otherKinds: 0,
      removed: 0,
      failed: [],
      unreadable: { count: 0, items: [] },
    });
    for (const who of ["operator", "support", "lead", "norole"] as const) {
      await expectProblem(await s.client(who, main.app).api.inventory.sync.$post(), 403, "forbidden");
    }
  });

  it("a sync that fails is logged, never the change's failure", async () => {
    // The only connection then: listing fails for every connection, so the whole sync fails.
    const removed = await asAdmin()[":id"].$delete({
      param: { id: created.id },
      header: { "if-match": created.etag },
    });
    expect(removed.status).toBe(204);
    expect(await rowsOf(created.id)).toEqual([]); // by cascade, at once
    await inventorySyncSettled(s.t.database);
    const response = await asAdmin().$post({ json: unreachableIssuerBody(s) });
    expect(response.status).toBe(201);
    await vi.waitFor(
      () =>
        expect(main.log.lines).toContainEqual(
          expect.objectContaining({ msg: "inventory: sync failed", reason: "connection-create" }),
        ),
      WAIT,
    );
  });
});
