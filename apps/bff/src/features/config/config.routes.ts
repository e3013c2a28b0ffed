import { ConsoleConfigSchema } from "@keyturn/api-contract";
import { defineRoute } from "../../routing/define-route.ts";
import { jsonResponse } from "../../routing/deployment-path.ts";

export const getConfig = defineRoute({
  method: "get",
  path: "/config",
  tags: ["session"],
  summary: "How the console signs in (MSAL settings); public, no secret",
  permission: "public",
  responses: { 200: jsonResponse("The console's sign-in settings", ConsoleConfigSchema) },
});
