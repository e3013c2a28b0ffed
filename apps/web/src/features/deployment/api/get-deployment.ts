import { type DeploymentDetail, DeploymentDetailSchema } from "@keyturn/api-contract";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { type ApiProblem, api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

export const deploymentPath = (workspace: string, name: string) =>
  `/api/deployments/${encodeURIComponent(workspace)}/${encodeURIComponent(name)}`;

export const deploymentQueryKey = queryKeys.deployments.detail;

/**
 * `GET /api/deployments/{workspace}/{name}`: one deployment, read fresh from its workspace (or its
 * last-known state while the workspace's region is down: see `lastKnown`).
 */
export const getDeployment = (workspace: string, name: string, signal?: AbortSignal) =>
  api(deploymentPath(workspace, name), { schema: DeploymentDetailSchema, signal });

/** How often a deployment that is changing (or being watched into life) is read again. */
export const POLL_INTERVAL_MS = 2_000;

/**
 * `untilHealthy`: keep reading until the deployment is Healthy — also through a 404 while a just
 * accepted creation is not listed yet — and stop on a state that will not become healthy by itself.
 * Otherwise a deployment is polled only while it is Transitioning.
 */
export function pollInterval(
  latest: { data: DeploymentDetail | undefined; error: ApiProblem | null },
  untilHealthy: boolean,
): number | false {
  const state = latest.data?.state;
  if (state === "Transitioning") return POLL_INTERVAL_MS;
  if (!untilHealthy || state === "Healthy" || state === "Failed" || state === "Unschedulable") return false;
  return latest.error && latest.error.code !== "not_found" ? false : POLL_INTERVAL_MS;
}

export const deploymentQueryOptions = (workspace: string, name: string, untilHealthy = false) =>
  queryOptions({
    queryKey: deploymentQueryKey(workspace, name),
    queryFn: ({ signal }) => getDeployment(workspace, name, signal),
    refetchInterval: (query) => pollInterval(query.state, untilHealthy),
  });

export const useDeployment = (workspace: string, name: string, options: { untilHealthy?: boolean } = {}) =>
  useQuery(deploymentQueryOptions(workspace, name, options.untilHealthy ?? false));
