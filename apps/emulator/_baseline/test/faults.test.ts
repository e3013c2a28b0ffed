import { ServiceListSchema, TokenResponseSchema } from "@keyturn/azureml-rest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type ControlPlane,
  controlPlane,
  expectBody,
  expectError,
  principalTokens,
  startTestEmulator,
  startTestIdp,
  type TestEmulator,
  type TestIdp,
} from "./support.ts";

let idp: TestIdp;
let emu: TestEmulator;
let cp: ControlPlane;
beforeAll(async () => {
  idp = await startTestIdp();
  emu = await startTestEmulator(idp);
  cp = controlPlane(emu.url, (await principalTokens(idp)).contributor);
});
afterAll(async () => {
  await emu?.dispose();
  await idp?.dispose();
});

const setFaults = (body: unknown) =>
  fetch(`${emu.url}/_emulator/faults`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
const clearFaults = () => fetch(`${emu.url}/_emulator/faults`, { method: "DELETE" });

describe("fault injection", () => {
  it("answers 429 with Retry-After for the named operation only", async () => {
    expect((await setFaults({ token: { rate429: 1, retryAfterSeconds: 7 } })).status).toBe(200);
    const res = await cp.token("fraud-scoring");
    expect(res.headers.get("retry-after")).toBe("7");
    await expectError(res, 429, "TooManyRequests");
    await expectBody(await cp.list(), 200, ServiceListSchema);
  });

  it("answers 503 for another operation", async () => {
    expect((await setFaults({ list: { rate503: 1 } })).status).toBe(200);
    await expectError(await cp.list(), 503, "ServiceUnavailable");
    await expectBody(await cp.token("fraud-scoring"), 200, TokenResponseSchema);
  });

  it("adds latency", async () => {
    await setFaults({ get: { latencyMs: 150 } });
    const started = performance.now();
    expect((await cp.get("churn-predictor")).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(149);
  });

  it("mixes rates: about the share asked for fails", async () => {
    await setFaults({ get: { rate429: 0.5 } });
    const statuses = await Promise.all(
      Array.from({ length: 60 }, () => cp.get("churn-predictor").then((r) => r.status)),
    );
    const throttled = statuses.filter((s) => s === 429).length;
    expect(throttled).toBeGreaterThan(10);
    expect(throttled).toBeLessThan(50);
    expect(statuses.every((s) => s === 200 || s === 429)).toBe(true);
  });

  it("clears with DELETE, and refuses a malformed table", async () => {
    expect((await clearFaults()).status).toBe(200);
    await expectBody(await cp.list(), 200, ServiceListSchema);
    await expectError(await setFaults({ list: { rate429: 2 } }), 400, "validation_failed");
    await expectError(await setFaults({ frobnicate: { rate429: 1 } }), 400, "validation_failed");
    await expectError(await setFaults({ list: { rate429: 0.6, rate503: 0.6 } }), 400, "validation_failed");
  });
});
