import { describe, expect, it } from "vitest";
import { endpointParam, endpointRoutes } from "../../src/features/endpoints/endpoint-test-support.ts";
import { v1Keys } from "../../src/features/rotations/key-provider.ts";
import { verifyKey } from "../../src/features/rotations/rotation-steps.ts";
import { deploymentParam, secretsHarnessFixture } from "../support/secrets-harness.ts";

// The console's calls to scoring URIs — a person's test call, a rotation's check of the new key —
// timed and counted in /metrics beside the workspace calls, under `service score` (v1) or
// `endpoint score` (v2).

const WS = "ws-prod-eastus";
const SERVICE = "churn-predictor";
const SCORE = 'region="eastus",operation="service score"';

describe("scoring calls in /metrics", () => {
  const h = secretsHarnessFixture("pglite");

  /** The value of one series of GET /metrics (0 when it is not there yet). */
  async function series(name: string, labels: string): Promise<number> {
    const text = await (await h.app.request("/metrics")).text();
    const line = text.split("\n").find((l) => l.startsWith(`${name}{${labels}} `));
    return line === undefined ? 0 : Number(line.split(" ").at(-1));
  }
  const calls = () => series("keyturn_provider_call_duration_seconds_count", SCORE);
  const refused = () => series("keyturn_provider_call_errors_total", `${SCORE},kind="client"`);
  const testCall = async (credential: "primary" | "none") => {
    const response = await h.deployment("operator")["test-call"].$post({
      ...deploymentParam(WS, SERVICE),
      json: { credential },
    });
    expect(response.status).toBe(200);
    return (await response.json()) as { status: number };
  };

  it("counts each test call by the workspace's region, and a refused one as a client error", async () => {
    const [before, errorsBefore] = [await calls(), await refused()];
    expect((await testCall("primary")).status).toBe(200);
    expect(await calls()).toBe(before + 1);
    expect(await refused()).toBe(errorsBefore);
    expect((await testCall("none")).status).toBe(401);
    expect(await calls()).toBe(before + 2);
    expect(await refused()).toBe(errorsBefore + 1);
    // No service, workspace or URL in any label.
    const text = await (await h.app.request("/metrics")).text();
    const labels = [...text.matchAll(/keyturn_provider_call_\w+\{([^}]*)\}/g)].map((m) => m[1] ?? "");
    for (const label of labels) expect(label).not.toMatch(/churn|ws-prod|score\b.*\//);
  });

  it("counts a v2 endpoint's test call under its own operation", async () => {
    const labels = 'region="eastus",operation="endpoint score"';
    const before = await series("keyturn_provider_call_duration_seconds_count", labels);
    const response = await endpointRoutes(h, "operator")["test-call"].$post({
      ...endpointParam(WS, "churn-online"),
      json: { credential: "primary", deployment: "green" },
    });
    expect(response.status).toBe(200);
    expect(await series("keyturn_provider_call_duration_seconds_count", labels)).toBe(before + 1);
  });

  it("counts a rotation's check of the new key against the scoring URI", async () => {
    await testCall("primary"); // the workspace listed: its region known
    const before = await calls();
    const keys = await v1Keys(h.deps, WS, SERVICE);
    expect(await verifyKey({ deps: h.deps, keys }, "Primary")).toEqual({
      fingerprint: expect.any(String),
    });
    expect(await calls()).toBe(before + 1);
  });
});
