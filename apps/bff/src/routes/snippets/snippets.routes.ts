import { AuthModeSchema } from "@keyturn/auth-domain";
import { defineRoute } from "../define-route.ts";
import {
  DEPLOYMENT_PATH,
  DeploymentParamsSchema,
  jsonResponse as json,
  PROVIDER_PROBLEMS,
} from "../deployment-path.ts";
import { z } from "../problem-responses.ts";

export const SnippetsSchema = z
  .strictObject({
    workspace: z.string(),
    deployment: z.string(),
    mode: z.enum(AuthModeSchema.options),
    scoringUri: z.string(),
    /** Token mode: the workspace's token call the snippets use. */
    tokenUrl: z.string().nullable(),
    snippets: z.strictObject({ python: z.string(), curl: z.string(), typescript: z.string() }),
  })
  .openapi("ClientSnippets");

export const getSnippets = defineRoute({
  method: "get",
  path: `${DEPLOYMENT_PATH}/snippets`,
  tags: ["snippets"],
  summary: "Client code (Python requests, cURL, TypeScript fetch) for the deployment's auth mode",
  description:
    "With the real scoring URI and the sample input; keys and tokens are placeholders " +
    "(`<your-primary-key>`, `<your-azure-management-token>`), never real values.",
  permission: "inventory:read",
  request: { params: DeploymentParamsSchema },
  responses: { 200: json("The snippets", SnippetsSchema), ...PROVIDER_PROBLEMS },
});
