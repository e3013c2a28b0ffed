import { TestCallRequestSchema, TestCallResultSchema } from "@keyturn/api-contract";
import { defineRoute } from "../../routing/define-route.ts";
import {
  DEPLOYMENT_PATH,
  DeploymentParamsSchema,
  deniedTarget,
  jsonResponse as json,
  PROVIDER_PROBLEMS,
} from "../../routing/deployment-path.ts";

export const runTestCall = defineRoute({
  method: "post",
  path: `${DEPLOYMENT_PATH}/test-call`,
  tags: ["test-calls"],
  summary: "Call the deployment's scoring URI from the BFF with a credential chosen by name",
  description:
    "Keys are read from the workspace for this call only; a token comes from the BFF's cache. The " +
    "credential never appears in the answer. Body at most 64 KB (413), call bounded by a timeout (504).",
  permission: "token:get-and-test",
  audit: { action: "test-call.run", target: deniedTarget },
  request: {
    params: DeploymentParamsSchema,
    body: { required: true, content: { "application/json": { schema: TestCallRequestSchema } } },
  },
  responses: { 200: json("What the scoring URI answered", TestCallResultSchema), ...PROVIDER_PROBLEMS },
});
