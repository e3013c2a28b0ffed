import { PostureTrendSchema } from "@keyturn/api-contract";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

export const TREND_DAYS = 30;

/** `GET /api/posture/trend`: oldest first; days without a snapshot are absent. */
export const getPostureTrend = (days: number, signal?: AbortSignal) =>
  api(`/api/posture/trend?days=${days}`, { schema: PostureTrendSchema, signal });

export const postureTrendQueryOptions = (days = TREND_DAYS) =>
  queryOptions({
    queryKey: queryKeys.posture.trend(days),
    queryFn: ({ signal }) => getPostureTrend(days, signal),
  });

export const usePostureTrend = (days = TREND_DAYS) => useQuery(postureTrendQueryOptions(days));
