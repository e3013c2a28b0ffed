import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createAzureMlClient } from "../client/azureml-client.ts";
import { AzureMlError } from "../client/errors.ts";
import { type ScriptedAnswer, type ScriptedServer, startScriptedServer } from "../client/scripted-server.ts";
import type { AzureMlClientOptions } from "../client/types.ts";
import { loadRecordedAnswers, type RecordedAnswer } from "./recorded-answers.ts";
import { createSwaggerValidator, loadModelManagementSwagger } from "./swagger-validator.ts";

const recorded = loadRecordedAnswers();
const validator = createSwaggerValidator(loadModelManagementSwagger());
const REF = {
  subscriptionId: "5f0e6a2c-9d1b-4c8e-a7f3-2b4d6e8f0a1c",
  resourceGroup: "rg-ml-prod",
  workspace: "ws-prod",
};

function answer(name: string): RecordedAnswer {
  const found = recorded.get(name);
  if (!found) throw new Error(`no recorded answer ${name}`);
  return found;
}

describe("the recorded answers", () => {
  const withSchema = [...recorded.values()].filter((r) => r.operationId !== undefined);

  it("cover the answers the client reads, the 409 ServiceExists and a gateway's 504 included", () => {
    expect(withSchema.length).toBeGreaterThanOrEqual(12);
    expect(answer("service-create-conflict").answer.status).toBe(409);
    expect(answer("gateway-timeout").answer).toMatchObject({
      status: 504,
      html: expect.stringContaining("<html>"),
    });
  });

  it.each(withSchema.map((r) => [r.name, r] as const))("%s is valid per the published swagger", (_, r) => {
    const operationId = r.operationId ?? "";
    expect(validator.validateAnswer(operationId, r.answer.status, r.answer.body)).toEqual({
      valid: true,
      errors: [],
    });
  });

  it("would be caught if one drifted from the swagger", () => {
    const page = answer("services-page-1");
    const body = page.answer.body as { value: Record<string, unknown>[] };
    const drifted = { ...body, value: [{ ...body.value[0], aadAuthEnabled: "yes" }] };
    expect(validator.validateAnswer("Services_ListQuery", 200, drifted).errors).toEqual([
      "/value/0/aadAuthEnabled: must be boolean",
    ]);
  });
});

describe("replayed through the client", () => {
  let server: ScriptedServer;
  beforeEach(async () => {
    server = await startScriptedServer();
  });
  afterEach(() => server.close());

  function serve(...names: string[]) {
    const byRequest = new Map<string, ScriptedAnswer[]>();
    for (const name of names) {
      const { request, answer: a } = answer(name);
      const scripted: ScriptedAnswer =
        a.html === undefined
          ? { status: a.status, headers: a.headers ?? {}, body: a.body }
          : { status: a.status, headers: a.headers ?? {}, raw: a.html };
      const key = `${request.method} ${request.path}`;
      byRequest.set(key, [...(byRequest.get(key) ?? []), scripted]);
    }
    for (const [key, answers] of byRequest) {
      const [method = "", path = ""] = key.split(" ");
      server.on(method, path, ...answers);
    }
  }

  const client = (overrides: Partial<AzureMlClientOptions> = {}) =>
    createAzureMlClient({
      baseUrl: server.url,
      getAccessToken: async () => "bearer-recorded",
      sleep: async () => {},
      retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 },
      ...overrides,
    });

  it("lists a workspace of every kind over two pages, the last without nextLink", async () => {
    serve("services-page-1", "services-page-2");
    const listing = await client().listServiceItems(REF);
    expect(listing.unreadable).toEqual([]);
    expect(listing.services.map((s) => [s.name, s.computeType, s.state])).toEqual([
      ["diabetes-aks", "AKS", "Healthy"],
      ["diabetes-aci", "ACI", "Healthy"],
      ["churn-aks", "AKS", "Transitioning"],
    ]);
    expect(listing.otherKinds.map((s) => [s.name, s.computeType])).toEqual([
      ["fraud-endpoint", "AKSENDPOINT"],
      ["edge-scorer", "IOT"],
      ["nightly-batch", "AMLCOMPUTE"],
      ["legacy-svc", "UNKNOWN"],
    ]);
    const churn = listing.services[2];
    expect(churn).toMatchObject({ scoringUri: null, updatedTime: churn?.createdTime });
    expect(await client().listServices(REF)).toHaveLength(3);
  });

  it("reads an AKS service without location, and its region from its compute", async () => {
    serve("service-aks", "arm-compute-aks");
    const c = client({ armBaseUrl: server.url });
    const aks = await c.getService(REF, "diabetes-aks");
    expect(aks).toMatchObject({ computeType: "AKS", aadAuthEnabled: true, computeName: "aks-prod" });
    expect(aks.location).toBeUndefined();
    expect(await c.getComputeRegion(REF, aks.computeName ?? "")).toBe("swedencentral");
  });

  it("reads an ACI service without aadAuthEnabled, in its own region", async () => {
    serve("service-aci");
    expect(await client().getService(REF, "diabetes-aci")).toMatchObject({
      computeType: "ACI",
      authEnabled: true,
      aadAuthEnabled: false,
      location: "northeurope",
    });
  });

  it("reports ARM's 404 for a compute that is gone", async () => {
    serve("arm-compute-missing");
    await expect(client({ armBaseUrl: server.url }).getComputeRegion(REF, "aks-gone")).rejects.toMatchObject({
      code: "not_found",
      providerCode: "ResourceNotFound",
    });
  });

  it("turns the 409 ServiceExists into a conflict carrying Azure's code and message", async () => {
    serve("service-create-conflict");
    const body = {
      name: "diabetes-aks",
      computeType: "AKS",
      containerResourceRequirements: { cpu: 1, memoryInGB: 1 },
    };
    const error = await client()
      .createService(REF, body as never)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AzureMlError);
    expect(error).toMatchObject({
      code: "conflict",
      status: 409,
      providerCode: "Conflict",
      providerDetails: [
        {
          code: "ServiceExists",
          message: "Service diabetes-aks already exists. Please use a different name.",
        },
      ],
    });
  });

  it("follows a create to its failed operation, named by the Operation-Location's last segment", async () => {
    serve("service-create-accepted", "operation-failed");
    const c = client();
    const body = {
      name: "new-svc",
      computeType: "ACI",
      containerResourceRequirements: { cpu: 1, memoryInGB: 1 },
    };
    const pending = await c.createService(REF, body as never);
    expect(pending.id).toBe("4f9c2e61-0b7d-4a1e-8c3f-5d2a9e7b1c04");
    await expect(c.waitForOperation(pending)).rejects.toMatchObject({
      code: "operation_failed",
      operationState: "Failed",
      providerCode: "DeploymentFailed",
      providerDetails: [{ code: "CrashLoopBackOff", message: "Your container application crashed." }],
    });
  });

  it("follows a PATCH answered 200 with an operationId to its end", async () => {
    serve("service-patch-operation", "operation-running", "operation-succeeded", "service-aks");
    const service = await client().updateAuthToEnd(REF, "diabetes-aks", { keyAuth: false, tokenAuth: true });
    expect(service).toMatchObject({ authEnabled: false, aadAuthEnabled: true });
    expect(server.requests.map((r) => r.method)).toEqual(["PATCH", "GET", "GET", "GET"]);
  });

  it("reads the keys, and the token answered 201", async () => {
    serve("service-keys", "service-token");
    const c = client();
    expect(await c.listKeys(REF, "diabetes-aci")).toEqual({
      primaryKey: "recorded-fake-primary-key-0001",
      secondaryKey: "recorded-fake-secondary-key-01",
    });
    expect(await c.getToken(REF, "diabetes-aks")).toEqual({
      accessToken: "eyJhbGciOiJSUzI1NiJ9.e30.recorded-fake",
      tokenType: "Bearer",
      expiryOn: 1750047200,
      refreshAfter: 1750004000,
    });
  });

  it("turns a gateway's HTML 504 into a provider outage with the page's title", async () => {
    serve("gateway-timeout");
    await expect(client().getService(REF, "diabetes-aks")).rejects.toMatchObject({
      code: "provider_unavailable",
      providerStatus: 504,
      providerMessage: "504 Gateway Time-out",
    });
  });

  it("finds the model-management host in the discovery document", async () => {
    serve("discovery");
    const workspace = { id: "/ws-prod", properties: { discoveryUrl: `${server.url}/discovery` } };
    expect(await client().discoverApiHost(workspace)).toBe("https://westeurope.api.azureml.ms");
  });
});
