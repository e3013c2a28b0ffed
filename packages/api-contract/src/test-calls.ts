import { z } from "zod";
import { DeploymentRefShape } from "./deployments.ts";

// `POST /api/deployments/{workspace}/{name}/test-call`: the BFF calls the scoring URI.

/** The credential a test call uses, by name: the BFF holds the value, the browser never does. */
export const CredentialNameSchema = z.enum(["primary", "secondary", "token", "none"]);
export type CredentialName = z.infer<typeof CredentialNameSchema>;

/** The largest scoring body a test call sends (serialised JSON); more is 413. */
export const TEST_CALL_MAX_BODY_BYTES = 64 * 1024;

/**
 * The body a test call sends when it names none, and the console's editor starts from: two rows of
 * the ten features the sample model scores.
 */
export const SAMPLE_SCORING_INPUT = {
  data: [
    [0.038, 0.051, 0.062, 0.022, -0.044, -0.035, -0.043, -0.003, 0.02, -0.018],
    [-0.002, -0.045, -0.051, -0.026, -0.008, -0.019, 0.074, -0.039, -0.068, -0.092],
  ],
};

export const TestCallRequestSchema = z
  .strictObject({
    credential: CredentialNameSchema,
    /** The scoring request body (any JSON, at most 64 KB serialised). Default: the sample input. */
    body: z.unknown().optional(),
  })
  .meta({ id: "TestCallRequest" });
export type TestCallRequest = z.infer<typeof TestCallRequestSchema>;

export const TestCallResultSchema = z
  .strictObject({
    ...DeploymentRefShape,
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
  .meta({ id: "TestCallResult" });
export type TestCallResult = z.infer<typeof TestCallResultSchema>;
