import { DeploymentDetailSchema } from "@keyturn/api-contract";
import { useQuery } from "@tanstack/react-query";
import { api, toApiProblem } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

/**
 * Whether `workspace` already has a deployment named `name` (`GET /api/deployments/{workspace}/{name}`
 * answers it, a 404 says it is free), asked at review so a taken name is refused before Create.
 */
async function isNameTaken(workspace: string, name: string, signal: AbortSignal): Promise<boolean> {
  try {
    await api(`/api/deployments/${encodeURIComponent(workspace)}/${encodeURIComponent(name)}`, {
      schema: DeploymentDetailSchema,
      signal,
    });
    return true;
  } catch (error) {
    if (toApiProblem(error).code === "not_found") return false;
    throw error;
  }
}

export const useNameTaken = (workspace: string, name: string, enabled: boolean) =>
  useQuery({
    queryKey: queryKeys.deployments.nameTaken(workspace, name),
    queryFn: ({ signal }) => isNameTaken(workspace, name, signal),
    enabled: enabled && workspace !== "" && name !== "",
    staleTime: 0,
  });
