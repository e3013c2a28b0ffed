import { EnforcementReportSchema } from "@keyturn/api-contract";
import { useMutation } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { apiPath } from "../../../lib/api-path";

/**
 * `POST /api/deployments/{workspace}/{name}/verify-enforcement` (enforcement:verify): negative calls
 * made by the BFF — no credential, a random key, a forged token, the key a regeneration replaced.
 */
export const verifyEnforcement = (workspace: string, name: string) =>
  api(apiPath("deployments", workspace, name, "verify-enforcement"), {
    method: "POST",
    schema: EnforcementReportSchema,
  });

export const useVerifyEnforcement = (workspace: string, name: string) =>
  useMutation({ mutationFn: () => verifyEnforcement(workspace, name) });
