import { createMiddleware } from "hono/factory";
import { badParameter } from "./vault-errors.ts";

/**
 * The api-versions of Key Vault's secrets the emulator answers: what `@azure/keyvault-secrets` 4.12
 * sends by default (2026-04-01) and what it, or an older client, may be told to send. The answers are
 * the same for each: the newer versions added operations the emulator does not serve.
 */
export const VAULT_API_VERSIONS = [
  "2026-04-01",
  "2025-07-01",
  "7.6",
  "7.6-preview.2",
  "7.5",
  "7.4",
  "7.3",
  "7.2",
  "7.1",
  "7.0",
] as const;

/** Refuses a missing or unknown `api-version` as Key Vault does (400 BadParameter). */
export const requireVaultApiVersion = createMiddleware(async (c, next) => {
  const version = c.req.query("api-version");
  if (version === undefined || version === "")
    throw badParameter("The 'api-version' query parameter is required.");
  if (!(VAULT_API_VERSIONS as readonly string[]).includes(version))
    throw badParameter(
      `The specified version (${version}) is not recognized. Consider using the latest supported version (${VAULT_API_VERSIONS[0]}).`,
    );
  await next();
});
