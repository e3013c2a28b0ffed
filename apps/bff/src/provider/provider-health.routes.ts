import { z } from "@hono/zod-openapi";
import { defineRoute } from "../routing/define-route.ts";
import { jsonResponse } from "../routing/deployment-path.ts";

export const ProviderRegionHealthSchema = z
  .object({
    region: z.string(),
    /** up: the latest probe succeeded; down: it failed. */
    status: z.enum(["up", "down"]),
    /** The workspace whose control plane was probed. */
    workspace: z.string(),
    lastSuccessAt: z.iso.datetime().nullable(),
    lastFailureAt: z.iso.datetime().nullable(),
    /** The latest failure's stable error code (workspace_region_down, provider_unavailable, …). */
    lastErrorCode: z.string().nullable(),
    latencyMs: z.number().int().min(0),
    checkedAt: z.iso.datetime(),
  })
  .meta({ id: "ProviderRegionHealth" });
export type ProviderRegionHealth = z.infer<typeof ProviderRegionHealthSchema>;

export const ProviderHealthSchema = z
  .object({
    /** How often the regions are probed (once per period across replicas). */
    intervalSeconds: z.number().int(),
    regions: z.array(ProviderRegionHealthSchema),
  })
  .meta({ id: "ProviderHealth" });
export type ProviderHealth = z.infer<typeof ProviderHealthSchema>;

export const getProviderHealth = defineRoute({
  method: "get",
  path: "/system/provider-health",
  tags: ["settings"],
  summary:
    "Provider health per workspace region: the latest probe's success or failure and latency (not part of readiness)",
  permission: "settings:admin",
  responses: { 200: jsonResponse("One row per workspace region probed", ProviderHealthSchema) },
});
