import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { testConfig } from "../../test/support/test-app.ts";
import { ConfigError } from "../env.ts";
import {
  AZURE_PUBLIC_CLOUD_HOSTS,
  HOST_PATTERN,
  hostMatches,
  hostPolicy,
  hostRefusal,
} from "./allowed-hosts.ts";

const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,20}[a-z0-9])?$/);
const PUBLIC = { hosts: AZURE_PUBLIC_CLOUD_HOSTS };

describe("allowed provider hosts", () => {
  it("`*.` stands for exactly one label, in any case", () => {
    fc.assert(
      fc.property(label, (region) => {
        expect(hostMatches("*.api.azureml.ms", `${region}.api.azureml.ms`)).toBe(true);
        expect(hostMatches("*.api.azureml.ms", `${region.toUpperCase()}.API.azureml.MS`)).toBe(true);
      }),
    );
    for (const host of [
      "api.azureml.ms",
      "a.b.api.azureml.ms",
      "evilapi.azureml.ms",
      "xyz.api.azureml.ms.attacker.example",
      ".api.azureml.ms",
    ]) {
      expect(hostMatches("*.api.azureml.ms", host), host).toBe(false);
    }
  });

  it("a plain pattern matches that host only, never a suffix or prefix of it", () => {
    fc.assert(
      fc.property(label, (extra) => {
        expect(hostMatches("management.azure.com", `${extra}.management.azure.com`)).toBe(false);
        expect(hostMatches("management.azure.com", `management.azure.com.${extra}`)).toBe(false);
        expect(hostMatches("management.azure.com", `${extra}management.azure.com`)).toBe(false);
      }),
    );
    expect(hostMatches("management.azure.com", "Management.Azure.com")).toBe(true);
  });

  it("production allows Azure's public cloud over https, and nothing else", () => {
    expect(hostRefusal(PUBLIC, "https://management.azure.com")).toBeNull();
    expect(hostRefusal(PUBLIC, "https://xyz.api.azureml.ms/discovery")).toBeNull();
    expect(hostRefusal(PUBLIC, "https://login.microsoftonline.com/tenant/v2.0")).toBeNull();
    expect(hostRefusal(PUBLIC, "http://management.azure.com")).toMatch(/not reached over https/);
    expect(hostRefusal(PUBLIC, "https://management.azure.com.attacker.example")).toMatch(
      /management\.azure\.com\.attacker\.example is not an allowed provider host/,
    );
    expect(hostRefusal(PUBLIC, "not a url")).toBe("it is not a URL");
    fc.assert(
      fc.property(label, label, (a, b) => {
        expect(hostRefusal(null, `http://${a}.${b}:8090/anything`)).toBeNull(); // development
      }),
    );
  });

  it("KEYTURN_ALLOWED_PROVIDER_HOSTS adds hosts in production only, and refuses what is not a host pattern", () => {
    const env = { KEYTURN_ALLOWED_PROVIDER_HOSTS: " Management.USGovCloudAPI.net, *.api.ml.azure.us ,," };
    const production = testConfig({ ...env, KEYTURN_MODE: "production" });
    expect(production.provider.allowedHosts).toEqual(["management.usgovcloudapi.net", "*.api.ml.azure.us"]);
    const policy = hostPolicy(production);
    expect(hostRefusal(policy, "https://usgovvirginia.api.ml.azure.us")).toBeNull();
    expect(hostRefusal(policy, "https://management.azure.com")).toBeNull();
    expect(hostPolicy(testConfig(env))).toBeNull();
    for (const bad of [
      "*",
      "*.com",
      "https://a.example",
      "a.example:443",
      "a.example/x",
      "*.*.example.com",
    ]) {
      expect(HOST_PATTERN.test(bad), bad).toBe(false);
      expect(() => testConfig({ KEYTURN_ALLOWED_PROVIDER_HOSTS: bad })).toThrow(ConfigError);
    }
  });
});
