import pg from "pg";
import { fromPool } from "../src/db/client.ts";
import { startProviderFixture } from "../test/support/provider-fixture.ts";

// The provider side of the fleet benchmark, in a process of its own: a dev-idp and the emulator
// (region latency on), `<workspaces>` workspaces of `<services>` services each, and the emulator's
// resource group stored as a connection in the bench database. Prints {"emulatorUrl", "env"} when ready.
// `tsx bench/fleet-provider.ts <database url> <workspaces> <services per workspace> <list latency ms>`

const [databaseUrl, workspaces, services, latencyMs] = process.argv.slice(2);
if (!databaseUrl)
  throw new Error("usage: fleet-provider.ts <database url> <workspaces> <services> <latency>");
const fx = await startProviderFixture({ regionLatencyScale: 1 });
const admin = async (method: string, pathname: string, body: unknown) => {
  const response = await fetch(`${fx.emulator.url}/_emulator${pathname}`, {
    method,
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`emulator ${pathname}: ${response.status} ${await response.text()}`);
  return response.json();
};
const fleet = await admin("POST", "/fleet", {
  workspaces: Number(workspaces ?? 500),
  servicesPerWorkspace: Number(services ?? 100),
});
// Every control-plane listing and read waits as a call to a workspace's region would.
const latency = { latencyMs: Number(latencyMs ?? 0) };
await admin("PUT", "/faults", { list: latency, get: latency });
const database = fromPool(new pg.Pool({ connectionString: databaseUrl, max: 2 }));
await fx.addConnection(database);
await database.close();
process.stdout.write(`${JSON.stringify({ emulatorUrl: fx.emulator.url, env: fx.env, fleet })}\n`);
process.once("SIGTERM", () => {
  fx.close().then(() => process.exit(0));
});
