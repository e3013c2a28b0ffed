import {
  type Connection,
  type ConnectionBody,
  ConnectionListSchema,
  ConnectionSchema,
} from "@keyturn/api-contract";
import { SERVICE_PRINCIPALS } from "@keyturn/dev-idp";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminConnections, emulatorConnectionBody } from "../../../test/support/connection-requests.ts";
import { type DeploymentsSetup, setupDeployments } from "../../../test/support/deployments-setup.ts";
import { type LoopbackServer, startCaptureServer } from "../../../test/support/loopback-servers.ts";
import { expectProblem } from "../../../test/support/problem.ts";
import { connections } from "../../db/schema.ts";
import { listWorkspaces } from "../../provider/workspace-provider.ts";
import { inventorySyncSettled } from "../inventory/public.ts";

// A stored secret is bound to the address and token issuer it was entered for: an Admin (who cannot
// reveal secrets) must not move it, or the token it earns, to an address of their choosing.

const { bff, reader } = SERVICE_PRINCIPALS;

let s: DeploymentsSetup;
let capture: LoopbackServer;
beforeAll(async () => {
  [s, capture] = await Promise.all([setupDeployments("pglite"), startCaptureServer()]);
});
afterAll(async () => {
  if (s) await inventorySyncSettled(s.t.database); // each change started a sync in the background
  await capture?.close();
  await s?.close();
});

const asAdmin = () => adminConnections(s);
const current = async (): Promise<Connection> => {
  const list = ConnectionListSchema.parse(await (await asAdmin().$get()).json());
  const [main] = list.items;
  if (!main) throw new Error("the seeded connection is missing");
  return main;
};
/** The seeded connection's fields with `overrides`; its credential as the console sends it, no secret. */
const change = (overrides: Partial<ConnectionBody> = {}) =>
  emulatorConnectionBody(s, {
    name: "Emulator (keyturn-dev)",
    credential: {
      kind: "client_secret",
      authority: s.fx.idp.issuer,
      clientId: bff.clientId,
      reader: { clientId: reader.clientId },
    },
    ...overrides,
  });
const storedRow = async (id: string) =>
  (await s.t.database.db.select().from(connections).where(eq(connections.id, id)))[0];

describe("a stored secret stays where it was entered", () => {
  it("moving the address without the secrets is refused, and the new address never sees a token", async () => {
    const before = await current();
    const one = { param: { id: before.id } };
    const ifMatch = { header: { "if-match": before.etag } };
    const rowBefore = await storedRow(before.id);
    const { credential: _left, ...noCredential } = change({ baseUrl: capture.url });

    for (const body of [noCredential, change({ baseUrl: capture.url })]) {
      const refused = await expectProblem(
        await asAdmin()[":id"].$put({ ...one, ...ifMatch, json: body }),
        400,
        "secret_reentry_required",
      );
      expect(refused.detail).toMatch(/enter the client secret again/);
      expect(refused.errors?.map((e) => e.path)).toEqual([
        "credential.clientSecret",
        "credential.reader.clientSecret",
      ]);
    }
    // The main secret alone is not enough: the Reader's secret would move too.
    const mainOnly = change({
      baseUrl: capture.url,
      credential: {
        kind: "client_secret",
        authority: s.fx.idp.issuer,
        clientId: bff.clientId,
        clientSecret: bff.defaultSecret,
        reader: { clientId: reader.clientId },
      },
    });
    const readerLeft = await expectProblem(
      await asAdmin()[":id"].$put({ ...one, ...ifMatch, json: mainOnly }),
      400,
      "secret_reentry_required",
    );
    expect(readerLeft.errors?.map((e) => e.path)).toEqual(["credential.reader.clientSecret"]);

    expect(await storedRow(before.id)).toEqual(rowBefore);
    expect((await asAdmin()[":id"].test.$post(one)).status).toBe(200);
    await listWorkspaces(s.deps, { fresh: true });
    await inventorySyncSettled(s.t.database);
    expect(capture.received).toEqual([]);
  });

  it("moving the token issuer without the secrets is refused", async () => {
    const before = await current();
    const rowBefore = await storedRow(before.id);
    const moved = change({
      credential: {
        kind: "client_secret",
        authority: "https://login.attacker.example/tenant",
        clientId: bff.clientId,
        reader: { clientId: reader.clientId },
      },
    });
    const response = await asAdmin()[":id"].$put({
      param: { id: before.id },
      header: { "if-match": before.etag },
      json: moved,
    });
    await expectProblem(response, 400, "secret_reentry_required");
    expect(await storedRow(before.id)).toEqual(rowBefore);
  });

  it("with the secrets typed in the same change, the address moves (and the token goes there)", async () => {
    const before = await current();
    const typed = {
      kind: "client_secret" as const,
      authority: s.fx.idp.issuer,
      clientId: bff.clientId,
      clientSecret: bff.defaultSecret,
      reader: { clientId: reader.clientId, clientSecret: reader.defaultSecret },
    };
    const one = { param: { id: before.id } };
    const moved = await asAdmin()[":id"].$put({
      ...one,
      header: { "if-match": before.etag },
      json: change({ baseUrl: capture.url, credential: typed }),
    });
    expect(moved.status).toBe(200);
    const after = ConnectionSchema.parse(await moved.json());
    expect(after.baseUrl).toBe(capture.url);
    expect((await asAdmin()[":id"].test.$post(one)).status).toBe(200);
    expect(capture.received.some((r) => r.authorization?.startsWith("Bearer "))).toBe(true);
  });
});
