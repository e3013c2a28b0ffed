import { z } from "zod";
import type { ComputeTarget } from "./compute.ts";
import { fail, ok, type Result } from "./result.ts";

/** How a deployment authenticates its callers. `tokenAuth` is Azure's `aadAuthEnabled`. */
export const AuthSettingsSchema = z.strictObject({
  keyAuth: z.boolean(),
  tokenAuth: z.boolean(),
});
export type AuthSettings = z.infer<typeof AuthSettingsSchema>;

/** A requested change: the fields to set; an absent field keeps its current value. */
export const AuthSettingsChangeSchema = AuthSettingsSchema.partial();
export type AuthSettingsChange = z.infer<typeof AuthSettingsChangeSchema>;

export const AuthModeSchema = z.enum(["none", "key", "token"]);
export type AuthMode = z.infer<typeof AuthModeSchema>;

/** The seed's defaults: key auth off on ACI and on on AKS; token auth off on both. */
export function defaultAuthSettings(target: ComputeTarget): AuthSettings {
  return { keyAuth: target === "AKS", tokenAuth: false };
}

/** Valid settings never have both on, so the mode is one of three. */
export function authMode(settings: AuthSettings): AuthMode {
  if (settings.tokenAuth) return "token";
  if (settings.keyAuth) return "key";
  return "none";
}

/** Whether token auth can be offered at all on a target (ACI has no token auth). */
export function supportsTokenAuth(target: ComputeTarget): boolean {
  return target === "AKS";
}

/** Accepts exactly the settings the service accepts: token ⇒ AKS, and never key and token together. */
export function validateAuthSettings(target: ComputeTarget, settings: AuthSettings): Result<AuthSettings> {
  if (settings.tokenAuth && !supportsTokenAuth(target)) {
    return fail({
      code: "token_auth_requires_aks",
      message:
        "Token authentication is only available on AKS deployments; ACI supports key authentication only.",
    });
  }
  if (settings.keyAuth && settings.tokenAuth) {
    return fail({
      code: "key_and_token_auth_together",
      message: "Key and token authentication cannot both be on: choose one.",
    });
  }
  return ok(settings);
}

/**
 * Applies a change to the current settings. Turning token auth on must turn key auth off in the same
 * change (the SDK refuses "token_auth_enabled without disabling key auth"), so a change that sets
 * tokenAuth while key auth stays on by omission gets its own, more helpful error.
 */
export function applyAuthChange(
  target: ComputeTarget,
  current: AuthSettings,
  change: AuthSettingsChange,
): Result<AuthSettings> {
  const next: AuthSettings = {
    keyAuth: change.keyAuth ?? current.keyAuth,
    tokenAuth: change.tokenAuth ?? current.tokenAuth,
  };
  if (
    supportsTokenAuth(target) &&
    change.tokenAuth === true &&
    change.keyAuth === undefined &&
    next.keyAuth
  ) {
    return fail({
      code: "token_auth_requires_key_off",
      message: "Turning token authentication on requires turning key authentication off in the same change.",
    });
  }
  return validateAuthSettings(target, next);
}
