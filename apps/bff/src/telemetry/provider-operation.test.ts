import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { providerOperation, regionLabel, regionName, workspaceOfUrl } from "./provider-operation.ts";

const ARM =
  "https://management.azure.com/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-1/providers/Microsoft.MachineLearningServices/workspaces";
const V1 =
  "https://eastus.api.azureml.ms/modelmanagement/v1.0/subscriptions/s/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces";

describe("providerOperation", () => {
  it.each([
    [`${ARM}?api-version=2023-10-01`, "arm workspaces"],
    [`${ARM}/ws-prod?api-version=2023-10-01`, "arm workspace"],
    [`${ARM}/ws-prod/computes/aks-1`, "arm computes/{}"],
    [`${ARM}/ws-prod/onlineEndpoints?api-version=2026-07-01`, "arm onlineendpoints"],
    [
      `${ARM}/ws-prod/onlineEndpoints/ep-1/listKeys?api-version=2026-07-01`,
      "arm onlineendpoints/{}/listkeys",
    ],
    [`${ARM}/ws-prod/onlineEndpoints/ep-1/token`, "arm onlineendpoints/{}/token"],
    [`${V1}/ws-prod/services`, "v1 services"],
    [`${V1}/ws-prod/services/churn`, "v1 services/{}"],
    [`${V1}/ws-prod/services/churn/listkeys`, "v1 services/{}/listkeys"],
    [`${V1}/ws-prod/services/churn/regenerateKeys`, "v1 services/{}/regeneratekeys"],
    [`${V1}/ws-prod/operations/op-9`, "v1 operations/{}"],
    ["https://login.microsoftonline.com/tenant-id/oauth2/v2.0/token", "identity token"],
    ["https://localhost:8443/token", "identity token"],
    ["https://login.microsoftonline.com/t/v2.0/.well-known/openid-configuration", "identity discovery"],
    ["https://eastus.experiments.azureml.net/discovery", "workspace discovery"],
    [`${V1}/ws-prod/services/churn/somethingNew`, "other"],
    ["not a url", "other"],
  ])("%s → %s", (url, operation) => {
    expect(providerOperation(url)).toBe(operation);
  });

  it("never carries a name of the URL, so its label values stay a closed set", () => {
    const keywords = ["workspaces", "services", "listkeys", "token", "operations", "computes"];
    const name = fc
      .stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,40}$/)
      .filter((value) => !keywords.includes(value.toLowerCase()));
    const expected = new Set(["v1 services/{}", "v1 services/{}/listkeys", "v1 services/{}/token", "other"]);
    fc.assert(
      fc.property(
        name,
        name,
        name,
        fc.constantFrom("", "/listkeys", "/token", "/x/y"),
        (ws, service, sub, tail) => {
          const url = `https://h.example/modelmanagement/v1.0/subscriptions/${sub}/resourceGroups/rg/providers/p/workspaces/${encodeURIComponent(ws)}/services/${encodeURIComponent(service)}${tail}?k=${service}`;
          expect(expected.has(providerOperation(url))).toBe(true);
          expect(workspaceOfUrl(url)).toBe(ws);
        },
      ),
    );
  });
});

describe("region names and labels", () => {
  it("labels a listed region by its name, any other as other, no workspace as none", () => {
    expect(regionLabel("eastus")).toBe("eastus");
    expect(regionLabel("West Europe")).toBe("westeurope");
    expect(regionLabel("usgovvirginia-new")).toBe("other");
    expect(regionLabel(undefined)).toBe("none");
    expect(regionName("usgovvirginianew")).toBe("usgovvirginianew");
    expect(regionName("https://evil.example/")).toBe("other");
  });

  it("keeps the metric label within the listed regions, other and none, whatever the provider writes", () => {
    fc.assert(
      fc.property(fc.option(fc.string({ maxLength: 80 }), { nil: undefined }), (region) => {
        const label = regionLabel(region);
        expect(label === "none" || label === "other" || /^[a-z][a-z0-9]+$/.test(label)).toBe(true);
        if (label !== "none" && label !== "other") expect(regionName(region)).toBe(label);
      }),
    );
  });
});
