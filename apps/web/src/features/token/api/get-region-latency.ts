import { queryOptions, useQuery } from "@tanstack/react-query";
import { z } from "zod";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

/** Token-fetch latency the BFF measured for one workspace region. */
export const RegionLatencySchema = z.object({
  region: z.string(),
  /** The region's display name, when Keyturn knows it. */
  name: z.string().nullable(),
  samples: z.number().int().nonnegative(),
  p50Ms: z.number().nonnegative(),
  p95Ms: z.number().nonnegative(),
  lastAt: z.iso.datetime(),
});
export type RegionLatency = z.infer<typeof RegionLatencySchema>;

export const RegionLatenciesSchema = z.object({
  windowHours: z.number().int(),
  maxSamplesPerRegion: z.number().int(),
  regions: z.array(RegionLatencySchema),
});
export type RegionLatencies = z.infer<typeof RegionLatenciesSchema>;

/** `GET /api/regions/latency`: p50/p95 of token fetches per workspace region, over recent samples. */
export const getRegionLatency = (signal?: AbortSignal) =>
  api("/api/regions/latency", { schema: RegionLatenciesSchema, signal });

export const regionLatencyQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.regions.latency,
    queryFn: ({ signal }) => getRegionLatency(signal),
    staleTime: 30_000,
  });

export const useRegionLatency = () => useQuery(regionLatencyQueryOptions());
