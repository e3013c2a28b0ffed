import { regionDistanceKm } from "@keyturn/auth-domain";
import { TokenResponseSchema } from "@keyturn/azureml-rest";
import { describe, expect } from "vitest";
import { expectBody, expectError, scoringEndpoint, WS_JAPANEAST, WS_WESTEUROPE } from "./support/clients.ts";
import { it } from "./support/fixtures.ts";

const LATENCY_HEADER = "x-ms-emulator-region-latency-ms";

describe("a workspace region going down", () => {
  it("fails token calls and the control plane with workspace_region_down; key scoring keeps working", async ({
    cp,
    admin,
    scoring,
  }) => {
    const keys = await cp.keys("churn-predictor");
    const token = await cp.accessToken("fraud-scoring");
    // Both endpoints are resolved before the outage (the control plane is down during it).
    const keyed = scoringEndpoint(await scoring("churn-predictor").uri());
    const tokenAuth = scoringEndpoint(await scoring("fraud-scoring").uri());

    expect((await admin.region("eastus", "down")).status).toBe(200);
    await expectError(await cp.token("fraud-scoring"), 503, "workspace_region_down");
    // Even for a service whose cluster is elsewhere (westus2): tokens come from the workspace's region.
    await expectError(await cp.token("credit-risk-dr"), 503, "workspace_region_down");
    await expectError(await cp.list(), 503, "workspace_region_down");
    await expectError(await cp.listKeys("churn-predictor"), 503, "workspace_region_down");
    expect((await keyed.score(keys.primaryKey)).status).toBe(200);
    // A token fetched before the outage still scores: the cluster verifies it locally.
    expect((await tokenAuth.score(token)).status).toBe(200);
    // Other regions' workspaces are unaffected.
    expect((await cp.inWorkspace(WS_WESTEUROPE).token("claims-triage")).status).toBe(201);

    const regions = (await (await admin.regions()).json()) as {
      value: { region: string; down: boolean; workspaces: string[] }[];
    };
    expect(regions.value.find((r) => r.region === "eastus")).toMatchObject({
      down: true,
      workspaces: ["ws-prod-eastus"],
    });

    expect((await admin.region("eastus", "up")).status).toBe(200);
    await expectBody(await cp.token("fraud-scoring"), 201, TokenResponseSchema);
  });

  it("refuses an unknown region name", async ({ admin }) => {
    await expectError(await admin.region("atlantis", "down"), 400, "validation_failed");
  });
});

describe("token latency", () => {
  it("grows with the distance between the workspace's and the cluster's regions", async ({
    startEmulator,
  }) => {
    const { cp } = await startEmulator({ regionLatencyScale: 2 });
    const timed = async (name: string) => {
      const started = performance.now();
      const res = await cp.token(name);
      const elapsed = performance.now() - started;
      expect(res.status).toBe(201);
      return { header: Number(res.headers.get(LATENCY_HEADER)), elapsed };
    };
    // Not timed: the emulator's first control-plane call also fetches the IdP's discovery and JWKS.
    expect((await cp.get("fraud-scoring")).status).toBe(200);
    const same = await timed("fraud-scoring"); // eastus → eastus
    const near = await timed("credit-risk-dr"); // eastus → westus2
    expect(same.header).toBe(0);
    expect(near.header).toBe(Math.round(regionDistanceKm("eastus", "westus2") * 0.02 * 2));
    expect(near.elapsed).toBeGreaterThanOrEqual(near.header - 1);
    expect(near.elapsed).toBeGreaterThan(same.elapsed);
    const far = await cp.inWorkspace(WS_JAPANEAST).token("speech-intent"); // japaneast → australiaeast
    expect(Number(far.headers.get(LATENCY_HEADER))).toBeGreaterThan(near.header);
  });

  it("is zero with a scale of 0", async ({ startEmulator }) => {
    const { cp } = await startEmulator({ regionLatencyScale: 0 });
    const res = await cp.token("credit-risk-dr");
    expect(res.headers.get(LATENCY_HEADER)).toBe("0");
  });
});
