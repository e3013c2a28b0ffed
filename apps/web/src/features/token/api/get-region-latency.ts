import { RegionLatenciesSchema } from "@keyturn/api-contract";
import { useQuery } from "@tanstack/react-query";
import { apiGetQueryOptions } from "../../../lib/api-query";
import { queryKeys } from "../../../lib/query-keys";

/** `GET /api/regions/latency`: p50/p95 of token fetches per workspace region, over recent samples. */
export const regionLatencyQueryOptions = apiGetQueryOptions(
  "/api/regions/latency",
  RegionLatenciesSchema,
  queryKeys.regions.latency,
  { staleTime: 30_000 },
);

export const useRegionLatency = () => useQuery(regionLatencyQueryOptions());
