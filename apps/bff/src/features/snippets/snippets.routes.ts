import { ClientSnippetsSchema } from "@keyturn/api-contract";
import { defineRoute } from "../../routing/define-route.ts";
import {
  DEPLOYMENT_PATH,
  DeploymentParamsSchema,
  jsonResponse as json,
  PROVIDER_PROBLEMS,
} from "../../routing/deployment-path.ts";

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
  responses: { 200: json("The snippets", ClientSnippetsSchema), ...PROVIDER_PROBLEMS },
});
