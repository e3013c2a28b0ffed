import { type ConsoleConfig, ConsoleConfigSchema } from "@keyturn/api-contract";
import { api } from "../api-client";

export type AuthConfig = ConsoleConfig["auth"];

/**
 * `GET /api/config` (no auth): how the SPA signs in — the BFF's answer, never baked into the bundle.
 * MSAL refuses an http authority, so the console asks for https on top of the contract.
 */
const BrowserConfigSchema = ConsoleConfigSchema.refine(
  ({ auth }) => URL.canParse(auth.authority) && new URL(auth.authority).protocol === "https:",
  { path: ["auth", "authority"], message: "an https authority" },
);

export async function fetchAuthConfig(signal?: AbortSignal): Promise<AuthConfig> {
  const config = await api("/api/config", { schema: BrowserConfigSchema, anonymous: true, signal });
  return config.auth;
}
