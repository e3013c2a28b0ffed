import { z } from "zod";

/** `GET /api/config` (public, no secret): how the console signs in (MSAL settings). */
export const ConsoleConfigSchema = z
  .object({
    auth: z.object({
      authority: z.url(),
      clientId: z.string().min(1),
      scopes: z.array(z.string().min(1)).min(1),
      protocolMode: z.enum(["OIDC", "AAD"]),
      knownAuthorities: z.array(z.string()),
    }),
  })
  .meta({ id: "ConsoleConfig" });
export type ConsoleConfig = z.infer<typeof ConsoleConfigSchema>;
