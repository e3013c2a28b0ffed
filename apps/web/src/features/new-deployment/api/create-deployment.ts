import {
  type CreateDeploymentBody,
  DeploymentDetailSchema,
  PendingOperationSchema,
} from "@keyturn/api-contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { apiRequest } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

/** 201 (the deployment) and 202 (still being created) both name it and give a state. */
const CreatedDeploymentSchema = z.union([DeploymentDetailSchema, PendingOperationSchema]);

export interface CreateDeploymentInput {
  workspace: string;
  body: CreateDeploymentBody;
}

/**
 * `POST /api/deployments/{workspace}`; absent auth switches take the target's defaults on the server
 * (auth-domain's `defaultAuthSettings`), but the wizard always sends both.
 */
export const createDeployment = async ({ workspace, body }: CreateDeploymentInput) => {
  const response = await apiRequest(`/api/deployments/${encodeURIComponent(workspace)}`, {
    method: "POST",
    body,
    schema: CreatedDeploymentSchema,
  });
  return { ...response.data, accepted: response.status === 202 };
};

export function useCreateDeployment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createDeployment,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.deployments.lists });
      void queryClient.invalidateQueries({ queryKey: queryKeys.workspaces.all });
    },
  });
}
