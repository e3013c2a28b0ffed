import { InventorySyncReportSchema } from "@keyturn/api-contract";
import { defineRoute } from "../define-route.ts";
import { jsonResponse } from "../deployment-path.ts";
import { ProblemResponseSchema } from "../problem-responses.ts";

export const syncInventoryRoute = defineRoute({
  method: "post",
  path: "/inventory/sync",
  tags: ["settings"],
  summary:
    "Sync the inventory with every connection's workspaces now and answer what it did (not audited: it changes no setting)",
  permission: "settings:admin",
  responses: {
    200: jsonResponse("The sync's report", InventorySyncReportSchema),
    502: {
      description:
        "provider_unavailable / credential_refused / …: no connection could list its workspaces (the inventory is kept as it was).",
      content: { "application/problem+json": { schema: ProblemResponseSchema } },
    },
  },
});
