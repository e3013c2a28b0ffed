import { ServiceListSchema, TokenResponseSchema } from "@keyturn/azureml-rest";
import { describe, expect } from "vitest";
import { expectBody, expectError } from "./support/clients.ts";
import { it } from "./support/fixtures.ts";

describe("fault injection", () => {
  it("answers 429 with Retry-After for the named operation only", async ({ cp, admin }) => {
    expect((await admin.setFaults({ token: { rate429: 1, retryAfterSeconds: 7 } })).status).toBe(200);
    const res = await cp.token("fraud-scoring");
    expect(res.headers.get("retry-after")).toBe("7");
    await expectError(res, 429, "TooManyRequests");
    await expectBody(await cp.list(), 200, ServiceListSchema);
  });

  it("answers 503 for another operation", async ({ cp, admin }) => {
    expect((await admin.setFaults({ list: { rate503: 1 } })).status).toBe(200);
    await expectError(await cp.list(), 503, "ServiceUnavailable");
    await expectBody(await cp.token("fraud-scoring"), 201, TokenResponseSchema);
  });

  it("adds latency", async ({ cp, admin }) => {
    await admin.setFaults({ get: { latencyMs: 150 } });
    const started = performance.now();
    expect((await cp.get("churn-predictor")).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(149);
  });

  it("mixes rates: about the share asked for fails", async ({ cp, admin }) => {
    await admin.setFaults({ get: { rate429: 0.5 } });
    const statuses = await Promise.all(
      Array.from({ length: 60 }, () => cp.get("churn-predictor").then((r) => r.status)),
    );
    const throttled = statuses.filter((s) => s === 429).length;
    expect(throttled).toBeGreaterThan(10);
    expect(throttled).toBeLessThan(50);
    expect(statuses.every((s) => s === 200 || s === 429)).toBe(true);
  });

  it("clears with DELETE", async ({ cp, admin }) => {
    expect((await admin.clearFaults()).status).toBe(200);
    await expectBody(await cp.list(), 200, ServiceListSchema);
  });

  it.for(
    Object.entries({
      "a rate above 1": { list: { rate429: 2 } },
      "an unknown operation": { frobnicate: { rate429: 1 } },
      "rates adding up past 1": { list: { rate429: 0.6, rate503: 0.6 } },
    }),
  )("refuses a malformed table: %s", async ([, table], { admin }) => {
    await expectError(await admin.setFaults(table), 400, "validation_failed");
  });
});
