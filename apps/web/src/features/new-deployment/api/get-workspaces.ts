import { WorkspaceListSchema } from "@keyturn/api-contract";
import { useQuery } from "@tanstack/react-query";
import { apiGetQueryOptions } from "../../../lib/api-query";
import { queryKeys } from "../../../lib/query-keys";

/**
 * `GET /api/workspaces`: where a deployment can be created, and each workspace's region. Its own
 * cache entry: the inventory reads the same endpoint for its own use (features share no code).
 */
export const workspaceChoicesQueryOptions = apiGetQueryOptions(
  "/api/workspaces",
  WorkspaceListSchema,
  queryKeys.workspaces.choices,
  { staleTime: 60_000 },
);

export const useWorkspaceChoices = () => useQuery(workspaceChoicesQueryOptions());
