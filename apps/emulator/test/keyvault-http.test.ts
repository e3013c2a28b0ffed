import { describe, expect } from "vitest";
import { callVault, expectVaultError, vaultCall } from "./keyvault-callers.ts";
import { it } from "./keyvault-support.ts";

// The vaults' answers the official client does not show: the SecretBundle's id and attributes, a
// value only where it is asked for, the api-versions, Key Vault's error codes for a missing secret,
// version or vault, names and bodies refused without echoing a value, a disabled version, page sizes.

const API = "api-version=2026-04-01";

describe("the vaults' answers", () => {
  it("sets a version and answers Key Vault's SecretBundle, value only where asked", async ({
    idp,
    vault,
    vaultTokens,
  }) => {
    const ca = idp.caCertPem;
    const before = Math.floor(Date.now() / 1000);
    const set = await callVault(
      vault,
      ca,
      "PUT",
      `/kv-research-japaneast/secrets/Vision-Key?${API}`,
      vaultTokens.writer,
      {
        value: "s3cret-value",
        attributes: {},
      },
    );
    expect(set.status).toBe(200);
    expect(set.headers.get("cache-control")).toBe("no-store");
    const bundle = set.body as { id: string; value: string; attributes: Record<string, unknown> };
    const port = new URL(vault.origin).port;
    expect(bundle.id).toMatch(
      new RegExp(`^https://kv-research-japaneast\\.localhost:${port}/secrets/Vision-Key/[0-9a-f]{32}$`),
    );
    expect(bundle.value).toBe("s3cret-value");
    expect(bundle.attributes).toEqual({
      enabled: true,
      created: expect.any(Number),
      updated: bundle.attributes.created,
      recoveryLevel: "Recoverable+Purgeable",
      recoverableDays: 90,
    });
    expect(bundle.attributes.created).toBeGreaterThanOrEqual(before);

    // Names compare without case; the secret keeps its first spelling.
    const lower = await callVault(
      vault,
      ca,
      "GET",
      `/KV-Research-JapanEast/secrets/vision-key?${API}`,
      vaultTokens.writer,
    );
    expect(lower.body).toEqual(bundle);

    const versions = `/kv-research-japaneast/secrets/vision-key/versions?${API}`;
    const listed = await callVault(vault, ca, "GET", versions, vaultTokens.writer);
    expect(listed.body).toEqual({
      value: [{ id: bundle.id, attributes: bundle.attributes }],
      nextLink: null,
    });
    const secrets = await callVault(
      vault,
      ca,
      "GET",
      `/kv-research-japaneast/secrets?${API}`,
      vaultTokens.writer,
    );
    expect(secrets.body).toEqual({
      value: [{ id: bundle.id.replace(/\/[0-9a-f]{32}$/, ""), attributes: bundle.attributes }],
      nextLink: null,
    });
    expect(JSON.stringify([listed.body, secrets.body])).not.toContain("s3cret-value");
  });

  it("answers the api-versions the official clients send, and refuses none or another", async ({
    idp,
    vault,
    vaultTokens,
  }) => {
    const get = (query: string) =>
      callVault(vault, idp.caCertPem, "GET", `/kv-prod-eastus/secrets/absent${query}`, vaultTokens.writer);
    expectVaultError(await get(""), 400, "BadParameter");
    const unknown = expectVaultError(await get("?api-version=2015-06-01"), 400, "BadParameter");
    expect(unknown.message).toContain("(2015-06-01) is not recognized");
    for (const version of ["7.0", "7.4", "7.6", "2025-07-01", "2026-04-01"])
      expectVaultError(await get(`?api-version=${version}`), 404, "SecretNotFound");
  });

  it("says which secret or version is missing, and which vault does not exist", async ({
    idp,
    vault,
    vaultTokens,
  }) => {
    const call = (method: string, path: string, body?: unknown) =>
      callVault(vault, idp.caCertPem, method, path, vaultTokens.writer, body);
    const missing = await call("GET", `/kv-prod-eastus/secrets/nope?${API}`);
    expect(expectVaultError(missing, 404, "SecretNotFound").message).toMatch(
      /^A secret with \(name\/id\) nope was not found in this key vault\./,
    );
    await call("PUT", `/kv-prod-eastus/secrets/there?${API}`, { value: "v" });
    const version = "0123456789abcdef0123456789abcdef";
    const noVersion = await call("GET", `/kv-prod-eastus/secrets/there/${version}?${API}`);
    expect(expectVaultError(noVersion, 404, "SecretNotFound").message).toContain(`there/${version}`);
    // The secret is in kv-prod-eastus, not in another workspace's vault.
    expectVaultError(await call("GET", `/kv-ml-westeurope/secrets/there?${API}`), 404, "SecretNotFound");
    expectVaultError(await call("GET", `/kv-nowhere/secrets/there?${API}`), 404, "VaultNotFound");
    expectVaultError(await call("DELETE", `/kv-prod-eastus/secrets/there?${API}`), 405, "MethodNotAllowed");
  });

  it("refuses bad names and bodies with BadParameter, never echoing a value", async ({
    idp,
    vault,
    vaultTokens,
  }) => {
    const put = (name: string, body: unknown) =>
      callVault(
        vault,
        idp.caCertPem,
        "PUT",
        `/kv-prod-eastus/secrets/${name}?${API}`,
        vaultTokens.writer,
        body,
      );
    expectVaultError(await put("bad_name", { value: "v" }), 400, "BadParameter");
    expectVaultError(await put("a".repeat(128), { value: "v" }), 400, "BadParameter");
    expectVaultError(await put("ok", {}), 400, "BadParameter");
    const wrongType = await put("ok", { value: "hidden-value", attributes: { enabled: "hidden-value" } });
    expect(JSON.stringify(expectVaultError(wrongType, 400, "BadParameter"))).not.toContain("hidden-value");
    expectVaultError(await put("ok", { value: "x".repeat(25 * 1024 + 1) }), 400, "BadParameter");
    const tags = Object.fromEntries(Array.from({ length: 16 }, (_, i) => [`t${i}`, "v"]));
    expectVaultError(await put("ok", { value: "v", tags }), 400, "BadParameter");
    expectVaultError(await put("ok", { value: "x".repeat(70 * 1024) }), 413, "RequestEntityTooLarge");
    const raw = await vaultCall(vault, "PUT", `/kv-prod-eastus/secrets/ok?${API}`, {
      ca: idp.caCertPem,
      token: vaultTokens.writer,
      body: "{not json",
    });
    expectVaultError(raw, 400, "BadParameter");
    const nothingWritten = await callVault(
      vault,
      idp.caCertPem,
      "GET",
      `/kv-prod-eastus/secrets/ok?${API}`,
      vaultTokens.writer,
    );
    expectVaultError(nothingWritten, 404, "SecretNotFound");
  });

  it("answers a disabled version's get with Forbidden, and the versions before it still", async ({
    idp,
    vault,
    vaultTokens,
  }) => {
    const path = `/kv-edge-southcentralus/secrets/off?${API}`;
    const call = (method: string, at: string, body?: unknown) =>
      callVault(vault, idp.caCertPem, method, at, vaultTokens.writer, body);
    const on = (await call("PUT", path, { value: "on" })).body as { id: string };
    await call("PUT", path, { value: "off", attributes: { enabled: false } });
    const answer = await call("GET", path);
    expect(expectVaultError(answer, 403, "Forbidden").innererror).toEqual({ code: "SecretDisabled" });
    const version = on.id.split("/").at(-1);
    const older = await call("GET", `/kv-edge-southcentralus/secrets/off/${version}?${API}`);
    expect((older.body as { value: string }).value).toBe("on");
  });

  it("refuses a page size past 25 and a forged skip token", async ({ idp, vault, vaultTokens }) => {
    const get = (query: string) =>
      callVault(
        vault,
        idp.caCertPem,
        "GET",
        `/kv-prod-eastus/secrets/x/versions?${API}${query}`,
        vaultTokens.writer,
      );
    expectVaultError(await get("&maxresults=26"), 400, "BadParameter");
    expectVaultError(await get("&maxresults=0"), 400, "BadParameter");
    expectVaultError(await get("&maxresults=two"), 400, "BadParameter");
    expectVaultError(await get("&$skiptoken=forged"), 400, "BadParameter");
    expect((await get("&maxresults=25")).body).toEqual({ value: [], nextLink: null });
  });
});
