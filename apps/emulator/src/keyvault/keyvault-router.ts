import path from "node:path";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { createMiddleware } from "hono/factory";
import type { EmulatorContext } from "../context.ts";
import { createIdpVerifier } from "../control-plane/idp-verifier.ts";
import { secretRoutes } from "./secrets.routes.ts";
import { requireVaultApiVersion } from "./vault-api-version.ts";
import { type KeyVaultEnv, VAULT_AUDIENCE, vaultAuth } from "./vault-auth.ts";
import { KeyVaultError, keyVaultOnError } from "./vault-errors.ts";
import { DEFAULT_VAULT_ROLE_ASSIGNMENTS, type VaultRoleAssignments } from "./vault-rbac.ts";
import { seedVaults } from "./vault-seed.ts";
import { VaultStore } from "./vault-store.ts";

export interface KeyVaultOptions {
  /** Principal (application id or user object id) → role on every vault. */
  roleAssignments?: VaultRoleAssignments;
}

export interface KeyVaultRouter {
  /** Serves `/{vault}/secrets/…`; mount it at the root, ahead of the emulator's other routes. */
  routes: Hono<KeyVaultEnv>;
  /** The vaults' state, for tests and the admin API. */
  store: VaultStore;
  close(): Promise<void>;
}

/**
 * Azure Key Vault's secrets, path-style as Azurite serves storage accounts
 * (`https://localhost:8091/{vault}/secrets/{name}`): one vault per workspace (seeded on the first
 * start beside the v1 state), Entra tokens for `https://vault.azure.net` from the identity provider
 * after Key Vault's 401 challenge, and Key Vault's RBAC data actions.
 */
export async function keyVaultRouter(
  emu: Pick<EmulatorContext, "config" | "logger" | "store">,
  options: KeyVaultOptions = {},
): Promise<KeyVaultRouter> {
  // Beside the v1 state's folder, not in it: that folder holds its one file.
  const stateDir = path.join(emu.config.dataDir, "emulator-keyvault");
  const store = await VaultStore.open(stateDir, () => seedVaults(emu.store.listWorkspaces()));
  const verifier = createIdpVerifier({
    issuer: emu.config.idpIssuer,
    ca: emu.config.idpCa,
    audience: VAULT_AUDIENCE,
  });
  const assignments = options.roleAssignments ?? DEFAULT_VAULT_ROLE_ASSIGNMENTS;

  const findVault = createMiddleware<KeyVaultEnv>(async (c, next) => {
    const vault = store.vault(c.req.param("vault") ?? "");
    if (!vault)
      throw new KeyVaultError(
        404,
        "VaultNotFound",
        `The vault '${c.req.param("vault")}' does not exist in the emulator.`,
      );
    c.set("vault", vault);
    await next();
  });

  const routes = new Hono<KeyVaultEnv>()
    .use("/:vault/secrets/*", bodyLimit({ maxSize: 64 * 1024 }))
    .use("/:vault/secrets/*", vaultAuth({ issuer: emu.config.idpIssuer, verifier, logger: emu.logger }))
    .use("/:vault/secrets/*", requireVaultApiVersion)
    .use("/:vault/secrets/*", findVault)
    .route("/", secretRoutes(store, assignments))
    .all("/:vault/secrets/*", (c) => {
      throw new KeyVaultError(
        405,
        "MethodNotAllowed",
        `The emulator's vaults do not serve ${c.req.method} ${c.req.path}: they set, get and list secrets and their versions.`,
      );
    });
  routes.onError(keyVaultOnError(emu.logger));

  return {
    routes,
    store,
    async close() {
      await store.save();
      await verifier.close();
    },
  };
}
