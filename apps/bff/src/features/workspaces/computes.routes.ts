import {
  ResourceNameSchema,
  WorkspaceComputeListSchema,
  WorkspaceComputeQuerySchema,
} from "@keyturn/api-contract";
import { z } from "zod";
import { defineRoute } from "../../routing/define-route.ts";
import { jsonResponse, PROVIDER_PROBLEMS } from "../../routing/deployment-path.ts";

const WorkspaceParamsSchema = z.strictObject({
  workspace: ResourceNameSchema.meta({ param: { name: "workspace", in: "path" }, example: "ws-prod-eastus" }),
});

export const listComputesRoute = defineRoute({
  method: "get",
  path: "/workspaces/{workspace}/computes",
  tags: ["deployments"],
  summary: "The computes attached to a workspace (its AKS clusters with kind=AKS), to deploy to",
  permission: "inventory:read",
  request: { params: WorkspaceParamsSchema, query: WorkspaceComputeQuerySchema },
  responses: {
    200: jsonResponse("The workspace's computes, by name", WorkspaceComputeListSchema),
    404: PROVIDER_PROBLEMS[404],
    502: PROVIDER_PROBLEMS[502],
  },
});
