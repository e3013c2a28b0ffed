import { WorkspaceListSchema } from "@keyturn/api-contract";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

/** `GET /api/workspaces`: where a deployment can be created, and each workspace's region. */
export const getWorkspaceChoices = (signal?: AbortSignal) =>
  api("/api/workspaces", { schema: WorkspaceListSchema, signal });

/** Its own cache entry: the inventory reads the same endpoint in its own shape (features share no code). */
export const workspaceChoicesQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.workspaces.choices,
    queryFn: ({ signal }) => getWorkspaceChoices(signal),
    staleTime: 60_000,
  });

export const useWorkspaceChoices = () => useQuery(workspaceChoicesQueryOptions());
