import { beforeEach, describe, expect, it } from "vitest";
import { v1Paths } from "../paths.ts";
import { createAzureMlClient } from "./azureml-client.ts";
import { caught, REF, scriptedServerPerTest, serviceFixture } from "./scripted-server.ts";
import type { AzureMlClientOptions } from "./types.ts";

const scripted = scriptedServerPerTest();
let sleeps: number[];
beforeEach(() => {
  sleeps = [];
});

const client = (overrides: Partial<AzureMlClientOptions> = {}) =>
  createAzureMlClient({
    baseUrl: scripted().url,
    getAccessToken: async () => "bearer-abc",
    sleep: async (ms) => void sleeps.push(ms),
    poll: { intervalMs: 10, timeoutMs: 10_000 },
    ...overrides,
  });

const servicePath = v1Paths.service(REF, "svc-a");
const opPath = v1Paths.operation(REF, "7b1e-op");

describe("an operation status without id", () => {
  it("is named by the last segment of its Operation-Location", async () => {
    scripted().on("DELETE", servicePath, {
      status: 202,
      headers: { "Operation-Location": `https://westeurope.api.azureml.ms${opPath}` },
    });
    scripted().on("GET", opPath, { body: { state: "Running" } }, { body: { state: "Failed" } });
    const c = client();

    const pending = await c.deleteService(REF, "svc-a");
    expect(pending?.id).toBe("7b1e-op");
    if (!pending) throw new Error("unreachable");
    const error = await caught(c.waitForOperation(pending));

    expect(error).toMatchObject({
      code: "operation_failed",
      operationId: "7b1e-op",
      operationState: "Failed",
    });
    expect(error.message).toBe("operation 7b1e-op ended Failed");
  });

  it("is read by id, which it then carries", async () => {
    scripted().on("GET", opPath, { body: { state: "Succeeded", operationType: "Delete" } });
    expect(await client().getOperation(REF, "7b1e-op")).toMatchObject({ id: "7b1e-op", state: "Succeeded" });
  });

  it("still reports a timeout with the location's id", async () => {
    scripted().on("GET", opPath, { body: { state: "Running" } });
    let clock = 0;
    const c = client({
      now: () => clock,
      sleep: async (ms) => {
        clock += ms;
      },
      poll: { intervalMs: 1_000, timeoutMs: 2_500 },
    });
    const error = await caught(c.waitForOperation(opPath));
    expect(error).toMatchObject({
      code: "provider_timeout",
      operationId: "7b1e-op",
      operationState: "Running",
    });
  });
});

describe("the six operation states", () => {
  it("polls on through NotStarted and Running, and returns on Succeeded", async () => {
    scripted().on(
      "GET",
      opPath,
      { body: { state: "NotStarted" } },
      { body: { state: "Running" } },
      { body: { state: "Succeeded", endTime: "2025-06-15T12:00:35.1234567" } },
    );
    const done = await client().waitForOperation(opPath);
    expect(done).toMatchObject({ state: "Succeeded", endTime: "2025-06-15T12:00:35.1234567Z" });
    expect(scripted().hits("GET", opPath)).toHaveLength(3);
    expect(sleeps).toEqual([10, 10]);
  });

  it("ends Failed, Cancelled and TimedOut as a typed failure carrying that state", async () => {
    for (const state of ["Failed", "Cancelled", "TimedOut"] as const) {
      scripted().on("GET", opPath, { body: { id: "7b1e-op", state } });
      const error = await caught(client().waitForOperation(opPath));
      expect(error).toMatchObject({ code: "operation_failed", status: 502, operationState: state });
    }
  });

  it("carries a failed operation's ModelErrorResponse, a rule code in its details kept", async () => {
    const error = {
      code: "BadRequest",
      statusCode: 400,
      message: "The update failed.",
      details: [{ code: "token_auth_requires_aks", message: "Token auth is for AKS only." }],
    };
    scripted().on("GET", opPath, { body: { state: "Failed", error } });
    const failed = await caught(client().waitForOperation(opPath));
    expect(failed).toMatchObject({
      code: "token_auth_requires_aks",
      status: 400,
      providerCode: "BadRequest",
      providerMessage: "The update failed.",
      providerDetails: [{ code: "token_auth_requires_aks", message: "Token auth is for AKS only." }],
    });
    expect(failed.message).toBe("operation 7b1e-op ended Failed (BadRequest, token_auth_requires_aks)");
  });
});

describe("a PATCH answered 200 with an operationId", () => {
  const answer = serviceFixture("svc-a", {
    authEnabled: true,
    aadAuthEnabled: false,
    operationId: "7b1e-op",
  });

  it("is an accepted change whose operation is polled on the workspace", async () => {
    scripted().on("PATCH", servicePath, { body: answer });
    const outcome = await client().updateAuth(REF, "svc-a", { keyAuth: false, tokenAuth: true });
    expect(outcome).toEqual({ state: "accepted", operation: { location: opPath, id: "7b1e-op" } });
  });

  it("is followed to its end, then the service read", async () => {
    scripted().on("PATCH", servicePath, { body: answer });
    scripted().on("GET", opPath, { body: { state: "Running" } }, { body: { state: "Succeeded" } });
    scripted().on("GET", servicePath, {
      body: serviceFixture("svc-a", { authEnabled: false, aadAuthEnabled: true }),
    });

    const service = await client().updateAuthToEnd(REF, "svc-a", { keyAuth: false, tokenAuth: true });

    expect(service).toMatchObject({ authEnabled: false, aadAuthEnabled: true });
    expect(scripted().requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      `PATCH ${servicePath}`,
      `GET ${opPath}`,
      `GET ${opPath}`,
      `GET ${servicePath}`,
    ]);
  });

  it("ends in the operation's failure when it fails", async () => {
    scripted().on("PATCH", servicePath, { body: answer });
    scripted().on("GET", opPath, { body: { state: "Cancelled" } });
    const error = await caught(client().updateAuthToEnd(REF, "svc-a", { keyAuth: false, tokenAuth: true }));
    expect(error).toMatchObject({
      code: "operation_failed",
      operationState: "Cancelled",
      operationId: "7b1e-op",
    });
    expect(scripted().hits("GET", servicePath)).toHaveLength(0);
  });

  it("without an operationId is the change done", async () => {
    scripted().on("PATCH", servicePath, { body: { ...answer, operationId: null } });
    const service = await client().updateAuthToEnd(REF, "svc-a", { keyAuth: true });
    expect(service.authEnabled).toBe(true);
    expect(scripted().requests).toHaveLength(1);
  });
});
