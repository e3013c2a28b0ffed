import { z } from "zod";

/** `GET /api/regions/latency`: token-fetch latency the BFF measured for one workspace region. */
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
  .meta({ id: "RegionLatency" });
export type RegionLatency = z.infer<typeof RegionLatencySchema>;

export const RegionLatenciesSchema = z
  .strictObject({
    windowHours: z.number().int(),
    maxSamplesPerRegion: z.number().int(),
    regions: z.array(RegionLatencySchema),
  })
  .meta({ id: "RegionLatencies" });
export type RegionLatencies = z.infer<typeof RegionLatenciesSchema>;
