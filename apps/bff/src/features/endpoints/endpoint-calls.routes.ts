import {
  EndpointEnforcementReportSchema,
  EndpointTestCallRequestSchema,
  EndpointTestCallResultSchema,
  EndpointTokenMetadataSchema,
} from "@keyturn/api-contract";
import { defineRoute } from "../../routing/define-route.ts";
import { deniedTarget } from "../../routing/deployment-path.ts";
import { ENDPOINT_PATH, ENDPOINT_PROBLEMS, EndpointParamsSchema, json } from "./endpoint-path.ts";

export const getEndpointToken = defineRoute({
  method: "post",
  path: `${ENDPOINT_PATH}/token`,
  tags: ["endpoints"],
  summary:
    "Get an AML token with the reader identity; answers its metadata (refresh-after, expiry), never the token",
  description: "AMLToken-mode endpoints only (else 409 `conflict`).",
  permission: "token:get-and-test",
  audit: { action: "endpoint.token.get", target: deniedTarget },
  request: { params: EndpointParamsSchema },
  responses: { 200: json("The token's metadata", EndpointTokenMetadataSchema), ...ENDPOINT_PROBLEMS },
});

export const runEndpointTestCall = defineRoute({
  method: "post",
  path: `${ENDPOINT_PATH}/test-call`,
  tags: ["endpoints"],
  summary: "Call the endpoint's scoring URI from the BFF with a credential chosen by name, and a deployment",
  description:
    "`primary`/`secondary`: a key read for this call only; `aml-token`: a token the reader identity " +
    "gets now; `entra-token`: the BFF's own Entra token for `https://ml.azure.com`. `deployment` is " +
    "sent as `azureml-model-deployment`. The credential never appears in the answer.",
  permission: "token:get-and-test",
  audit: { action: "endpoint.test-call.run", target: deniedTarget },
  request: {
    params: EndpointParamsSchema,
    body: { required: true, content: { "application/json": { schema: EndpointTestCallRequestSchema } } },
  },
  responses: {
    200: json("What the scoring URI answered", EndpointTestCallResultSchema),
    ...ENDPOINT_PROBLEMS,
  },
});

export const verifyEndpointEnforcement = defineRoute({
  method: "post",
  path: `${ENDPOINT_PATH}/verify-enforcement`,
  tags: ["endpoints"],
  summary: "Negative calls to the scoring URI, each expected to be refused (401/403)",
  description:
    "No credential, a random key, a forged JWT, a real Entra token of another audience (the reader " +
    "identity's Resource Manager token; skipped without a reader identity) and a key replaced by a " +
    "console regeneration in the last 15 minutes.",
  permission: "enforcement:verify",
  audit: { action: "endpoint.enforcement.verify", target: deniedTarget },
  request: { params: EndpointParamsSchema },
  responses: { 200: json("The checks", EndpointEnforcementReportSchema), ...ENDPOINT_PROBLEMS },
});
