import { AuthModeSchema, ComputeTargetSchema, RegionSchema } from "@keyturn/auth-domain";
import { ServiceStateSchema } from "@keyturn/azureml-rest";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { z } from "zod";
import { type ApiProblem, api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

/**
 * `GET /api/deployments/{workspace}/{name}`: one deployment, read fresh from its workspace (or its
 * last-known state while the workspace's region is down: see `lastKnown`).
 */
export const DeploymentDetailSchema = z.object({
  workspace: z.string(),
  name: z.string(),
  computeType: ComputeTargetSchema,
  /** AKS: the cluster's compute name. */
  computeName: z.string().nullable(),
  state: ServiceStateSchema,
  scoringUri: z.string().nullable(),
  swaggerUri: z.string().nullable(),
  auth: z.object({ keyAuth: z.boolean(), tokenAuth: z.boolean(), mode: AuthModeSchema }),
  tokenAuthSupported: z.boolean(),
  workspaceRegion: RegionSchema,
  /** The AKS cluster's region; null for ACI. */
  clusterRegion: RegionSchema.nullable(),
  crossRegionTokenRisk: z.boolean(),
  connection: z.object({ id: z.string(), name: z.string() }),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
  /** The same strong ETag as the `ETag` header: sent back as `If-Match` to change or delete. */
  etag: z.string(),
  /**
   * Null on a live read. Set while the workspace's region is down: the detail is the BFF inventory's
   * last-known state as of `asOf` (computeName and swaggerUri are null), and nothing can be changed.
   */
  lastKnown: z
    .object({ reason: z.enum(["workspace_region_down"]), asOf: z.iso.datetime({ offset: true }) })
    .nullable(),
});
export type DeploymentDetail = z.infer<typeof DeploymentDetailSchema>;

export const deploymentPath = (workspace: string, name: string) =>
  `/api/deployments/${encodeURIComponent(workspace)}/${encodeURIComponent(name)}`;

export const deploymentQueryKey = queryKeys.deployments.detail;

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
