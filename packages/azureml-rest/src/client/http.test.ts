import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { v1Paths } from "../paths.ts";
import { createAzureMlClient } from "./azureml-client.ts";
import { AzureMlError } from "./errors.ts";
import { REF, type ScriptedServer, serviceFixture, startScriptedServer } from "./scripted-server.ts";
import type { AzureMlClientOptions } from "./types.ts";

let server: ScriptedServer;
let sleeps: number[];
beforeEach(async () => {
  server = await startScriptedServer();
  sleeps = [];
});
afterEach(() => server.close());

const servicePath = v1Paths.service(REF, "svc-a");
const unavailable = { status: 503, body: { error: { code: "ServiceUnavailable", message: "busy" } } };

function clientFor(overrides: Partial<AzureMlClientOptions> = {}) {
  return createAzureMlClient({
    baseUrl: server.url,
    getAccessToken: async () => "bearer-abc",
    retry: { attempts: 3, baseDelayMs: 100, maxDelayMs: 2_000 },
    sleep: async (ms) => void sleeps.push(ms),
    random: () => 0.5,
    ...overrides,
  });
}

async function caught(promise: Promise<unknown>): Promise<AzureMlError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AzureMlError);
  return error as AzureMlError;
}

describe("retries", () => {
  it("retries a GET after a 503, honouring Retry-After", async () => {
    server.on(
      "GET",
      servicePath,
      { ...unavailable, headers: { "Retry-After": "1" } },
      { body: serviceFixture("svc-a") },
    );
    const service = await clientFor().getService(REF, "svc-a");
    expect(service.name).toBe("svc-a");
    expect(server.hits("GET", servicePath)).toHaveLength(2);
    expect(sleeps).toEqual([1_000]);
  });

  it("backs off exponentially with jitter when no Retry-After is given, then gives up", async () => {
    server.on("GET", servicePath, unavailable);
    const error = await caught(clientFor().getService(REF, "svc-a"));
    expect(error).toMatchObject({ code: "provider_unavailable", status: 503, providerStatus: 503 });
    expect(server.hits("GET", servicePath)).toHaveLength(3);
    // cap = 100·2^(n-1); wait = cap/2 + random·cap/2 with random = 0.5
    expect(sleeps).toEqual([75, 150]);
  });

  it("waits for real between tries with the default timer", async () => {
    server.on("GET", servicePath, { status: 502 }, { body: serviceFixture("svc-a") });
    const client = clientFor({ sleep: undefined, retry: { attempts: 2, baseDelayMs: 20, maxDelayMs: 40 } });
    const started = Date.now();
    await client.getService(REF, "svc-a");
    expect(Date.now() - started).toBeGreaterThanOrEqual(9);
  });

  it("never retries a regenerateKeys POST after a 503", async () => {
    const path = v1Paths.regenerateKeys(REF, "svc-a");
    server.on("POST", path, unavailable, {
      status: 202,
      headers: { "Operation-Location": "/x/operations/1" },
    });
    const error = await caught(clientFor().regenerateKey(REF, "svc-a", "Secondary"));
    expect(error.code).toBe("provider_unavailable");
    expect(server.hits("POST", path)).toHaveLength(1);
    expect(JSON.parse(server.hits("POST", path)[0]?.body ?? "")).toEqual({
      keyType: "Secondary",
      keyValue: null,
    });
  });

  it("never retries a PATCH or a DELETE", async () => {
    server.on("PATCH", servicePath, unavailable);
    server.on("DELETE", servicePath, unavailable);
    const client = clientFor();
    await caught(client.updateAuth(REF, "svc-a", { keyAuth: false }));
    await caught(client.deleteService(REF, "svc-a"));
    expect(server.requests).toHaveLength(2);
  });

  it("retries listkeys like a read", async () => {
    const path = v1Paths.listKeys(REF, "svc-a");
    server.on("POST", path, unavailable, {
      body: { primaryKey: "p".repeat(32), secondaryKey: "s".repeat(32) },
    });
    expect((await clientFor().listKeys(REF, "svc-a")).primaryKey).toBe("p".repeat(32));
    expect(server.hits("POST", path)).toHaveLength(2);
  });

  it("retries the token call once only", async () => {
    const path = v1Paths.token(REF, "svc-a");
    server.on("POST", path, unavailable);
    await caught(clientFor().getToken(REF, "svc-a"));
    expect(server.hits("POST", path)).toHaveLength(2);
  });

  it("does not retry a workspace_region_down answer", async () => {
    const path = v1Paths.token(REF, "svc-a");
    const body = { error: { code: "workspace_region_down", message: "eastus is down" } };
    server.on("POST", path, { status: 503, body });
    const error = await caught(clientFor().getToken(REF, "svc-a"));
    expect(error).toMatchObject({
      code: "workspace_region_down",
      status: 503,
      providerCode: "workspace_region_down",
    });
    expect(server.hits("POST", path)).toHaveLength(1);
  });
});

describe("timeouts and throttling", () => {
  it("times a slow answer out as provider_timeout", async () => {
    server.on("GET", servicePath, { delayMs: 1_000, body: serviceFixture("svc-a") });
    const client = clientFor({ timeoutMs: 100, retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 } });
    const error = await caught(client.getService(REF, "svc-a"));
    expect(error).toMatchObject({ code: "provider_timeout", status: 504 });
  });

  it("does not retry the token call after a timeout", async () => {
    const path = v1Paths.token(REF, "svc-a");
    server.on("POST", path, { delayMs: 1_000, body: {} });
    const error = await caught(clientFor({ timeoutMs: 100 }).getToken(REF, "svc-a"));
    expect(error.code).toBe("provider_timeout");
    expect(server.hits("POST", path)).toHaveLength(1);
  });

  it("maps 429 to provider_throttled and reports a Retry-After too long to wait here", async () => {
    server.on("GET", servicePath, { status: 429, headers: { "Retry-After": "30" } });
    const error = await caught(clientFor().getService(REF, "svc-a"));
    expect(error).toMatchObject({ code: "provider_throttled", status: 503, retryAfterSeconds: 30 });
    expect(server.hits("GET", servicePath)).toHaveLength(1);
  });

  it("reads a Retry-After given as an HTTP date", async () => {
    const at = new Date(Date.parse("2025-06-01T12:00:00Z") + 20_000).toUTCString();
    server.on("GET", servicePath, { status: 429, headers: { "Retry-After": at } });
    const client = clientFor({ now: () => Date.parse("2025-06-01T12:00:00Z") });
    expect(await caught(client.getService(REF, "svc-a"))).toMatchObject({ retryAfterSeconds: 20 });
  });

  it("maps an unreachable workspace to provider_unavailable", async () => {
    const client = clientFor({
      baseUrl: "http://127.0.0.1:1",
      retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 },
    });
    expect(await caught(client.getService(REF, "svc-a"))).toMatchObject({
      code: "provider_unavailable",
      status: 502,
    });
  });
});

describe("status mapping", () => {
  it.each([
    [404, "not_found", 404],
    [401, "unauthenticated", 502],
    [403, "forbidden", 403],
    [409, "conflict", 409],
    [400, "provider_rejected", 400],
    [405, "provider_rejected", 502],
  ])("%i → %s (BFF answers %i)", async (providerStatus, code, status) => {
    server.on("GET", servicePath, {
      status: providerStatus,
      body: { error: { code: "Whatever", message: "no" } },
    });
    expect(await caught(clientFor().getService(REF, "svc-a"))).toMatchObject({
      code,
      status,
      providerStatus,
    });
  });

  it.each([
    ["a body that is not JSON", { raw: "<html>oops</html>" }],
    ["a body of the wrong shape", { body: { name: "svc-a", state: "Sleeping" } }],
    ["an empty body", { raw: "" }],
  ])("answers provider_rejected for %s", async (_, answer) => {
    server.on("GET", servicePath, answer);
    const error = await caught(clientFor().getService(REF, "svc-a"));
    expect(error).toMatchObject({ code: "provider_rejected", status: 502 });
    expect(error.message).toContain("not understood");
  });
});
