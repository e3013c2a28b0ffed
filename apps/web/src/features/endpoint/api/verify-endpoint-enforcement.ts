import { EndpointEnforcementReportSchema } from "@keyturn/api-contract";
import { useMutation } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { apiPath } from "../../../lib/api-path";

/** `POST …/verify-enforcement`: negative calls that must be refused. */
export const verifyEndpointEnforcement = (workspace: string, name: string) =>
  api(apiPath("endpoints", workspace, name, "verify-enforcement"), {
    method: "POST",
    schema: EndpointEnforcementReportSchema,
  });

export const useVerifyEndpointEnforcement = (workspace: string, name: string) =>
  useMutation({ mutationFn: () => verifyEndpointEnforcement(workspace, name) });
