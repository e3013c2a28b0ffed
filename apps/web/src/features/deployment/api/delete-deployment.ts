import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";
import { deploymentPath, deploymentQueryKey } from "./get-deployment";

export interface DeleteDeploymentInput {
  workspace: string;
  name: string;
  etag: string;
}

/** `DELETE /api/deployments/{workspace}/{name}` with `If-Match`: 204 done, 202 still running. */
export const deleteDeployment = async ({ workspace, name, etag }: DeleteDeploymentInput) => {
  const { status } = await apiRequest(deploymentPath(workspace, name), { method: "DELETE", ifMatch: etag });
  return { done: status === 204 };
};

export function useDeleteDeployment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteDeployment,
    onSuccess: (_result, { workspace, name }) => {
      queryClient.removeQueries({ queryKey: deploymentQueryKey(workspace, name), exact: true });
      void queryClient.invalidateQueries({ queryKey: queryKeys.deployments.lists });
    },
  });
}
