import { WorkspaceListSchema } from "@keyturn/api-contract";
import { useQuery } from "@tanstack/react-query";
import { apiGetQueryOptions } from "../../../lib/api-query";
import { queryKeys } from "../../../lib/query-keys";

/** `GET /api/workspaces`: the workspaces the console manages, with their region and size. */
export const workspacesQueryOptions = apiGetQueryOptions(
  "/api/workspaces",
  WorkspaceListSchema,
  queryKeys.workspaces.summaries,
  { staleTime: 60_000 },
);

export const useWorkspaces = () => useQuery(workspacesQueryOptions());
