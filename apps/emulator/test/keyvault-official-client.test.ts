import type { TokenCredential } from "@azure/identity";
import { type KeyVaultSecret, parseKeyVaultSecretIdentifier, SecretClient } from "@azure/keyvault-secrets";
import { SERVICE_PRINCIPALS } from "@keyturn/dev-idp";
import { describe, expect } from "vitest";
import { devIdpCredential, localVaultOptions, VAULT_SCOPE } from "./keyvault-callers.ts";
import { disposeVaultServer, startVaultServer, type VaultServer } from "./keyvault-support.ts";
import { it } from "./support/fixtures.ts";

// Microsoft's own SecretClient, unmodified, against the emulator's vaults over HTTPS: it sends its
// first request without a token, learns the authority and resource from the 401 challenge, asks
// dev-idp for a Key Vault token and retries; then sets, gets and lists versions with the api-version
// it sends by default (2026-04-01) or an older one.

const { bff, reader } = SERVICE_PRINCIPALS;

function clientFor(
  server: VaultServer,
  caCertPem: string,
  credential: TokenCredential,
  vault = "kv-prod-eastus",
  serviceVersion?: "7.5",
) {
  return new SecretClient(
    `${server.origin}/${vault}`,
    credential,
    localVaultOptions(caCertPem, serviceVersion ? { serviceVersion } : {}),
  );
}

describe("@azure/keyvault-secrets against the emulator's vaults", () => {
  it("sets a secret twice, gets each version and the latest, and lists both", async ({ idp }) => {
    const server = await startVaultServer(idp);
    try {
      const { credential, asked } = devIdpCredential(idp, bff);
      const client = clientFor(server, idp.caCertPem, credential);

      const first = await client.setSecret("churn-predictor-key", "first-value", {
        contentType: "text/plain",
        tags: { deployment: "churn-predictor" },
      });
      // The token the client asked for is the challenge's resource, nothing else.
      expect(asked).toEqual([[VAULT_SCOPE]]);
      const second = await client.setSecret("churn-predictor-key", "second-value");

      for (const secret of [first, second]) {
        expect(secret.properties.version).toMatch(/^[0-9a-f]{32}$/);
        expect(secret.properties.enabled).toBe(true);
        expect(secret.properties.recoveryLevel).toBe("Recoverable+Purgeable");
        expect(secret.properties.createdOn).toBeInstanceOf(Date);
        expect(secret.properties.id).toBe(
          `${server.origin.replace("localhost", "kv-prod-eastus.localhost")}/secrets/churn-predictor-key/${secret.properties.version}`,
        );
      }
      expect(first.properties.version).not.toBe(second.properties.version);
      expect(first.properties.contentType).toBe("text/plain");
      expect(first.properties.tags).toEqual({ deployment: "churn-predictor" });
      expect(first.value).toBe("first-value");

      const latest = await client.getSecret("churn-predictor-key");
      expect(latest.value).toBe("second-value");
      expect(latest.properties.version).toBe(second.properties.version);
      const older = await client.getSecret("churn-predictor-key", { version: first.properties.version });
      expect(older.value).toBe("first-value");
      expect(older.properties.contentType).toBe("text/plain");

      const versions: string[] = [];
      for await (const properties of client.listPropertiesOfSecretVersions("churn-predictor-key"))
        versions.push(properties.version ?? "");
      expect(versions).toEqual([first.properties.version, second.properties.version]);
    } finally {
      await disposeVaultServer(server);
    }
  });

  it("pages through many versions by nextLink, with the older api-version 7.5 too", async ({ idp }) => {
    const server = await startVaultServer(idp);
    try {
      const { credential } = devIdpCredential(idp, bff);
      const client = clientFor(server, idp.caCertPem, credential, "kv-ml-westeurope", "7.5");
      const written: KeyVaultSecret[] = [];
      for (let i = 0; i < 7; i++) written.push(await client.setSecret("rotated", `value-${i}`));

      const pages: string[][] = [];
      const iterator = client.listPropertiesOfSecretVersions("rotated").byPage({ maxPageSize: 3 });
      for await (const page of iterator) pages.push(page.map((p) => p.version ?? ""));
      expect(pages.map((p) => p.length)).toEqual([3, 3, 1]);
      expect(pages.flat()).toEqual(written.map((s) => s.properties.version));
      expect((await client.getSecret("rotated")).value).toBe("value-6");
    } finally {
      await disposeVaultServer(server);
    }
  });

  it("lets a reader get but not set, and says a missing secret is SecretNotFound", async ({ idp }) => {
    const server = await startVaultServer(idp);
    try {
      const writer = clientFor(server, idp.caCertPem, devIdpCredential(idp, bff).credential);
      const readerClient = clientFor(server, idp.caCertPem, devIdpCredential(idp, reader).credential);
      const written = await writer.setSecret("shared", "for-callers");

      const read = await readerClient.getSecret("shared");
      expect(read.value).toBe("for-callers");
      expect(parseKeyVaultSecretIdentifier(read.properties.id ?? "").version).toBe(
        written.properties.version,
      );

      await expect(readerClient.setSecret("shared", "not-allowed")).rejects.toMatchObject({
        statusCode: 403,
        code: "Forbidden",
      });
      expect((await readerClient.getSecret("shared")).value).toBe("for-callers");
      await expect(readerClient.getSecret("never-written")).rejects.toMatchObject({
        statusCode: 404,
        code: "SecretNotFound",
      });
    } finally {
      await disposeVaultServer(server);
    }
  });

  it("keeps every version across a restart", async ({ idp }) => {
    const server = await startVaultServer(idp);
    try {
      const { credential } = devIdpCredential(idp, bff);
      const written = await clientFor(server, idp.caCertPem, credential).setSecret("durable", "kept");
      await server.close();
      const again = await startVaultServer(idp, { dataDir: server.dataDir });
      try {
        const client = clientFor(again, idp.caCertPem, credential);
        const read = await client.getSecret("durable", { version: written.properties.version });
        expect(read.value).toBe("kept");
      } finally {
        await again.close();
      }
    } finally {
      await disposeVaultServer(server);
    }
  });
});
