import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { vaultNameFor } from "../../../emulator/src/keyvault/vault-seed.ts";
import { directEndpoints } from "../../src/features/endpoints/endpoint-test-support.ts";
import {
  emulatorVaultName,
  seedDefaultDestinations,
} from "../../src/features/rotations/default-destinations.ts";
import { listDestinations } from "../../src/features/rotations/destination-store.ts";
import { insertConnection } from "../../src/provider/connection-store.ts";
import { startLoopbackServer } from "../support/loopback-servers.ts";
import { secretsHarnessFixture, wsRef } from "../support/secrets-harness.ts";
import { TEST_MASTER_KEY } from "../support/test-app.ts";
import { readerSecretClient } from "../support/vault-server.ts";

describe("the embedded default's destinations", () => {
  const h = secretsHarnessFixture("pglite");

  it("names each workspace's vault as the emulator does", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 90 }), (workspace) => {
        expect(emulatorVaultName(workspace)).toBe(vaultNameFor(workspace));
      }),
    );
    expect(emulatorVaultName("ws-prod-eastus")).toBe("kv-prod-eastus");
  });

  it("gives every key-auth service and Key-mode endpoint a destination in its workspace's vault, its key published, once", async () => {
    const origin = h.fx.emulator.httpsUrl();
    expect(origin, "the emulator serves HTTPS once dev-idp's certificate exists").toBeDefined();
    // A connection someone added (another subscription) is never asked: its keys stay out of the emulator.
    const other = await startLoopbackServer((_req, res) => {
      res.writeHead(503, { "content-type": "application/json" });
      res.end('{"error":{"code":"ServiceUnavailable","message":"not asked"}}');
    });
    await insertConnection(h.db.database.db, TEST_MASTER_KEY, {
      name: "Added",
      subscriptionId: "00000000-0000-0000-0000-000000000001",
      resourceGroup: "added",
      workspace: null,
      baseUrl: other.url,
      credential: {
        kind: "client_secret",
        value: { authority: other.url, clientId: "bff", clientSecret: "bff-secret", scope: "x/.default" },
      },
    });
    const report = await seedDefaultDestinations(h.deps, origin ?? "").finally(() => other.close());
    expect(other.received).toEqual([]);

    const direct = await directEndpoints(h);
    const expected: string[] = [];
    for (const ws of [
      "ws-prod-eastus",
      "ws-ml-westeurope",
      "ws-research-japaneast",
      "ws-edge-southcentralus",
    ]) {
      const services = await h.workspace.listServices(wsRef(ws));
      for (const s of services) if (s.authEnabled && s.scoringUri) expected.push(`${ws}/${s.name}`);
      const { endpoints } = await direct.client.listEndpoints(wsRef(ws));
      for (const e of endpoints)
        if (e.properties.authMode === "Key" && e.properties.scoringUri) expected.push(`${ws}/${e.name}`);
    }
    expect(report).toEqual({ seeded: true, destinations: expected.length, published: expected.length });
    expect(expected).toContain("ws-prod-eastus/churn-predictor");

    const [churn] = await listDestinations(h.db.database.db, "ws-prod-eastus", "churn-predictor");
    expect(churn).toMatchObject({ vaultUrl: `${origin}/kv-prod-eastus`, secretName: "churn-predictor" });
    const keys = await h.keysOf("ws-prod-eastus", "churn-predictor");
    const secret = await readerSecretClient(h.fx.idp, `${origin}/kv-prod-eastus`).getSecret(
      "churn-predictor",
    );
    expect(secret.value).toBe(keys.primaryKey);
    expect(secret.properties.version).toBe(churn?.lastVersion);
    expect(await listDestinations(h.db.database.db, "ws-prod-eastus", "fraud-scoring")).toEqual([]);

    // A Key-mode endpoint's destination is stored under its key owner's name, its own key published.
    expect(expected).toContain("ws-ml-westeurope/route-k8s");
    const [route] = await listDestinations(h.db.database.db, "ws-ml-westeurope", "endpoint/route-k8s");
    expect(route).toMatchObject({ vaultUrl: `${origin}/kv-ml-westeurope`, secretName: "route-k8s" });
    const routeSecret = await readerSecretClient(h.fx.idp, `${origin}/kv-ml-westeurope`).getSecret(
      "route-k8s",
    );
    expect(routeSecret.value).toBe((await direct.keys("ws-ml-westeurope", "route-k8s")).primaryKey);
    expect(await listDestinations(h.db.database.db, "ws-ml-westeurope", "endpoint/claims-online")).toEqual(
      [],
    );

    // A restart (or another replica) does not seed again, and a removed destination stays removed.
    expect(await seedDefaultDestinations(h.deps, origin ?? "")).toEqual({
      seeded: false,
      destinations: 0,
      published: 0,
    });
  });
});
