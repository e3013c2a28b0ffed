import { WorkspaceListSchema } from "@keyturn/api-contract";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

/** `GET /api/workspaces`: the workspaces the console manages, with their region and size. */
export const getWorkspaces = (signal?: AbortSignal) =>
  api("/api/workspaces", { schema: WorkspaceListSchema, signal });

export const workspacesQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.workspaces.summaries,
    queryFn: ({ signal }) => getWorkspaces(signal),
    staleTime: 60_000,
  });

export const useWorkspaces = () => useQuery(workspacesQueryOptions());
