import { hc } from "hono/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DB_KINDS } from "../../test/support/databases.ts";
import { type DeploymentsSetup, setupDeployments } from "../../test/support/deployments-setup.ts";
import { expectProblem } from "../../test/support/problem.ts";
import { bearer } from "../../test/support/test-app.ts";
import { createMetrics } from "../middleware/metrics.ts";
import { createProviderHealthRouter } from "./provider-health.index.ts";
import { ProviderHealthSchema } from "./provider-health.routes.ts";
import { probeProviderHealth } from "./provider-health.ts";
import { registerProviderHealthMetrics } from "./provider-health-job.ts";

const SEEDED_REGIONS = ["eastus", "japaneast", "southcentralus", "westeurope"];

// The app with the provider-health router mounted as createApp mounts every router.
const mounted = (app: DeploymentsSetup["app"]) => app.route("/api", createProviderHealthRouter());

describe.each(DB_KINDS)("provider health on %s", (kind) => {
  let s: DeploymentsSetup;
  let app: ReturnType<typeof mounted>;
  beforeAll(async () => {
    s = await setupDeployments(kind);
    app = mounted(s.app);
  });
  afterAll(async () => {
    await s?.close();
  });

  // Typed by the app with the route, as the SPA's client is typed by createApp's.
  const view = async (who: "admin" | "lead" | "operator" = "admin") => {
    const client = hc<typeof app>("http://localhost", {
      fetch: ((input, init) => app.request(input, init)) as typeof fetch,
      headers: async () => bearer(await s.issuer.tokenFor(who)),
    });
    return client.api.system["provider-health"].$get();
  };

  it("probes one workspace per region and records each region up with its latency", async () => {
    const probes = await probeProviderHealth(s.deps);
    expect(probes.map((p) => p.region).sort()).toEqual(SEEDED_REGIONS);
    expect(probes.every((p) => p.ok && p.latencyMs >= 0)).toBe(true);
    const answer = await view();
    expect(answer.status).toBe(200);
    const body = ProviderHealthSchema.parse(await answer.json());
    expect(body.regions.map((r) => [r.region, r.status, r.lastErrorCode])).toEqual(
      SEEDED_REGIONS.map((region) => [region, "up", null]),
    );
    expect(body.regions.every((r) => r.lastSuccessAt !== null && r.lastFailureAt === null)).toBe(true);
  });

  it("a region outage is that region down, with its error code and its last success kept; the others stay up", async () => {
    await s.fx.admin.regionDown("westeurope");
    try {
      const probes = await probeProviderHealth(s.deps);
      expect(probes.find((p) => p.region === "westeurope")).toMatchObject({
        ok: false,
        errorCode: "workspace_region_down",
      });
    } finally {
      await s.fx.admin.regionUp("westeurope");
    }
    const body = ProviderHealthSchema.parse(await (await view()).json());
    const west = body.regions.find((r) => r.region === "westeurope");
    expect(west).toMatchObject({ status: "down", lastErrorCode: "workspace_region_down" });
    expect(west?.lastSuccessAt).not.toBeNull();
    expect(body.regions.filter((r) => r.status === "up").map((r) => r.region)).toEqual(
      SEEDED_REGIONS.filter((r) => r !== "westeurope"),
    );

    const metrics = createMetrics({ defaultMetrics: false });
    registerProviderHealthMetrics(metrics, s.deps);
    const text = await metrics.registry.metrics();
    expect(text).toContain('keyturn_provider_region_up{region="westeurope"} 0');
    expect(text).toContain('keyturn_provider_region_up{region="eastus"} 1');
    expect(text).toMatch(/keyturn_provider_region_probe_latency_seconds\{region="eastus"\} \d/);
    expect(text).toMatch(/keyturn_provider_region_last_failure_timestamp_seconds\{region="westeurope"\} \d/);

    await probeProviderHealth(s.deps);
    const back = ProviderHealthSchema.parse(await (await view()).json());
    expect(back.regions.find((r) => r.region === "westeurope")).toMatchObject({ status: "up" });
  });

  it("is for Admins only, and is in the OpenAPI document with its permission", async () => {
    await expectProblem(await view("lead"), 403, "forbidden");
    await expectProblem(await view("operator"), 403, "forbidden");
    const doc = (await (await app.request("/api/openapi.json")).json()) as {
      paths: Record<string, Record<string, Record<string, unknown>>>;
    };
    const operation = doc.paths["/api/system/provider-health"]?.get;
    expect(operation).toBeDefined();
    expect(JSON.stringify(operation)).toContain("settings:admin");
  });
});
