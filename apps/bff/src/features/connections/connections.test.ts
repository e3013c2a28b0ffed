import {
  type ConnectionBody,
  ConnectionListSchema,
  ConnectionSchema,
  ConnectionTestSchema,
  type ConnectionUpdate,
} from "@keyturn/api-contract";
import { SERVICE_PRINCIPALS } from "@keyturn/dev-idp";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditDown, auditUp } from "../../../test/support/audit-faults.ts";
import { auditRows } from "../../../test/support/audit-fixtures.ts";
import {
  adminConnections,
  emulatorConnectionBody,
  unreachableIssuerBody,
} from "../../../test/support/connection-requests.ts";
import { type DeploymentsSetup, setupDeployments } from "../../../test/support/deployments-setup.ts";
import { expectProblem } from "../../../test/support/problem.ts";
import { outsideContract } from "../../../test/support/typed-client.ts";
import { connections, inventory } from "../../db/schema.ts";
import { inventorySyncSettled, syncInventory } from "../inventory/public.ts";

const { bff, reader } = SERVICE_PRINCIPALS;
const SECRETS = [bff.defaultSecret, reader.defaultSecret];

let s: DeploymentsSetup;
beforeAll(async () => {
  s = await setupDeployments("pglite");
  await syncInventory(s.deps);
});
afterAll(async () => {
  if (s) await inventorySyncSettled(s.t.database); // each change started a sync in the background
  await s?.close();
});

const asAdmin = () => adminConnections(s);
const one = (id: string, ifMatch?: string) => ({ param: { id }, header: { "if-match": ifMatch } });
const newConnection = (overrides: Partial<ConnectionBody> = {}) =>
  emulatorConnectionBody(s, { name: "East US only", workspace: "ws-prod-eastus", ...overrides });
const expectNoSecret = (text: string) => {
  for (const secret of SECRETS) expect(text).not.toContain(secret);
};

describe("workspace connections", () => {
  it("lists each connection with its principal and fingerprints, never a secret, and its inventory counts", async () => {
    const response = await asAdmin().$get();
    expect(response.status).toBe(200);
    const text = await response.text();
    expectNoSecret(text);
    const [emulator] = ConnectionListSchema.parse(JSON.parse(text)).items;
    expect(emulator).toMatchObject({
      name: "Emulator (keyturn-dev)",
      workspace: null,
      workspaceCount: 4,
      // 21 v1 services and 6 v2 online endpoints.
      deploymentCount: 27,
      credential: { kind: "client_secret", clientId: bff.clientId, reader: { clientId: reader.clientId } },
    });
    expect(emulator?.credential).toHaveProperty("secretFingerprint", expect.stringMatching(/^[0-9a-f]{12}$/));
  });

  it("is Admin's alone: others get 403, and a refused change is recorded as denied", async () => {
    for (const who of ["operator", "support", "lead", "norole"] as const) {
      await expectProblem(await s.client(who).api.connections.$get(), 403, "forbidden");
    }
    const denied = await s.client("lead").api.connections.$post({ json: newConnection() });
    await expectProblem(denied, 403, "forbidden");
    expect((await auditRows(s.t.database)).at(-1)).toMatchObject({
      action: "connection.change",
      outcome: "denied",
    });
  });

  it("adds a connection with its secret encrypted at rest and audited without it; the test lists its workspace", async () => {
    const response = await asAdmin().$post({ json: newConnection() });
    expect(response.status).toBe(201);
    const created = ConnectionSchema.parse(await response.json());
    expect(response.headers.get("etag")).toBe(created.etag);
    const [row] = await s.t.database.db.select().from(connections).where(eq(connections.id, created.id));
    expect(row?.encryptedCredential).toBeTruthy();
    expectNoSecret(JSON.stringify(row));
    const audit = await auditRows(s.t.database);
    expect(audit.at(-1)).toMatchObject({
      action: "connection.change",
      outcome: "success",
      details: { change: "create", connectionId: created.id, credentialKind: "client_secret" },
    });
    expectNoSecret(JSON.stringify(audit));

    const tested = await asAdmin()[":id"].test.$post(one(created.id));
    expect(tested.status).toBe(200);
    expect(ConnectionTestSchema.parse(await tested.json()).workspaces).toEqual([
      { name: "ws-prod-eastus", region: "eastus" },
    ]);
  });

  it("refuses bad input with specific problems and keeps nothing", async () => {
    const before = await s.t.database.db.select().from(connections);
    await expectProblem(await asAdmin().$post({ json: newConnection() }), 409, "conflict");
    const noSecret = newConnection({
      name: "No secret",
      credential: { kind: "client_secret", authority: s.fx.idp.issuer, clientId: bff.clientId },
    });
    const missing = await expectProblem(await asAdmin().$post({ json: noSecret }), 400, "validation_failed");
    expect(missing.errors?.map((e) => e.path)).toEqual(["credential.clientSecret"]);
    // The rules themselves are auth-domain's (connections.test.ts): here, that the routes apply them.
    const userinfo = await expectProblem(
      await asAdmin().$post({ json: newConnection({ baseUrl: "https://user:pw@localhost" }) }),
      400,
      "validation_failed",
    );
    expect(userinfo.errors).toContainEqual({
      path: expect.stringMatching(/baseUrl$/),
      message: "no credentials in the address",
    });
    for (const bad of [
      { name: "Bad subscription", subscriptionId: "not-a-guid" },
      outsideContract<Partial<ConnectionBody>>({ name: "Extra", extra: true }),
    ]) {
      await expectProblem(await asAdmin().$post({ json: newConnection(bad) }), 400, "validation_failed");
    }
    expect(await s.t.database.db.select().from(connections)).toEqual(before);
  });

  it("changes with If-Match only, keeping the stored secret when it is left out", async () => {
    const [current] = ConnectionListSchema.parse(await (await asAdmin().$get()).json()).items.filter(
      (c) => c.name === "East US only",
    );
    if (!current) throw new Error("the connection added above is missing");
    const { credential: _typed, ...rest } = newConnection();
    const renamed = {
      ...rest,
      name: "East US",
      credential: { kind: "client_secret", authority: s.fx.idp.issuer, clientId: bff.clientId },
    } satisfies ConnectionUpdate;
    const put = (body: ConnectionUpdate, ifMatch?: string) =>
      asAdmin()[":id"].$put({ ...one(current.id, ifMatch), json: body });
    await expectProblem(await put(renamed), 428, "precondition_required");
    await expectProblem(await put(renamed, '"connection-x-1"'), 412, "precondition_failed");
    const response = await put(renamed, current.etag);
    expect(response.status).toBe(200);
    const changed = ConnectionSchema.parse(await response.json());
    expect(changed).toMatchObject({
      name: "East US",
      version: current.version + 1,
      credential: current.credential,
    });
    expect(changed.etag).not.toBe(current.etag);
    expect((await asAdmin()[":id"].test.$post(one(current.id))).status).toBe(200); // the kept secret still signs in
    expect((await auditRows(s.t.database)).at(-1)).toMatchObject({
      details: { change: "update", changed: "name", credentialChanged: false },
    });

    const otherPrincipal = { ...renamed, credential: { ...renamed.credential, clientId: reader.clientId } };
    await expectProblem(await put(otherPrincipal, changed.etag), 400, "validation_failed");
    await expectProblem(await put(renamed, current.etag), 412, "precondition_failed");
  });

  it("a wrong secret fails the test as a refused credential (dev-idp: 401 invalid_client), not an outage", async () => {
    const [current] = ConnectionListSchema.parse(await (await asAdmin().$get()).json()).items.filter(
      (c) => c.name === "East US",
    );
    if (!current) throw new Error("the connection changed above is missing");
    const { credential: _typed, ...rest } = newConnection({ name: "East US" });
    const wrong = {
      ...rest,
      credential: {
        kind: "client_secret",
        authority: s.fx.idp.issuer,
        clientId: bff.clientId,
        clientSecret: "not-the-secret",
      },
    } satisfies ConnectionUpdate;
    expect((await asAdmin()[":id"].$put({ ...one(current.id, current.etag), json: wrong })).status).toBe(200);
    const tested = await asAdmin()[":id"].test.$post(one(current.id));
    const refused = await expectProblem(tested, 502, "credential_refused");
    expect(refused.detail).toMatch(/refused the connection's client id or secret/);
    expect(tested.headers.get("retry-after")).toBeNull();
    expect(JSON.stringify(refused)).not.toContain("not-the-secret");
  });

  it("an identity provider that cannot be reached stays provider_unavailable", async () => {
    const unreachable = unreachableIssuerBody(s, { workspace: "ws-prod-eastus" });
    const created = await asAdmin().$post({ json: unreachable });
    expect(created.status).toBe(201);
    const { id, etag } = ConnectionSchema.parse(await created.json());
    await expectProblem(await asAdmin()[":id"].test.$post(one(id)), 502, "provider_unavailable");
    expect((await asAdmin()[":id"].$delete(one(id, etag))).status).toBe(204);
  });

  it("fails closed: with the audit down nothing is added (503)", async () => {
    const before = await s.t.database.db.select().from(connections);
    await auditDown(s.t.database);
    try {
      const body = newConnection({ name: "Never kept" });
      await expectProblem(await asAdmin().$post({ json: body }), 503, "audit_unavailable");
    } finally {
      await auditUp(s.t.database);
    }
    expect(await s.t.database.db.select().from(connections)).toEqual(before);
  });

  it("removes a connection with If-Match, and its inventory rows with it", async () => {
    const [main] = ConnectionListSchema.parse(await (await asAdmin().$get()).json()).items.filter(
      (c) => c.name === "Emulator (keyturn-dev)",
    );
    if (!main) throw new Error("the seeded connection is missing");
    const remove = (ifMatch?: string) => asAdmin()[":id"].$delete(one(main.id, ifMatch));
    await expectProblem(await remove(), 428, "precondition_required");
    expect((await remove(main.etag)).status).toBe(204);
    const left = await s.t.database.db.select().from(inventory).where(eq(inventory.connectionId, main.id));
    expect(left).toEqual([]);
    await expectProblem(await remove(main.etag), 404, "not_found");
    expect((await auditRows(s.t.database)).at(-1)).toMatchObject({
      action: "connection.change",
      details: { change: "delete", connectionId: main.id },
    });
  });
});
