import { type EndpointTestCallRequest, EndpointTestCallResultSchema } from "@keyturn/api-contract";
import { useMutation } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { apiPath } from "../../../lib/api-path";

/** `POST …/test-call`: the BFF calls the scoring URI with the named credential and deployment. */
export const runEndpointTestCall = (workspace: string, name: string, request: EndpointTestCallRequest) =>
  api(apiPath("endpoints", workspace, name, "test-call"), {
    method: "POST",
    body: request,
    schema: EndpointTestCallResultSchema,
  });

export const useRunEndpointTestCall = (workspace: string, name: string) =>
  useMutation({
    mutationFn: (request: EndpointTestCallRequest) => runEndpointTestCall(workspace, name, request),
  });
