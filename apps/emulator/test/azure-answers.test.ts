import {
  type AzureMlError,
  createAzureMlClient,
  isAzureMlError,
  ServiceListSchema,
  v1Paths,
  workspacesPath,
} from "@keyturn/azureml-rest";
import { describe, expect } from "vitest";
import { SEED_RESOURCE_GROUP, SEED_SUBSCRIPTION_ID } from "../src/index.ts";
import { expectBody, expectError, WS_EASTUS, WS_WESTEUROPE } from "./support/clients.ts";
import { it as base } from "./support/fixtures.ts";

// What the emulator answers as Azure does, read by the real client of @keyturn/azureml-rest: each
// workspace's discovery document, the listing's query, model management's errors, a gateway's HTML.

const it = base.extend("client", { scope: "file" }, ({ emu, tokens }) =>
  createAzureMlClient({
    baseUrl: emu.url,
    getAccessToken: async () => tokens.contributor,
    retry: { attempts: 1, baseDelayMs: 0, maxDelayMs: 0 },
  }),
);

/** The AzureMlError a call fails with. */
async function failure(call: Promise<unknown>): Promise<AzureMlError> {
  const error = await call.then(
    () => undefined,
    (err: unknown) => err,
  );
  if (!isAzureMlError(error)) throw new Error(`expected an AzureMlError, got ${String(error)}`);
  return error;
}

describe("a workspace's discovery document", () => {
  it("is named by each workspace's discoveryUrl, public, its api the emulator's model-management host", async ({
    client,
    emu,
  }) => {
    const workspaces = await client.listWorkspaces(SEED_SUBSCRIPTION_ID, SEED_RESOURCE_GROUP);
    const urls = workspaces.map((w) => w.properties?.discoveryUrl ?? "");
    expect(new Set(urls).size).toBe(4);
    for (const workspace of workspaces) {
      expect(new URL(workspace.properties?.discoveryUrl ?? "").origin).toBe(emu.url);
      expect(await client.discoverApiHost(workspace)).toBe(emu.url);
    }
    // Without a token, as Azure serves it.
    const answer = await fetch(urls[0] ?? "");
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ api: emu.url });
  });

  it("answers 404 in ARM's shape for a workspace that does not exist", async ({ emu }) => {
    const url = `${emu.url}/discovery/subscriptions/${SEED_SUBSCRIPTION_ID}/resourceGroups/${SEED_RESOURCE_GROUP}/workspaces/nope`;
    await expectError(await fetch(url), 404, "not_found");
  });
});

describe("the service listing's query (as azureml-core sends it)", () => {
  const list = (query: string) => v1Paths.services(WS_EASTUS) + query;

  it("filters by computeType (any case) and pages by count, the filter kept across pages", async ({ cp }) => {
    const aks = await expectBody(
      await cp.call("GET", list("?computeType=aks&count=3")),
      200,
      ServiceListSchema,
    );
    expect(aks.value.map((s) => s.computeType)).toEqual(["AKS", "AKS", "AKS"]);
    expect(aks.nextLink).toMatch(/\?computeType=aks&count=3&\$skipToken=[\w-]+$/);
    const rest = await expectBody(await cp.operationAt(aks.nextLink ?? ""), 200, ServiceListSchema);
    expect(rest.value.map((s) => s.name)).toEqual(["legacy-ranker"]);
    expect(rest).not.toHaveProperty("nextLink");
    const aci = await expectBody(await cp.call("GET", list("?computeType=ACI")), 200, ServiceListSchema);
    expect(aci.value.map((s) => s.name).sort()).toEqual(["demo-open-aci", "pricing-aci"]);
    const none = await expectBody(await cp.call("GET", list("?computeType=IOT")), 200, ServiceListSchema);
    expect(none.value).toEqual([]);
  });

  it("adds each service's models with expand=true (also on one service), and none without", async ({
    cp,
  }) => {
    const plain = (await (await cp.call("GET", list("?count=1"))).json()) as { value: object[] };
    expect(plain.value[0]).not.toHaveProperty("models");
    const expanded = (await (await cp.call("GET", list("?count=1&expand=True"))).json()) as {
      value: { models?: { name: string; mimeType: string; url: string }[] }[];
      nextLink: string;
    };
    expect(expanded.value[0]?.models).toEqual([
      expect.objectContaining({ name: "diabetes-progression", mimeType: expect.any(String) }),
    ]);
    expect(expanded.nextLink).toMatch(/[?&]expand=true(&|$)/);
    const one = await cp.call("GET", `${v1Paths.service(WS_EASTUS, "churn-predictor")}?expand=true`);
    expect(((await one.json()) as { models?: unknown[] }).models).toHaveLength(1);
  });

  it.for(["?count=0", "?count=1001", "?count=two", "?expand=maybe", "?$skipToken=bm9wZQ", "?computeType="])(
    "refuses %s with 400 validation_failed",
    async (query, { cp }) => {
      await expectError(await cp.call("GET", list(query)), 400, "validation_failed");
    },
  );
});

describe("model management's errors, read by the client", () => {
  it("maps the top-level ModelErrorResponse to the codes it mapped before", async ({ client }) => {
    const conflict = await failure(
      client.createService(WS_EASTUS, {
        name: "churn-predictor",
        computeType: "AKS",
        computeName: "aks-prod-eastus",
        containerResourceRequirements: { cpu: 0.5, memoryInGB: 1 },
      }),
    );
    expect(conflict).toMatchObject({ code: "conflict", status: 409, providerCode: "conflict" });
    expect(await failure(client.getService(WS_EASTUS, "nope"))).toMatchObject({
      code: "not_found",
      status: 404,
    });
    const rule = await failure(
      client.updateAuth(WS_EASTUS, "pricing-aci", { keyAuth: false, tokenAuth: true }),
    );
    expect(rule).toMatchObject({ code: "token_auth_requires_aks", status: 400 });
  });

  it("keeps ARM's {error} on ARM's routes", async ({ cp }) => {
    await expectError(await cp.call("GET", workspacesPath(SEED_SUBSCRIPTION_ID, "nope")), 404, "not_found");
  });
});

describe("a gateway fault", () => {
  it.for([502, 504] as const)(
    "answers a workspace's model-management calls with the gateway's HTML %i, its other calls untouched",
    async (status, { client, cp, admin, emu }) => {
      const set = await admin.call("PUT", "/faults/gateway/ws-prod-eastus", {
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ status }),
      });
      expect(await set.json()).toEqual({ value: [{ workspace: "ws-prod-eastus", status }] });

      // Before anything behind the gateway: even a call without a token.
      const anonymous = await fetch(`${emu.url}${v1Paths.services(WS_EASTUS)}`);
      for (const res of [await cp.list(), await cp.token("fraud-scoring"), anonymous]) {
        expect(res.status).toBe(status);
        expect(res.headers.get("content-type")).toMatch(/^text\/html/);
        expect(await res.text()).toMatch(new RegExp(`<title>${status} [^<]+</title>`));
      }
      const error = await failure(client.getService(WS_EASTUS, "churn-predictor"));
      expect(error).toMatchObject({ code: "provider_unavailable", providerStatus: status });
      expect(error.providerMessage).toMatch(new RegExp(`^${status} `));

      // Another workspace, ARM's listing and the data plane are not behind this gateway.
      expect((await cp.inWorkspace(WS_WESTEUROPE).list()).status).toBe(200);
      expect(await client.listWorkspaces(SEED_SUBSCRIPTION_ID, SEED_RESOURCE_GROUP)).toHaveLength(4);

      const cleared = await admin.call("DELETE", "/faults/gateway/ws-prod-eastus");
      expect(await cleared.json()).toEqual({ value: [] });
      expect((await cp.list()).status).toBe(200);
    },
  );

  it("is cleared with every fault by DELETE /faults, and refuses what it cannot play", async ({
    cp,
    admin,
  }) => {
    const put = (workspace: string, body: unknown) =>
      admin.call("PUT", `/faults/gateway/${workspace}`, {
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
    expect((await put("ws-prod-eastus", { status: 504 })).status).toBe(200);
    expect((await cp.list()).status).toBe(504);
    expect((await admin.clearFaults()).status).toBe(200);
    expect((await cp.list()).status).toBe(200);
    expect(await (await admin.call("GET", "/faults/gateway")).json()).toEqual({ value: [] });

    await expectError(await put("nope", { status: 504 }), 404, "not_found");
    await expectError(await put("ws-prod-eastus", { status: 500 }), 400, "validation_failed");
    await expectError(await put("ws-prod-eastus", { status: 504, extra: 1 }), 400, "validation_failed");
  });
});
