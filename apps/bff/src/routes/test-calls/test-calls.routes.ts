import { defineRoute } from "../define-route.ts";
import {
  DEPLOYMENT_PATH,
  DeploymentParamsSchema,
  deniedTarget,
  jsonResponse as json,
  PROVIDER_PROBLEMS,
} from "../deployment-path.ts";
import { z } from "../problem-responses.ts";

/** The credential a test call uses, by name: the browser never holds it. */
export const CredentialNameSchema = z.enum(["primary", "secondary", "token", "none"]);
export type CredentialName = z.infer<typeof CredentialNameSchema>;

/** The largest scoring body a test call sends (serialised JSON). */
export const TEST_CALL_MAX_BODY_BYTES = 64 * 1024;

export const TestCallBodySchema = z
  .strictObject({
    credential: CredentialNameSchema,
    /** The scoring request body (any JSON, at most 64 KB serialised). Default: the sample input. */
    body: z.unknown().optional(),
  })
  .openapi("TestCallRequest");

export const TestCallResultSchema = z
  .strictObject({
    workspace: z.string(),
    deployment: z.string(),
    credential: CredentialNameSchema,
    scoringUri: z.string(),
    /** The scoring URI's status (a 401 here is a refusal reported, not the BFF's own answer). */
    status: z.number().int(),
    latencyMs: z.number().nonnegative(),
    /** Selected response headers (content-type, www-authenticate, x-ms-request-id, …). */
    headers: z.record(z.string(), z.string()),
    /** The response body, first 4 KB. */
    body: z.string(),
    truncated: z.boolean(),
  })
  .openapi("TestCallResult");

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
    body: { required: true, content: { "application/json": { schema: TestCallBodySchema } } },
  },
  responses: { 200: json("What the scoring URI answered", TestCallResultSchema), ...PROVIDER_PROBLEMS },
});
