import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPglite, type TestDatabase } from "../../test/support/databases.ts";
import { type ProviderFixture, startProviderFixture } from "../../test/support/provider-fixture.ts";
import { createTestApp } from "../../test/support/test-app.ts";
import { serviceRegion } from "./service-region.ts";
import { getWorkspaceProvider } from "./workspace-provider.ts";

let db: TestDatabase;
let fx: ProviderFixture;
beforeAll(async () => {
  [db, fx] = await Promise.all([openPglite(), startProviderFixture()]);
  await fx.addConnection(db.database);
});
afterAll(async () => {
  await fx?.close();
  await db?.close();
});

/** One seeded service of a workspace, read through the provider's client. */
async function seeded(workspace: string, name: string) {
  const p = await getWorkspaceProvider(createTestApp({ db, env: fx.env }).deps, workspace);
  const service = (await p.client.listServices(p.ref)).find((s) => s.name === name);
  if (!service) throw new Error(`the seed has no ${name}`);
  return { p, service };
}

/** The warnings written, as a logger would take them. */
const warnings = () => {
  const seen: unknown[] = [];
  return { seen, warn: (entry: unknown) => void seen.push(entry) };
};

describe("where a service runs (real emulator)", () => {
  it("is an AKS service's compute's region, read from ARM, whatever its own answer says", async () => {
    const { p, service } = await seeded("ws-prod-eastus", "credit-risk-dr");
    expect(service.computeType).toBe("AKS");
    const log = warnings();
    expect(await serviceRegion(p, { ...service, location: null }, log as never)).toBe("westus2");
    expect(log.seen).toEqual([]);
  });

  it("is an ACI service's own location", async () => {
    const { p, service } = await seeded("ws-ml-westeurope", "forecast-aci");
    expect(await serviceRegion(p, service, warnings() as never)).toBe("northeurope");
  });

  it("is unknown (null), logged and never a failure, when the compute cannot be read", async () => {
    const p = await getWorkspaceProvider(createTestApp({ db, env: fx.env }).deps, "ws-prod-eastus");
    const log = warnings();
    const unknown = {
      name: "ghost",
      computeType: "AKS" as const,
      computeName: "no-such-cluster",
      location: null,
    };
    expect(await serviceRegion(p, unknown, log as never)).toBeNull();
    expect(log.seen).toEqual([
      expect.objectContaining({ deployment: "ghost", computeName: "no-such-cluster" }),
    ]);
  });
});
