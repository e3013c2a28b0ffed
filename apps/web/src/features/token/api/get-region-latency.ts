import { RegionLatenciesSchema } from "@keyturn/api-contract";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

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
