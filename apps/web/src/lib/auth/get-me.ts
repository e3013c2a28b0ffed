import { MeSchema } from "@keyturn/api-contract";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "../api-client";
import { queryKeys } from "../query-keys";

export const meQueryKey = queryKeys.me;

export const fetchMe = (signal?: AbortSignal) => api("/api/me", { schema: MeSchema, signal });

export const meQueryOptions = () =>
  queryOptions({ queryKey: meQueryKey, queryFn: ({ signal }) => fetchMe(signal), staleTime: 5 * 60_000 });

export const useMe = () => useQuery(meQueryOptions());
