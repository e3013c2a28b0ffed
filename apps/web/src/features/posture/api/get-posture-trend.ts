import { queryOptions, useQuery } from "@tanstack/react-query";
import { z } from "zod";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";
import { PostureCountsSchema } from "./get-posture";

/** One daily snapshot of the posture (the day's last, taken by the BFF's hourly job). */
export const TrendDaySchema = PostureCountsSchema.extend({
  /** The UTC day, `YYYY-MM-DD`. */
  day: z.iso.date(),
  maxKeyAgeDays: z.number().int().positive(),
  takenAt: z.iso.datetime(),
});
export type TrendDay = z.infer<typeof TrendDaySchema>;

/** `GET /api/posture/trend`: oldest first; days without a snapshot are absent. */
export const PostureTrendSchema = z.object({ days: z.array(TrendDaySchema) });
export type PostureTrend = z.infer<typeof PostureTrendSchema>;

export const TREND_DAYS = 30;

export const getPostureTrend = (days: number, signal?: AbortSignal) =>
  api(`/api/posture/trend?days=${days}`, { schema: PostureTrendSchema, signal });

export const postureTrendQueryOptions = (days = TREND_DAYS) =>
  queryOptions({
    queryKey: queryKeys.posture.trend(days),
    queryFn: ({ signal }) => getPostureTrend(days, signal),
  });

export const usePostureTrend = (days = TREND_DAYS) => useQuery(postureTrendQueryOptions(days));
