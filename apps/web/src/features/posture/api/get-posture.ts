import { PostureReportSchema } from "@keyturn/api-contract";
import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";
import { POSTURE_FILTER_NAMES, type PostureSearch } from "../search";

/** Findings fetched per page ("Show more" asks for the next). */
export const FINDINGS_PAGE_SIZE = 200;

/** The query string of one page: the filters that are set, then `limit` and `offset`. */
export function postureSearchParams(search: PostureSearch, offset = 0): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of POSTURE_FILTER_NAMES) {
    const value = search[name];
    if (value !== undefined) params.set(name, value);
  }
  params.set("limit", String(FINDINGS_PAGE_SIZE));
  if (offset > 0) params.set("offset", String(offset));
  return params;
}

/** `GET /api/posture`: counts over the whole inventory; `findings` filtered and paged. */
export const getPosture = (search: PostureSearch, offset: number, signal?: AbortSignal) =>
  api(`/api/posture?${postureSearchParams(search, offset)}`, { schema: PostureReportSchema, signal });

export const postureQueryOptions = (search: PostureSearch) =>
  infiniteQueryOptions({
    queryKey: queryKeys.posture.report(search),
    queryFn: ({ pageParam, signal }) => getPosture(search, pageParam, signal),
    initialPageParam: 0,
    getNextPageParam: (last) => last.next ?? undefined,
  });

/** The report for these filters; while other filters load, the previous report stays on screen. */
export const usePosture = (search: PostureSearch) =>
  useInfiniteQuery({ ...postureQueryOptions(search), placeholderData: keepPreviousData });
