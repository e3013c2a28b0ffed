import { z } from "@hono/zod-openapi";
import {
  CreatedSuccessorSchema,
  FleetMigrationPlansSchema,
  MigrationPlanViewSchema,
} from "@keyturn/api-contract";
import { defineRoute } from "../../routing/define-route.ts";
import {
  DEPLOYMENT_PATH,
  DeploymentParamsSchema,
  deniedTarget,
  jsonResponse,
  PROVIDER_PROBLEMS,
} from "../../routing/deployment-path.ts";
import { problemResponse } from "../../routing/problem-responses.ts";

const NOT_FOUND = { 404: problemResponse("not_found: no v1 web service of that name in the inventory.") };

export const getMigrationPlan = defineRoute({
  method: "get",
  path: `${DEPLOYMENT_PATH}/migration`,
  tags: ["migration"],
  summary: "A v1 service's way to v2: the endpoint it becomes, its auth mode, what callers must change",
  description:
    "Read fresh from the workspace when it answers (`source: live`), else from the inventory. " +
    "`successor` names the endpoint created from this plan (tagged `keyturn-migrated-from`).",
  permission: "inventory:read",
  request: { params: DeploymentParamsSchema },
  responses: { 200: jsonResponse("The plan", MigrationPlanViewSchema), ...NOT_FOUND },
});

export const getMigrationYaml = defineRoute({
  method: "get",
  path: `${DEPLOYMENT_PATH}/migration.yaml`,
  tags: ["migration"],
  summary: "The successor endpoint's definition, as `az ml online-endpoint create -f` reads it",
  permission: "inventory:read",
  request: { params: DeploymentParamsSchema },
  responses: {
    200: { description: "An attachment", content: { "text/yaml": { schema: z.string() } } },
    ...NOT_FOUND,
  },
});

export const createSuccessor = defineRoute({
  method: "post",
  path: `${DEPLOYMENT_PATH}/migration/endpoint`,
  tags: ["migration"],
  summary: "Create the successor endpoint from the plan (a PUT of the endpoint, followed to its end)",
  description:
    "Idempotent: an endpoint of the plan's name created from this plan before is answered 200 and " +
    "left as it is; one of that name not created from it is 409 `conflict`, as is a Kubernetes plan " +
    "whose cluster the service does not name. The new endpoint has keys of its own.",
  permission: "deployment:write",
  audit: { action: "endpoint.create", target: deniedTarget },
  request: { params: DeploymentParamsSchema },
  responses: {
    200: jsonResponse("It existed already, created from this plan", CreatedSuccessorSchema),
    201: jsonResponse("Created", CreatedSuccessorSchema),
    202: jsonResponse(
      "Azure accepted it and still creates it (provisioning state Creating)",
      CreatedSuccessorSchema,
    ),
    ...PROVIDER_PROBLEMS,
    409: problemResponse(
      "conflict: an endpoint of that name exists and was not created from this plan, or the plan is incomplete.",
    ),
  },
});

export const listMigrationPlans = defineRoute({
  method: "get",
  path: "/migration/plans",
  tags: ["migration"],
  summary: "The plan of every v1 service of the inventory, for a lead to export",
  permission: "inventory:read",
  responses: { 200: jsonResponse("The fleet's plans", FleetMigrationPlansSchema) },
});

export const exportMigrationPlans = defineRoute({
  method: "get",
  path: "/migration/plans.csv",
  tags: ["migration"],
  summary: "The fleet's plans as CSV, one service a line",
  permission: "inventory:read",
  responses: { 200: { description: "An attachment", content: { "text/csv": { schema: z.string() } } } },
});
