import { type AuthChangeBody, type DeploymentDetail, DeploymentDetailSchema } from "@keyturn/api-contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";
import { deploymentPath, deploymentQueryKey } from "./get-deployment";

export interface UpdateAuthSettingsInput {
  workspace: string;
  name: string;
  /** Only the switches that change. */
  change: AuthChangeBody;
  /** The ETag of the settings the change was made on: a stale one gets 412. */
  etag: string;
}

/** `PATCH /api/deployments/{workspace}/{name}/auth` with `If-Match`: the deployment with its new ETag. */
export const updateAuthSettings = ({ workspace, name, change, etag }: UpdateAuthSettingsInput) =>
  api(`${deploymentPath(workspace, name)}/auth`, {
    method: "PATCH",
    body: change,
    ifMatch: etag,
    schema: DeploymentDetailSchema,
  });

export function useUpdateAuthSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateAuthSettings,
    onSuccess: (deployment: DeploymentDetail) => {
      queryClient.setQueryData(deploymentQueryKey(deployment.workspace, deployment.name), deployment);
      void queryClient.invalidateQueries({ queryKey: queryKeys.deployments.lists });
    },
  });
}
