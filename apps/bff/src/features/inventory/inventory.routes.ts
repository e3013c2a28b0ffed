import { DeploymentPageSchema, InventoryQuerySchema, InventorySyncReportSchema } from "@keyturn/api-contract";
import { defineRoute } from "../../routing/define-route.ts";
import { jsonResponse } from "../../routing/deployment-path.ts";
import { problemResponse } from "../../routing/problem-responses.ts";

export const syncInventoryRoute = defineRoute({
  method: "post",
  path: "/inventory/sync",
  tags: ["settings"],
  summary:
    "Sync the inventory with every connection's workspaces now and answer what it did (not audited: it changes no setting)",
  permission: "settings:admin",
  responses: {
    200: jsonResponse("The sync's report", InventorySyncReportSchema),
    502: problemResponse(
      "provider_unavailable / credential_refused / …: no connection could list its workspaces (the inventory is kept as it was).",
    ),
  },
});

export const listDeployments = defineRoute({
  method: "get",
  path: "/deployments",
  tags: ["deployments"],
  summary: "The inventory: every workspace's deployments, filtered, sorted and paged (cursor)",
  permission: "inventory:read",
  request: { query: InventoryQuerySchema },
  responses: { 200: jsonResponse("One page", DeploymentPageSchema) },
});
