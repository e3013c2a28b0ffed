import { describe, expect } from "vitest";
import { it } from "./support/fixtures.ts";
import {
  API_VERSION,
  arm,
  CLIENT_API_VERSION,
  endpointsPath,
  expectArmError,
  managedEndpoint,
} from "./v2-support.ts";

// The ARM onlineEndpoints surface: listing with the spec's filters and paging, get, and ARM's
// refusals (api-version, authentication, roles). Changes, keys and tokens: v2-changes.test.ts.

type Endpoint = {
  name: string;
  location: string;
  properties: Record<string, unknown>;
  tags: Record<string, string>;
};
type Page = { value: Endpoint[]; nextLink?: string };

describe("listing and reading", () => {
  it("lists a workspace's seeded endpoints, keys always null, in both api-versions", async ({
    emu,
    tokens,
  }) => {
    for (const apiVersion of [API_VERSION, CLIENT_API_VERSION]) {
      const answer = await arm(emu.url, tokens.contributor, "GET", endpointsPath("ws-prod-eastus"), {
        apiVersion,
      });
      expect(answer.status).toBe(200);
      const page = answer.body as Page;
      expect(page.value.map((e) => e.name).sort()).toEqual(["churn-online", "credit-k8s", "fraud-online"]);
      expect(page).not.toHaveProperty("nextLink");
      for (const e of page.value) {
        expect(e.properties.keys).toBeNull();
        expect(e.location).toBe("eastus");
        expect(e.properties.provisioningState).toBe("Succeeded");
      }
    }
  });

  it("pages by count with a nextLink that keeps the query, and filters by computeType, name and tags", async ({
    emu,
    tokens,
  }) => {
    const path = `${endpointsPath("ws-prod-eastus")}?count=2&orderBy=CreatedAtAsc`;
    const first = (await arm(emu.url, tokens.contributor, "GET", path)).body as Page;
    expect(first.value.map((e) => e.name)).toEqual(["churn-online", "fraud-online"]);
    expect(first.nextLink).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/subscriptions\/.*count=2.*api-version=/);
    const second = (
      await arm(first.nextLink ?? "", tokens.contributor, "GET", first.nextLink ?? "", { apiVersion: null })
    ).body as Page;
    expect(second.value.map((e) => e.name)).toEqual(["credit-k8s"]);
    expect(second).not.toHaveProperty("nextLink");

    const names = async (query: string) =>
      (
        (await arm(emu.url, tokens.contributor, "GET", `${endpointsPath("ws-prod-eastus")}?${query}`))
          .body as Page
      ).value
        .map((e) => e.name)
        .sort();
    expect(await names("computeType=Kubernetes")).toEqual(["credit-k8s"]);
    expect(await names("computeType=Managed")).toEqual(["churn-online", "fraud-online"]);
    expect(await names("name=fraud-online")).toEqual(["fraud-online"]);
    expect(await names("tags=team=prod,seeded")).toEqual(["churn-online", "credit-k8s", "fraud-online"]);
    expect(await names("tags=team=other")).toEqual([]);
    expectArmError(
      await arm(emu.url, tokens.contributor, "GET", `${endpointsPath("ws-prod-eastus")}?count=0`),
      400,
      "BadRequest",
    );
  });

  it("gets one endpoint with its traffic split, compute for Kubernetes, and 404 ResourceNotFound for none", async ({
    emu,
    tokens,
  }) => {
    const churn = (
      await arm(emu.url, tokens.contributor, "GET", endpointsPath("ws-prod-eastus", "churn-online"))
    ).body as Endpoint;
    expect(churn.properties.traffic).toEqual({ blue: 90, green: 10 });
    expect(churn.properties.compute).toBeNull();
    expect(churn.properties.scoringUri).toBe(
      `${emu.url}/online/churn-online.eastus.inference.ml.azure.com/score`,
    );
    const k8s = (await arm(emu.url, tokens.contributor, "GET", endpointsPath("ws-prod-eastus", "credit-k8s")))
      .body as Endpoint;
    expect(k8s.properties.compute).toMatch(/\/workspaces\/ws-prod-eastus\/computes\/aks-dr-westus2$/);
    expectArmError(
      await arm(emu.url, tokens.contributor, "GET", endpointsPath("ws-prod-eastus", "nope")),
      404,
      "ResourceNotFound",
    );
    expectArmError(
      await arm(emu.url, tokens.contributor, "GET", endpointsPath("ws-nowhere", "x")),
      404,
      "ParentResourceNotFound",
    );
  });
});

describe("ARM's refusals", () => {
  it("refuses a missing or unknown api-version, a missing token and a bad one", async ({ emu, tokens }) => {
    const path = endpointsPath("ws-prod-eastus");
    expectArmError(
      await arm(emu.url, tokens.contributor, "GET", path, { apiVersion: null }),
      400,
      "MissingApiVersionParameter",
    );
    expectArmError(
      await arm(emu.url, tokens.contributor, "GET", path, { apiVersion: "2099-01-01" }),
      400,
      "NoRegisteredProviderFound",
    );
    const anonymous = await arm(emu.url, undefined, "GET", path);
    expectArmError(anonymous, 401, "AuthenticationFailed");
    expect(anonymous.headers.get("www-authenticate")).toMatch(/^Bearer /);
    expectArmError(await arm(emu.url, "not-a-jwt", "GET", path), 401, "InvalidAuthenticationToken");
  });

  it("gives the reader's custom role list, get and AML tokens, and 403 AuthorizationFailed for keys and writes", async ({
    emu,
    tokens,
  }) => {
    const ws = "ws-ml-westeurope";
    expect((await arm(emu.url, tokens.reader, "GET", endpointsPath(ws))).status).toBe(200);
    expect((await arm(emu.url, tokens.reader, "GET", endpointsPath(ws, "claims-online"))).status).toBe(200);
    expect(
      (await arm(emu.url, tokens.reader, "POST", `${endpointsPath(ws, "claims-online")}/token`)).status,
    ).toBe(200);
    const keys = await arm(emu.url, tokens.reader, "POST", `${endpointsPath(ws, "route-k8s")}/listKeys`);
    expectArmError(keys, 403, "AuthorizationFailed");
    expect((keys.body as { error: { message: string } }).error.message).toContain(
      "Microsoft.MachineLearningServices/workspaces/onlineEndpoints/listKeys/action",
    );
    for (const [method, suffix, body] of [
      ["POST", "/regenerateKeys", { keyType: "Primary" }],
      ["PATCH", "", { tags: {} }],
      ["DELETE", "", undefined],
      ["PUT", "", managedEndpoint("westeurope", "Key")],
    ] as const) {
      expectArmError(
        await arm(emu.url, tokens.reader, method, `${endpointsPath(ws, "route-k8s")}${suffix}`, { body }),
        403,
        "AuthorizationFailed",
      );
    }
    // A 403 tells nothing about whether the workspace exists.
    expectArmError(
      await arm(emu.url, tokens.reader, "POST", `${endpointsPath("ws-nowhere", "x")}/listKeys`),
      403,
      "AuthorizationFailed",
    );
  });
});
