import { z } from "zod";
import { api } from "../api-client";

/** `GET /api/config` (no auth): how the SPA signs in — the BFF's answer, never baked into the bundle. */
export const ConsoleConfigSchema = z.object({
  auth: z.object({
    authority: z.url({ protocol: /^https$/ }), // MSAL refuses an http authority
    clientId: z.string().min(1),
    scopes: z.array(z.string().min(1)).min(1),
    protocolMode: z.enum(["OIDC", "AAD"]),
    knownAuthorities: z.array(z.string()),
  }),
});
export type ConsoleConfig = z.infer<typeof ConsoleConfigSchema>;
export type AuthConfig = ConsoleConfig["auth"];

export async function fetchAuthConfig(signal?: AbortSignal): Promise<AuthConfig> {
  const config = await api("/api/config", { schema: ConsoleConfigSchema, anonymous: true, signal });
  return config.auth;
}
