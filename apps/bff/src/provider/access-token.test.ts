import {
  AuthenticationError,
  AuthenticationRequiredError,
  CredentialUnavailableError,
  type TokenCredential,
} from "@azure/identity";
import { CredentialRefusedError } from "@keyturn/azureml-rest";
import { describe, expect, it } from "vitest";
import { fromTokenCredential, isRefusedCredential, managementScope } from "./access-token.ts";

const SCOPE = "https://management.azure.com/.default";
/** Entra's answer to a wrong client secret. */
const wrongSecret = () =>
  new AuthenticationError(401, {
    error: "invalid_client",
    error_description: "AADSTS7000215: Invalid client secret provided.",
    error_codes: [7000215],
  });
/** MSAL's ServerError as @azure/identity wraps it (the cause of an AuthenticationRequiredError). */
const wrappedServerError = (errorCode: string) =>
  new AuthenticationRequiredError({
    scopes: [SCOPE],
    message: "AADSTS700016: Application not found in the directory.",
    cause: Object.assign(new Error("server error"), { name: "ServerError", errorCode }),
  });
const failing = (error: unknown): TokenCredential => ({ getToken: () => Promise.reject(error) });

describe("@azure/identity failures", () => {
  it("tells a refused client (invalid_client, unauthorized_client) from every other failure", () => {
    expect(isRefusedCredential(wrongSecret())).toBe(true);
    expect(isRefusedCredential(wrappedServerError("unauthorized_client"))).toBe(true);
    expect(isRefusedCredential(wrappedServerError("invalid_client"))).toBe(true);
    expect(isRefusedCredential(wrappedServerError("temporarily_unavailable"))).toBe(false);
    expect(
      isRefusedCredential(
        new AuthenticationError(503, { error: "temporarily_unavailable", error_description: "try later" }),
      ),
    ).toBe(false);
    expect(isRefusedCredential(new CredentialUnavailableError("no managed identity endpoint"))).toBe(false);
    expect(isRefusedCredential(new TypeError("fetch failed"))).toBe(false);
    expect(isRefusedCredential(undefined)).toBe(false);
  });

  it("a token source throws CredentialRefusedError for a refused client, the original error otherwise", async () => {
    const refused = await fromTokenCredential(failing(wrongSecret()), SCOPE)().catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(CredentialRefusedError);
    expect((refused as Error).message).not.toMatch(/AADSTS|secret provided/);
    const down = new TypeError("fetch failed");
    await expect(fromTokenCredential(failing(down), SCOPE)()).rejects.toBe(down);
  });
});

describe("managementScope", () => {
  it("is the Resource Manager a connection names: a sovereign cloud by its base URL alone", () => {
    expect(managementScope("https://management.azure.com")).toBe(SCOPE);
    expect(managementScope("https://management.usgovcloudapi.net/")).toBe(
      "https://management.usgovcloudapi.net/.default",
    );
    expect(managementScope("https://Management.ChinaCloudApi.cn")).toBe(
      "https://management.chinacloudapi.cn/.default",
    );
  });

  it("keeps the stored scope for anything else, and a scope the credential names over the base URL", () => {
    expect(managementScope("http://127.0.0.1:8090")).toBe(SCOPE);
    expect(managementScope("http://management.usgovcloudapi.net")).toBe(SCOPE); // not https: never an audience
    expect(managementScope(undefined)).toBe(SCOPE);
    expect(managementScope("not a url")).toBe(SCOPE);
    expect(managementScope("https://management.usgovcloudapi.net", "api://custom/.default")).toBe(
      "api://custom/.default",
    );
  });
});
