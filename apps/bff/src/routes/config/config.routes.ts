import { defineRoute } from "../define-route.ts";
import { jsonResponse } from "../deployment-path.ts";
import { z } from "../problem-responses.ts";

/** What the SPA needs to sign in (apps/web/src/lib/auth/auth-config.ts reads this shape). */
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
  .openapi("ConsoleConfig");

export const getConfig = defineRoute({
  method: "get",
  path: "/config",
  tags: ["session"],
  summary: "How the console signs in (MSAL settings); public, no secret",
  permission: "public",
  responses: { 200: jsonResponse("The console's sign-in settings", ConsoleConfigSchema) },
});
