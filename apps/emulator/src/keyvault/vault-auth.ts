import { createMiddleware } from "hono/factory";
import { decodeProtectedHeader, errors } from "jose";
import type { Logger } from "pino";
import type { IdpVerifier } from "../control-plane/idp-verifier.ts";
import { bearerCredential } from "../http/bearer.ts";
import { KeyVaultError } from "./vault-errors.ts";
import {
  isAllowed,
  SECRET_DATA_ACTIONS,
  type SecretDataAction,
  type VaultCaller,
  type VaultRoleAssignments,
  vaultResourceId,
} from "./vault-rbac.ts";
import type { VaultRecord } from "./vault-state.ts";

/** Key Vault's resource: its data plane takes only Entra access tokens issued for it. */
export const VAULT_AUDIENCE = "https://vault.azure.net";

export type KeyVaultEnv = { Variables: { caller: VaultCaller; vault: VaultRecord } };

const claim = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);

/**
 * Key Vault's challenge: every 401 names the authority and the resource to ask a token for, which is
 * how the official client learns them (it sends its first request without a token).
 */
function unauthorized(issuer: string, message: string): KeyVaultError {
  return new KeyVaultError(401, "Unauthorized", message, {
    headers: { "WWW-Authenticate": `Bearer authorization="${issuer}", resource="${VAULT_AUDIENCE}"` },
  });
}

/** Why a token was refused, in Key Vault's words where they are known; never the token itself. */
function refusal(err: unknown): string {
  if (err instanceof errors.JWTClaimValidationFailed) {
    if (err.claim === "aud") {
      const found =
        claim(err.payload.aud) ?? (Array.isArray(err.payload.aud) ? err.payload.aud.join(", ") : "");
      return `AKV10022: Invalid audience. Expected ${VAULT_AUDIENCE}, found: ${found}.`;
    }
    if (err.claim === "iss") return "AKV10032: Invalid issuer.";
  }
  if (err instanceof errors.JWTExpired) return "Token validation failed: the token has expired.";
  return "Token validation failed: the access token is invalid.";
}

/**
 * Requires an access token from the identity provider for Key Vault (401 with the challenge without
 * one, or with a bad one; 503 when the provider cannot be reached) and sets the caller.
 */
export function vaultAuth(options: { issuer: string; verifier: IdpVerifier; logger: Logger }) {
  const { issuer, verifier, logger } = options;
  return createMiddleware<KeyVaultEnv>(async (c, next) => {
    const token = bearerCredential(c.req.header("authorization"));
    if (!token) throw unauthorized(issuer, "AKV10000: Request is missing a Bearer or PoP token.");
    try {
      decodeProtectedHeader(token);
    } catch {
      throw unauthorized(issuer, "Token validation failed: the access token is not a JWT.");
    }
    let payload: Awaited<ReturnType<IdpVerifier["verify"]>>;
    try {
      payload = await verifier.verify(token);
    } catch (err) {
      if (
        err instanceof errors.JOSEError &&
        !(err instanceof errors.JWKSTimeout) &&
        !(err instanceof errors.JWKSInvalid)
      )
        throw unauthorized(issuer, refusal(err));
      logger.warn({ err }, "could not verify a Key Vault access token against the identity provider");
      throw new KeyVaultError(
        503,
        "ServiceUnavailable",
        "The identity provider could not be reached to verify the token.",
      );
    }
    // Entra app-only tokens carry `appid` (v1) or `azp` (v2); a user's, its `oid`.
    c.set("caller", { appId: claim(payload.appid) ?? claim(payload.azp), objectId: claim(payload.oid) });
    await next();
  });
}

/** Key Vault's 403 when RBAC does not grant the caller `action` on the vault. */
export function requireDataAction(assignments: VaultRoleAssignments, action: SecretDataAction) {
  return createMiddleware<KeyVaultEnv>(async (c, next) => {
    const { caller, vault } = c.var;
    if (!isAllowed(assignments, caller, action)) {
      const resource = `${vaultResourceId(vault)}/secrets/${c.req.param("name") ?? ""}`;
      throw new KeyVaultError(
        403,
        "Forbidden",
        [
          "Caller is not authorized to perform action on resource.",
          "If role assignments, deny assignments or role definitions were changed recently, please observe propagation time.",
          `Caller: appid=${caller.appId ?? "(none)"};oid=${caller.objectId ?? "(none)"}`,
          `Action: '${SECRET_DATA_ACTIONS[action]}'`,
          `Resource: '${resource.toLowerCase()}'`,
          "Assignment: (not found)",
          `Vault: ${vault.name};location=${vault.location}`,
        ].join("\r\n"),
        { innerCode: "ForbiddenByRbac" },
      );
    }
    await next();
  });
}
