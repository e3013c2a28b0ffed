import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { getRequestListener } from "@hono/node-server";
import type { DevIdp } from "@keyturn/dev-idp";
import { SERVICE_PRINCIPALS } from "@keyturn/dev-idp";
import { pino } from "pino";
import { resolveConfig } from "../src/config.ts";
import { type KeyVaultOptions, keyVaultRouter } from "../src/keyvault/keyvault-router.ts";
import { seedState } from "../src/state/seed.ts";
import { Store } from "../src/state/store.ts";
import { listenHttps } from "../src/v2/https.ts";
import { principalToken, VAULT_SCOPE } from "./keyvault-callers.ts";
import { it as base } from "./support/fixtures.ts";

// The Key Vault surface served alone over HTTPS (the official client refuses bearer tokens over
// http) with dev-idp's certificate, and `it` with a file-wide vault server and tokens for it.

/** dev-idp's certificate and key (its key sits beside the certificate it serves). */
async function idpTls(idp: DevIdp) {
  const keyPem = await readFile(path.join(path.dirname(idp.caCertPath), "key.pem"), "utf8");
  return { certPem: idp.caCertPem, keyPem };
}

export interface VaultServer {
  /** e.g. https://localhost:40123 */
  origin: string;
  dataDir: string;
  close(): Promise<void>;
}

/** The router on a loopback HTTPS server, its state in `dataDir` (a new temporary one by default). */
export async function startVaultServer(
  idp: DevIdp,
  options: KeyVaultOptions & { dataDir?: string } = {},
): Promise<VaultServer> {
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(tmpdir(), "keyturn-keyvault-")));
  const config = resolveConfig({ dataDir, idpIssuer: idp.issuer, idpCaPem: idp.caCertPem });
  const store = await Store.open(config.stateDir, () => seedState());
  const logger = pino({ level: "silent" });
  const vault = await keyVaultRouter({ config, logger, store }, options);
  const listening = await listenHttps(0, await idpTls(idp), getRequestListener(vault.routes.fetch));
  let closed: Promise<void> | undefined;
  return {
    origin: listening.url,
    dataDir,
    close: () => {
      closed ??= listening.close().then(() => vault.close());
      return closed;
    },
  };
}

export async function disposeVaultServer(server: VaultServer) {
  await server.close();
  await rm(server.dataDir, { recursive: true, force: true });
}

/**
 * `it` with, file-wide, a vault server (`vault`) on the file's identity provider and `vaultTokens`:
 * the BFF's (Secrets Officer) and the reader's (Secrets User) for Key Vault, and the BFF's for
 * management (the wrong audience).
 */
export const it = base
  .extend("vault", { scope: "file" }, async ({ idp }, { onCleanup }) => {
    const server = await startVaultServer(idp);
    onCleanup(() => disposeVaultServer(server));
    return server;
  })
  .extend("vaultTokens", { scope: "file" }, async ({ idp }) => {
    const { bff, reader } = SERVICE_PRINCIPALS;
    return {
      writer: await principalToken(idp, bff, VAULT_SCOPE),
      reader: await principalToken(idp, reader, VAULT_SCOPE),
      management: await principalToken(idp, bff, "https://management.azure.com/.default"),
    };
  });
