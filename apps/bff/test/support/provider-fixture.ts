import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createAzureMlClient } from "@keyturn/azureml-rest";
import { getServicePrincipalToken, SERVICE_PRINCIPALS, startDevIdp } from "@keyturn/dev-idp";
import {
  type EmulatorOptions,
  type RunningEmulator,
  SEED_RESOURCE_GROUP,
  SEED_SUBSCRIPTION_ID,
  startEmulator,
} from "@keyturn/emulator";
import type { Database } from "../../src/db/client.ts";
import { MANAGEMENT_SCOPE } from "../../src/provider/connection-credential.ts";
import { insertConnection } from "../../src/provider/connection-store.ts";
import { TEST_MASTER_KEY } from "./test-app.ts";

/**
 * A real dev-idp (service principals) and a real emulator (the seeded fleet) on loopback, in a temp
 * folder. Start it in beforeAll, pass `env` to createTestApp, add the connection to the test database.
 */
export async function startProviderFixture(emulatorOptions: EmulatorOptions = {}) {
  const dataDir = await mkdtemp(path.join(tmpdir(), "keyturn-bff-provider-"));
  const idp = await startDevIdp({ port: 0, dataDir });
  let emulator: RunningEmulator;
  try {
    emulator = await startEmulator({
      port: 0,
      dataDir,
      idpIssuer: idp.issuer,
      idpCaPem: idp.caCertPem,
      transitionDelayMs: 10,
      regionLatencyScale: 0,
      roleAssignments: { "keyturn-bff": "Contributor", "keyturn-reader": "Reader" },
      ...emulatorOptions,
    });
  } catch (err) {
    await idp.close();
    throw err;
  }
  const admin = emulatorAdmin(emulator.url);
  return {
    idp,
    emulator,
    admin,
    dataDir,
    /** For createTestApp({ env }): trust dev-idp's CA, use the dev-idp credential. */
    env: { KEYTURN_IDP_CA_FILE: idp.caCertPath, KEYTURN_PROVIDER_CREDENTIAL: "dev-idp" } as Record<
      string,
      string
    >,
    /** Stores the emulator's resource group as a connection (keyturn-bff, keyturn-reader for tokens). */
    addConnection: (
      database: Database,
      options: { name?: string; reader?: boolean; workspace?: string } = {},
    ) =>
      insertConnection(database.db, TEST_MASTER_KEY, {
        name: options.name ?? "Emulator (keyturn-dev)",
        subscriptionId: SEED_SUBSCRIPTION_ID,
        resourceGroup: SEED_RESOURCE_GROUP,
        workspace: options.workspace ?? null,
        baseUrl: emulator.url,
        credential: {
          kind: "client_secret",
          value: {
            authority: idp.issuer,
            clientId: SERVICE_PRINCIPALS.bff.clientId,
            clientSecret: SERVICE_PRINCIPALS.bff.defaultSecret,
            scope: MANAGEMENT_SCOPE,
            ...(options.reader === false
              ? {}
              : {
                  reader: {
                    clientId: SERVICE_PRINCIPALS.reader.clientId,
                    clientSecret: SERVICE_PRINCIPALS.reader.defaultSecret,
                  },
                }),
          },
        },
      }),
    /**
     * The emulator's control plane straight, as the BFF's principal (the test's own view of the truth,
     * never the BFF's), and that principal's token.
     */
    async directClient() {
      const { clientId, defaultSecret } = SERVICE_PRINCIPALS.bff;
      const token = await getServicePrincipalToken(idp.issuer, clientId, defaultSecret, idp.caCertPem);
      return {
        token,
        client: createAzureMlClient({ baseUrl: emulator.url, getAccessToken: async () => token }),
      };
    },
    async close() {
      await emulator.close().catch(() => {});
      await idp.close().catch(() => {});
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
export type ProviderFixture = Awaited<ReturnType<typeof startProviderFixture>>;

/** The emulator's `/_emulator` switches (regions, faults, reset). */
export function emulatorAdmin(url: string) {
  const call = async (method: string, pathname: string, body?: unknown) => {
    const response = await fetch(`${url}/_emulator${pathname}`, {
      method,
      headers: body === undefined ? {} : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`emulator ${method} ${pathname}: ${response.status}`);
    return response.json() as Promise<unknown>;
  };
  return {
    regionDown: (region: string) => call("POST", `/regions/${region}/down`),
    regionUp: (region: string) => call("POST", `/regions/${region}/up`),
    /** e.g. `{ get: { rate429: 1, retryAfterSeconds: 7 } }` */
    setFaults: (table: Record<string, Record<string, number>>) => call("PUT", "/faults", table),
    clearFaults: () => call("DELETE", "/faults"),
    reset: () => call("POST", "/reset"),
    seed: (count: number, workspace?: string) => call("POST", "/seed", { count, workspace }),
    /** Many workspaces at once (`<prefix>-0000`, …), each with `servicesPerWorkspace` services. */
    fleet: (body: { workspaces: number; servicesPerWorkspace: number; prefix?: string }) =>
      call("POST", "/fleet", body),
    /** The most requests and distinct workspaces the emulator answered at once since the last reset. */
    inFlight: () =>
      call("GET", "/in-flight") as Promise<{ maxRequests: number; maxWorkspaces: number; requests: number }>,
    resetInFlight: () => call("DELETE", "/in-flight"),
  };
}
