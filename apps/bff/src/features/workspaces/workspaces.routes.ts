import { WorkspaceListSchema } from "@keyturn/api-contract";
import { defineRoute } from "../../routing/define-route.ts";
import { jsonResponse } from "../../routing/deployment-path.ts";

export const listWorkspacesRoute = defineRoute({
  method: "get",
  path: "/workspaces",
  tags: ["deployments"],
  summary: "The workspaces of every connection, with their regions and deployment counts",
  permission: "inventory:read",
  responses: { 200: jsonResponse("The workspaces", WorkspaceListSchema) },
});
