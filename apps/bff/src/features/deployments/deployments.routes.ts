import {
  AuthChangeBodySchema,
  CreateDeploymentBodySchema,
  DeploymentDetailSchema,
  PendingOperationSchema,
} from "@keyturn/api-contract";
import { defineRoute } from "../../routing/define-route.ts";
import {
  DEPLOYMENT_PATH,
  DeploymentParamsSchema,
  deniedTarget,
  jsonResponse,
  PROVIDER_PROBLEMS,
} from "../../routing/deployment-path.ts";
import { preconditionResponses } from "../../routing/problem-responses.ts";
import { IfMatchHeaderSchema, WorkspaceParamsSchema } from "./deployments.schemas.ts";

const PRECONDITIONS = preconditionResponses("the deployment's");
const detail = (description: string, etag = "Strong ETag of the deployment") => ({
  ...jsonResponse(description, DeploymentDetailSchema),
  headers: { ETag: { description: etag, schema: { type: "string" as const } } },
});

export const getDeployment = defineRoute({
  method: "get",
  path: DEPLOYMENT_PATH,
  tags: ["deployments"],
  summary: "One deployment, read fresh from its workspace (refreshes the inventory row)",
  description:
    "While the workspace's region is down, the inventory's last-known state instead: `lastKnown` " +
    "says so and as of when, and no ETag header is sent (changes need the region back). Without an " +
    "inventory row the answer stays 503 `workspace_region_down`.",
  permission: "inventory:read",
  request: { params: DeploymentParamsSchema },
  responses: {
    200: detail(
      "The deployment (live, or its last-known state while the workspace's region is down)",
      "Strong ETag of the deployment; not sent on a last-known answer",
    ),
    ...PROVIDER_PROBLEMS,
  },
});

const changeAudit = (action: "deployment.auth-settings.change" | "deployment.delete") => ({
  action,
  target: deniedTarget,
});

export const changeAuth = defineRoute({
  method: "patch",
  path: `${DEPLOYMENT_PATH}/auth`,
  tags: ["deployments"],
  summary: "Change key / token authentication (If-Match required; validated by the domain rules)",
  permission: "deployment:write",
  audit: changeAudit("deployment.auth-settings.change"),
  request: {
    params: DeploymentParamsSchema,
    headers: IfMatchHeaderSchema,
    body: { required: true, content: { "application/json": { schema: AuthChangeBodySchema } } },
  },
  responses: {
    200: detail("The deployment with its new settings and ETag"),
    ...PROVIDER_PROBLEMS,
    ...PRECONDITIONS,
  },
});

export const createDeployment = defineRoute({
  method: "post",
  path: "/deployments/{workspace}",
  tags: ["deployments"],
  summary: "Deploy a web service to ACI or AKS (waits a bounded time for the operation)",
  permission: "deployment:write",
  audit: { action: "deployment.create", target: (c) => ({ workspace: c.req.param("workspace") }) },
  request: {
    params: WorkspaceParamsSchema,
    body: { required: true, content: { "application/json": { schema: CreateDeploymentBodySchema } } },
  },
  responses: {
    201: detail("Created"),
    202: jsonResponse("Accepted: the operation is still running", PendingOperationSchema),
    ...PROVIDER_PROBLEMS,
  },
});

export const deleteDeployment = defineRoute({
  method: "delete",
  path: DEPLOYMENT_PATH,
  tags: ["deployments"],
  summary: "Delete a deployment (If-Match required)",
  permission: "deployment:write",
  audit: changeAudit("deployment.delete"),
  request: { params: DeploymentParamsSchema, headers: IfMatchHeaderSchema },
  responses: {
    204: { description: "Deleted" },
    202: jsonResponse("Accepted: the deletion is still running", PendingOperationSchema),
    ...PROVIDER_PROBLEMS,
    ...PRECONDITIONS,
  },
});
