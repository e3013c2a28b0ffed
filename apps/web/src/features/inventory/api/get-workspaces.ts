import { RegionSchema } from "@keyturn/auth-domain";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { z } from "zod";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

/** `GET /api/workspaces`: the workspaces the console manages, with their region and size. */
export const WorkspaceSummarySchema = z.object({
  name: z.string(),
  friendlyName: z.string().nullable(),
  region: RegionSchema,
  deploymentCount: z.number().int().nonnegative(),
});
export type WorkspaceSummary = z.infer<typeof WorkspaceSummarySchema>;

export const WorkspaceListSchema = z.object({ items: z.array(WorkspaceSummarySchema) });
export type WorkspaceList = z.infer<typeof WorkspaceListSchema>;

export const getWorkspaces = (signal?: AbortSignal) =>
  api("/api/workspaces", { schema: WorkspaceListSchema, signal });

export const workspacesQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.workspaces.summaries,
    queryFn: ({ signal }) => getWorkspaces(signal),
    staleTime: 60_000,
  });

export const useWorkspaces = () => useQuery(workspacesQueryOptions());
