import { RegionLatenciesSchema } from "@keyturn/api-contract";
import { defineRoute } from "../../routing/define-route.ts";

export const getRegionLatencies = defineRoute({
  method: "get",
  path: "/regions/latency",
  tags: ["tokens"],
  summary: "Token-fetch latency per workspace region: p50 and p95 over recent samples",
  permission: "inventory:read",
  responses: {
    200: {
      description: "One row per workspace region with samples",
      content: { "application/json": { schema: RegionLatenciesSchema } },
    },
  },
});
