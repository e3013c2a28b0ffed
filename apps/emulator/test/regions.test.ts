import { regionDistanceKm } from "@keyturn/auth-domain";
import {
  SAMPLE_SCORING_INPUT,
  ServiceKeysSchema,
  ServiceSchema,
  TokenResponseSchema,
} from "@keyturn/azureml-rest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  controlPlane,
  expectBody,
  expectError,
  principalTokens,
  score,
  startTestEmulator,
  startTestIdp,
  type TestEmulator,
  type TestIdp,
  WS_WESTEUROPE,
} from "./support.ts";

let idp: TestIdp;
let contributor: string;
beforeAll(async () => {
  idp = await startTestIdp();
  contributor = (await principalTokens(idp)).contributor;
});
afterAll(() => idp?.dispose());

const admin = (emu: TestEmulator, path: string, method = "POST") =>
  fetch(`${emu.url}/_emulator${path}`, { method });

describe("a workspace region going down", () => {
  let emu: TestEmulator;
  beforeAll(async () => {
    emu = await startTestEmulator(idp);
  });
  afterAll(() => emu?.dispose());

  it("fails token calls and the control plane with workspace_region_down; key scoring keeps working", async () => {
    const cp = controlPlane(emu.url, contributor);
    const keyed = await expectBody(await cp.get("churn-predictor"), 200, ServiceSchema);
    const keys = await expectBody(await cp.listKeys("churn-predictor"), 200, ServiceKeysSchema);
    const token = await expectBody(await cp.token("fraud-scoring"), 200, TokenResponseSchema);
    const tokenUri = (await expectBody(await cp.get("fraud-scoring"), 200, ServiceSchema)).scoringUri ?? "";

    expect((await admin(emu, "/regions/eastus/down")).status).toBe(200);
    await expectError(await cp.token("fraud-scoring"), 503, "workspace_region_down");
    // Even for a service whose cluster is elsewhere (westus2): tokens come from the workspace's region.
    await expectError(await cp.token("credit-risk-dr"), 503, "workspace_region_down");
    await expectError(await cp.list(), 503, "workspace_region_down");
    await expectError(await cp.listKeys("churn-predictor"), 503, "workspace_region_down");
    expect((await score(keyed.scoringUri ?? "", keys.primaryKey ?? "", SAMPLE_SCORING_INPUT)).status).toBe(
      200,
    );
    // A token fetched before the outage still scores: the cluster verifies it locally.
    expect((await score(tokenUri, token.accessToken, SAMPLE_SCORING_INPUT)).status).toBe(200);
    // Other regions' workspaces are unaffected.
    expect((await controlPlane(emu.url, contributor, WS_WESTEUROPE).token("claims-triage")).status).toBe(200);

    const regions = (await (await admin(emu, "/regions", "GET")).json()) as {
      value: { region: string; down: boolean; workspaces: string[] }[];
    };
    expect(regions.value.find((r) => r.region === "eastus")).toMatchObject({
      down: true,
      workspaces: ["ws-prod-eastus"],
    });

    expect((await admin(emu, "/regions/eastus/up")).status).toBe(200);
    await expectBody(await cp.token("fraud-scoring"), 200, TokenResponseSchema);
  });

  it("refuses an unknown region name", async () => {
    await expectError(await admin(emu, "/regions/atlantis/down"), 400, "validation_failed");
  });
});

describe("token latency", () => {
  it("grows with the distance between the workspace's and the cluster's regions", async () => {
    const emu = await startTestEmulator(idp, { regionLatencyScale: 2 });
    try {
      const cp = controlPlane(emu.url, contributor);
      const timed = async (name: string) => {
        const started = performance.now();
        const res = await cp.token(name);
        const elapsed = performance.now() - started;
        expect(res.status).toBe(200);
        return { header: Number(res.headers.get("x-ms-emulator-region-latency-ms")), elapsed };
      };
      // Not timed: the emulator's first control-plane call also fetches the IdP's discovery and JWKS.
      expect((await cp.get("fraud-scoring")).status).toBe(200);
      const same = await timed("fraud-scoring"); // eastus → eastus
      const near = await timed("credit-risk-dr"); // eastus → westus2
      expect(same.header).toBe(0);
      expect(near.header).toBe(Math.round(regionDistanceKm("eastus", "westus2") * 0.02 * 2));
      expect(near.elapsed).toBeGreaterThanOrEqual(near.header - 1);
      expect(near.elapsed).toBeGreaterThan(same.elapsed);
      const far = await controlPlane(emu.url, contributor, {
        ...WS_WESTEUROPE,
        workspace: "ws-research-japaneast",
      }).token("speech-intent"); // japaneast → australiaeast
      expect(Number(far.headers.get("x-ms-emulator-region-latency-ms"))).toBeGreaterThan(near.header);
    } finally {
      await emu.dispose();
    }
  });

  it("is zero with a scale of 0", async () => {
    const emu = await startTestEmulator(idp, { regionLatencyScale: 0 });
    try {
      const res = await controlPlane(emu.url, contributor).token("credit-risk-dr");
      expect(res.headers.get("x-ms-emulator-region-latency-ms")).toBe("0");
    } finally {
      await emu.dispose();
    }
  });
});
