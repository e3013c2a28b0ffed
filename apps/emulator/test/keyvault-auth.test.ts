import { describe, expect } from "vitest";
import { callVault, expectVaultError } from "./keyvault-callers.ts";
import { disposeVaultServer, it, startVaultServer } from "./keyvault-support.ts";

// Who may call the vaults: Key Vault's 401 challenge before any token (the official client learns the
// authority and the resource from it), tokens for https://vault.azure.net only, and RBAC's data
// actions, refused with ForbiddenByRbac.

const API = "api-version=2026-04-01";
const CHALLENGE = (issuer: string) => `Bearer authorization="${issuer}", resource="https://vault.azure.net"`;

describe("the vaults' 401 challenge", () => {
  it("answers every call without a token with the challenge and AKV10000", async ({ idp, vault }) => {
    for (const [method, path] of [
      ["GET", `/kv-prod-eastus/secrets/anything?${API}`],
      ["PUT", `/kv-prod-eastus/secrets/anything?${API}`],
      ["GET", `/kv-prod-eastus/secrets/anything/versions?${API}`],
      ["GET", `/kv-prod-eastus/secrets?${API}`],
      ["GET", "/kv-prod-eastus/secrets/anything"],
      ["GET", `/kv-nowhere/secrets/anything?${API}`],
    ] as const) {
      const answer = await callVault(vault, idp.caCertPem, method, path);
      const error = expectVaultError(answer, 401, "Unauthorized");
      expect(error.message).toBe("AKV10000: Request is missing a Bearer or PoP token.");
      expect(answer.headers.get("www-authenticate")).toBe(CHALLENGE(idp.issuer));
    }
  });

  it("refuses a token for another audience, or no JWT, with the challenge again", async ({
    idp,
    vault,
    vaultTokens,
  }) => {
    const path = `/kv-prod-eastus/secrets/a?${API}`;
    const wrongAudience = await callVault(vault, idp.caCertPem, "GET", path, vaultTokens.management);
    const error = expectVaultError(wrongAudience, 401, "Unauthorized");
    expect(error.message).toBe(
      "AKV10022: Invalid audience. Expected https://vault.azure.net, found: https://management.azure.com.",
    );
    expect(wrongAudience.headers.get("www-authenticate")).toBe(CHALLENGE(idp.issuer));
    for (const credential of ["not-a-jwt", `${vaultTokens.writer.slice(0, -4)}AAAA`]) {
      const answer = await callVault(vault, idp.caCertPem, "GET", path, credential);
      expectVaultError(answer, 401, "Unauthorized");
      expect(answer.headers.get("www-authenticate")).toBe(CHALLENGE(idp.issuer));
    }
  });
});

describe("the vaults' RBAC", () => {
  it("lets the reader get and list but not set, naming the data action it lacks", async ({
    idp,
    vault,
    vaultTokens,
  }) => {
    const path = `/kv-prod-eastus/secrets/published?${API}`;
    const set = await callVault(vault, idp.caCertPem, "PUT", path, vaultTokens.writer, { value: "v1" });
    expect(set.status).toBe(200);

    const refused = await callVault(vault, idp.caCertPem, "PUT", path, vaultTokens.reader, { value: "v2" });
    const error = expectVaultError(refused, 403, "Forbidden");
    expect(error.innererror).toEqual({ code: "ForbiddenByRbac" });
    expect(error.message).toContain("Action: 'Microsoft.KeyVault/vaults/secrets/setSecret/action'");
    expect(error.message).toContain("Caller: appid=keyturn-reader;");
    expect(error.message).toContain("/providers/microsoft.keyvault/vaults/kv-prod-eastus/secrets/published");
    expect(JSON.stringify(refused.body)).not.toContain("v2");

    const read = await callVault(vault, idp.caCertPem, "GET", path, vaultTokens.reader);
    expect((read.body as { value: string }).value).toBe("v1");
    const versions = `/kv-prod-eastus/secrets/published/versions?${API}`;
    const listed = await callVault(vault, idp.caCertPem, "GET", versions, vaultTokens.reader);
    expect((listed.body as { value: unknown[] }).value).toHaveLength(1);
  });

  it("refuses a principal with no role, and a role short of the call", async ({ idp, vaultTokens }) => {
    const strict = await startVaultServer(idp, { roleAssignments: { "keyturn-bff": "Key Vault Reader" } });
    try {
      const path = `/kv-prod-eastus/secrets/x?${API}`;
      const noRole = await callVault(strict, idp.caCertPem, "GET", path, vaultTokens.reader);
      expect(expectVaultError(noRole, 403, "Forbidden").message).toContain("getSecret/action");
      const metadataOnly = await callVault(strict, idp.caCertPem, "PUT", path, vaultTokens.writer, {
        value: "v",
      });
      expectVaultError(metadataOnly, 403, "Forbidden");
      const listed = await callVault(
        strict,
        idp.caCertPem,
        "GET",
        `/kv-prod-eastus/secrets?${API}`,
        vaultTokens.writer,
      );
      expect(listed.body).toEqual({ value: [], nextLink: null });
    } finally {
      await disposeVaultServer(strict);
    }
  });
});
