import { type QueryKey, queryOptions } from "@tanstack/react-query";
import type { z } from "zod";
import { api } from "./api-client";

/**
 * The query options of a BFF GET that takes no parameters: `path`, its answer checked by `schema`,
 * cached under `queryKey`. `fresh.staleTime`: how long an answer is fresh, when not the client's default.
 */
export function apiGetQueryOptions<T, Key extends QueryKey>(
  path: string,
  schema: z.ZodType<T>,
  queryKey: Key,
  fresh: { staleTime?: number } = {},
) {
  return () => queryOptions({ queryKey, queryFn: ({ signal }) => api(path, { schema, signal }), ...fresh });
}
