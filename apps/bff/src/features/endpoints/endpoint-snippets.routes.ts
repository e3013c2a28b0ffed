import { EndpointClientSnippetsSchema, EndpointSnippetsQuerySchema } from "@keyturn/api-contract";
import { defineRoute } from "../../routing/define-route.ts";
import { ENDPOINT_PATH, ENDPOINT_PROBLEMS, EndpointParamsSchema, json } from "./endpoint-path.ts";

export const getEndpointSnippets = defineRoute({
  method: "get",
  path: `${ENDPOINT_PATH}/snippets`,
  tags: ["endpoints", "snippets"],
  summary: "Client code (Python, cURL, TypeScript, az ml) for the endpoint's auth mode, never with a secret",
  description:
    "With the endpoint's scoring URI and the sample input. A key or token is read from the environment " +
    "(`ENDPOINT_KEY`, `ENDPOINT_TOKEN`) or fetched at run time (azure-ai-ml, @azure/identity, the Azure " +
    "CLI), never written in. `deployment` adds the `azureml-model-deployment` header (404 `not_found` " +
    "when the endpoint has no such deployment); 409 `conflict` while the endpoint has no scoring URI.",
  permission: "inventory:read",
  request: { params: EndpointParamsSchema, query: EndpointSnippetsQuerySchema },
  responses: { 200: json("The snippets", EndpointClientSnippetsSchema), ...ENDPOINT_PROBLEMS },
});
