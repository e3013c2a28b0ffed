import { defineRoute } from "../define-route.ts";
import { jsonResponse } from "../deployment-path.ts";
import { RegionEnum } from "../deployments/deployments.schemas.ts";
import { z } from "../problem-responses.ts";

export const WorkspaceViewSchema = z
  .object({
    name: z.string(),
    friendlyName: z.string().nullable(),
    region: RegionEnum,
    connection: z.object({ id: z.string(), name: z.string() }),
    /** Deployments of the workspace in the inventory. */
    deploymentCount: z.number().int().min(0),
  })
  .openapi("Workspace");

export const WorkspaceListSchema = z
  .object({
    items: z.array(WorkspaceViewSchema),
    /** provider: listed now (or from the short cache); inventory: the provider failed, from the last sync. */
    source: z.enum(["provider", "inventory"]),
  })
  .openapi("WorkspaceList");

export const listWorkspacesRoute = defineRoute({
  method: "get",
  path: "/workspaces",
  tags: ["deployments"],
  summary: "The workspaces of every connection, with their regions and deployment counts",
  permission: "inventory:read",
  responses: { 200: jsonResponse("The workspaces", WorkspaceListSchema) },
});
