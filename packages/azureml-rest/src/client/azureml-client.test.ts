import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { JSON_PATCH_CONTENT_TYPE } from "../auth-patch.ts";
import { v1Paths, workspacesPath } from "../paths.ts";
import { createAzureMlClient } from "./azureml-client.ts";
import { AzureMlError, CredentialRefusedError } from "./errors.ts";
import { REF, type ScriptedServer, serviceFixture, startScriptedServer } from "./scripted-server.ts";
import type { AzureMlClientOptions } from "./types.ts";

let server: ScriptedServer;
beforeEach(async () => {
  server = await startScriptedServer();
});
afterEach(() => server.close());

function clientFor(overrides: Partial<AzureMlClientOptions> = {}) {
  return createAzureMlClient({
    baseUrl: server.url,
    getAccessToken: async () => "bearer-abc",
    sleep: async () => {},
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

describe("listing", () => {
  it("follows nextLink pages (absolute, path, and a foreign host re-based onto ours)", async () => {
    const services = v1Paths.services(REF);
    server.on("GET", services, {
      body: { value: [serviceFixture("svc-a")], nextLink: `${server.url}${services}?skip=1` },
    });
    server.on("GET", `${services}?skip=1`, {
      body: { value: [serviceFixture("svc-b")], nextLink: `${services}?skip=2` },
    });
    server.on("GET", `${services}?skip=2`, {
      body: { value: [serviceFixture("svc-c")], nextLink: `https://elsewhere.example${services}?skip=3` },
    });
    server.on("GET", `${services}?skip=3`, { body: { value: [serviceFixture("svc-d")], nextLink: null } });

    const list = await clientFor().listServices(REF);

    expect(list.map((s) => s.name)).toEqual(["svc-a", "svc-b", "svc-c", "svc-d"]);
    expect(server.requests).toHaveLength(4);
  });

  it("refuses a nextLink chain that loops", async () => {
    const services = v1Paths.services(REF);
    server.on("GET", services, { body: { value: [], nextLink: services } });
    const error = await caught(clientFor().listServices(REF));
    expect(error.code).toBe("provider_rejected");
  });

  it("lists workspaces on the ARM host with an api-version", async () => {
    const path = `${workspacesPath("sub-1", "rg-ml")}?api-version=2024-10-01`;
    const workspace = {
      id: "/subscriptions/sub-1/x",
      name: "ws-east",
      type: "Microsoft.MachineLearningServices/workspaces",
      location: "eastus",
    };
    server.on("GET", path, { body: { value: [workspace] } });
    const client = clientFor({ baseUrl: "http://127.0.0.1:1", armBaseUrl: server.url });
    expect(await client.listWorkspaces("sub-1", "rg-ml")).toEqual([workspace]);
  });
});

describe("auth settings", () => {
  it("sends a JSON Patch with its content type and reads the 200 answer", async () => {
    const path = v1Paths.service(REF, "svc-a");
    const updated = serviceFixture("svc-a", { authEnabled: false, aadAuthEnabled: true });
    server.on("PATCH", path, { body: updated });

    const outcome = await clientFor().updateAuth(REF, "svc-a", { keyAuth: false, tokenAuth: true });

    expect(outcome).toMatchObject({ state: "completed", service: { aadAuthEnabled: true } });
    const [request] = server.hits("PATCH", path);
    expect(request?.headers["content-type"]).toBe(JSON_PATCH_CONTENT_TYPE);
    expect(JSON.parse(request?.body ?? "")).toEqual([
      { op: "replace", path: "/authEnabled", value: false },
      { op: "replace", path: "/aadAuthEnabled", value: true },
    ]);
  });

  it("returns the operation of a 202 and polls it to Succeeded", async () => {
    const path = v1Paths.service(REF, "svc-a");
    const opPath = v1Paths.operation(REF, "op-1");
    server.on("PATCH", path, { status: 202, headers: { "Operation-Location": `${server.url}${opPath}` } });
    server.on(
      "GET",
      opPath,
      { body: { id: "op-1", state: "Running" } },
      { body: { id: "op-1", state: "Running" } },
      { body: { id: "op-1", state: "Succeeded" } },
    );
    const sleeps: number[] = [];
    const client = clientFor({
      sleep: async (ms) => void sleeps.push(ms),
      poll: { intervalMs: 50, timeoutMs: 5_000 },
    });

    const outcome = await client.updateAuth(REF, "svc-a", { keyAuth: true });
    expect(outcome).toEqual({
      state: "accepted",
      operation: { location: `${server.url}${opPath}`, id: "op-1" },
    });
    if (outcome.state !== "accepted") throw new Error("unreachable");
    const done = await client.waitForOperation(outcome.operation);

    expect(done.state).toBe("Succeeded");
    expect(server.hits("GET", opPath)).toHaveLength(3);
    expect(sleeps).toEqual([50, 50]);
  });

  it("refuses an empty change before calling the workspace", async () => {
    const error = await caught(clientFor().updateAuth(REF, "svc-a", {}));
    expect(error).toMatchObject({ code: "validation_failed", status: 400 });
    expect(server.requests).toHaveLength(0);
  });

  it("maps a 400 carrying a domain rule code to that code", async () => {
    const path = v1Paths.service(REF, "aci-svc");
    const body = { error: { code: "token_auth_requires_aks", message: "Token auth is for AKS only." } };
    server.on("PATCH", path, { status: 400, body });
    const error = await caught(clientFor().updateAuth(REF, "aci-svc", { keyAuth: false, tokenAuth: true }));
    expect(error).toMatchObject({
      code: "token_auth_requires_aks",
      status: 400,
      providerStatus: 400,
      providerCode: "token_auth_requires_aks",
      providerMessage: "Token auth is for AKS only.",
    });
  });
});

describe("operations", () => {
  const opPath = v1Paths.operation(REF, "op-9");

  it("turns a Failed operation into a typed error carrying its error", async () => {
    server.on("POST", v1Paths.services(REF), { status: 202, headers: { "Operation-Location": opPath } });
    const error = { code: "ImageBuildFailed", message: "the image did not build" };
    server.on("GET", opPath, { body: { id: "op-9", state: "Failed", error } });
    const client = clientFor();
    const body = {
      name: "svc-new",
      computeType: "ACI",
      containerResourceRequirements: { cpu: 1, memoryInGB: 1 },
    };

    const pending = await client.createService(REF, body as never);
    expect(pending).toEqual({ location: opPath, id: "op-9" });
    const failure = await caught(client.waitForOperation(pending.location));

    expect(failure).toMatchObject({
      code: "operation_failed",
      status: 502,
      providerCode: "ImageBuildFailed",
      providerMessage: "the image did not build",
      operationId: "op-9",
      operationState: "Failed",
    });
  });

  it("gives up polling at the deadline with provider_timeout", async () => {
    server.on("GET", opPath, { body: { id: "op-9", state: "Running" } });
    let clock = 0;
    const client = clientFor({
      now: () => clock,
      sleep: async (ms) => {
        clock += ms;
      },
      poll: { intervalMs: 1_000, timeoutMs: 3_500 },
    });
    const failure = await caught(client.waitForOperation(opPath));
    expect(failure).toMatchObject({ code: "provider_timeout", status: 504, operationState: "Running" });
    expect(server.hits("GET", opPath)).toHaveLength(4);
  });

  it("reads one operation by id", async () => {
    server.on("GET", opPath, { body: { id: "op-9", state: "Succeeded" } });
    expect(await clientFor().getOperation(REF, "op-9")).toMatchObject({ id: "op-9", state: "Succeeded" });
  });
});

describe("credential", () => {
  it("asks for the bearer token on every call and sends it", async () => {
    const path = v1Paths.service(REF, "svc-a");
    server.on("GET", path, { body: serviceFixture("svc-a") });
    let n = 0;
    const client = clientFor({ getAccessToken: async () => `token-${++n}` });
    await client.getService(REF, "svc-a");
    await client.getService(REF, "svc-a");
    expect(server.hits("GET", path).map((r) => r.headers.authorization)).toEqual([
      "Bearer token-1",
      "Bearer token-2",
    ]);
  });

  it("maps a credential failure without calling the workspace", async () => {
    const client = clientFor({ getAccessToken: () => Promise.reject(new Error("idp down")) });
    const error = await caught(client.getService(REF, "svc-a"));
    expect(error.code).toBe("provider_unavailable");
    expect(server.requests).toHaveLength(0);
  });

  it("tells a refused credential from an unreachable identity provider, and does not retry it", async () => {
    let asked = 0;
    const refused = new CredentialRefusedError(
      "the token endpoint refused client app-1 (401 invalid_client)",
    );
    const client = clientFor({
      getAccessToken: () => {
        asked++;
        return Promise.reject(refused);
      },
    });
    const error = await caught(client.getService(REF, "svc-a"));
    expect(error).toMatchObject({ code: "credential_refused", status: 502, cause: refused });
    expect(asked).toBe(1);
    expect(server.requests).toHaveLength(0);
  });
});
