import { useMutation } from "@tanstack/react-query";
import { z } from "zod";
import { api } from "../../../lib/api-client";
import { apiPath } from "../../../lib/api-path";

/** The credential a test call uses, by name: the BFF holds the value, the browser never does. */
export const CredentialNameSchema = z.enum(["primary", "secondary", "token", "none"]);
export type CredentialName = z.infer<typeof CredentialNameSchema>;

/** The BFF sends at most this much (serialised JSON) to the scoring URI; more is 413. */
export const TEST_CALL_MAX_BODY_BYTES = 64 * 1024;

export const TestCallBodySchema = z.object({
  credential: CredentialNameSchema,
  /** The scoring request body, any JSON (the BFF sends the sample input when absent). */
  body: z.unknown().optional(),
});
export type TestCallBody = z.infer<typeof TestCallBodySchema>;

export const TestCallResultSchema = z.object({
  workspace: z.string(),
  deployment: z.string(),
  credential: CredentialNameSchema,
  scoringUri: z.string(),
  /** The scoring URI's status: a 401 here is a refusal reported, not the BFF's own answer. */
  status: z.number().int(),
  latencyMs: z.number().nonnegative(),
  /** Selected response headers (content-type, www-authenticate, x-ms-request-id, …). */
  headers: z.record(z.string(), z.string()),
  /** The first 4 KB of the response body. */
  body: z.string(),
  truncated: z.boolean(),
});
export type TestCallResult = z.infer<typeof TestCallResultSchema>;

/** `POST /api/deployments/{workspace}/{name}/test-call` (token:get-and-test): the BFF calls the scoring URI. */
export const runTestCall = (workspace: string, name: string, body: TestCallBody) =>
  api(apiPath("deployments", workspace, name, "test-call"), {
    method: "POST",
    body: TestCallBodySchema.parse(body),
    schema: TestCallResultSchema,
  });

export const useRunTestCall = (workspace: string, name: string) =>
  useMutation({ mutationFn: (body: TestCallBody) => runTestCall(workspace, name, body) });
