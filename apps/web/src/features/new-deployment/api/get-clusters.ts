import { WorkspaceComputeListSchema } from "@keyturn/api-contract";
import { useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

/** `GET /api/workspaces/{workspace}/computes?kind=AKS`: the clusters a new AKS service can run on. */
export const useWorkspaceClusters = (workspace: string) =>
  useQuery({
    queryKey: queryKeys.workspaces.clusters(workspace),
    queryFn: ({ signal }) =>
      api(`/api/workspaces/${encodeURIComponent(workspace)}/computes?kind=AKS`, {
        schema: WorkspaceComputeListSchema,
        signal,
      }),
    enabled: workspace !== "",
    staleTime: 60_000,
  });
