import { type TestCallRequest, TestCallRequestSchema, TestCallResultSchema } from "@keyturn/api-contract";
import { useMutation } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { apiPath } from "../../../lib/api-path";

/** `POST /api/deployments/{workspace}/{name}/test-call` (token:get-and-test): the BFF calls the scoring URI. */
export const runTestCall = (workspace: string, name: string, body: TestCallRequest) =>
  api(apiPath("deployments", workspace, name, "test-call"), {
    method: "POST",
    body: TestCallRequestSchema.parse(body),
    schema: TestCallResultSchema,
  });

export const useRunTestCall = (workspace: string, name: string) =>
  useMutation({ mutationFn: (body: TestCallRequest) => runTestCall(workspace, name, body) });
