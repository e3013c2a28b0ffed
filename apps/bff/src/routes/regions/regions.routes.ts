import { defineRoute } from "../define-route.ts";
import { z } from "../problem-responses.ts";

export const RegionLatencySchema = z
  .strictObject({
    region: z.string(),
    /** The region's display name, when Keyturn knows it. */
    name: z.string().nullable(),
    samples: z.number().int().nonnegative(),
    p50Ms: z.number().nonnegative(),
    p95Ms: z.number().nonnegative(),
    lastAt: z.iso.datetime(),
  })
  .openapi("RegionLatency");

export const RegionLatenciesSchema = z
  .strictObject({
    windowHours: z.number().int(),
    maxSamplesPerRegion: z.number().int(),
    regions: z.array(RegionLatencySchema),
  })
  .openapi("RegionLatencies");

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
