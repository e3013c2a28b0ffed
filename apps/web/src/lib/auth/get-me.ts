import { queryOptions, useQuery } from "@tanstack/react-query";
import { z } from "zod";
import { api } from "../api-client";
import { queryKeys } from "../query-keys";

/** `GET /api/me`: who is signed in, as the BFF sees them (roles from the token, permissions derived). */
export const MeSchema = z.object({
  oid: z.string(),
  name: z.string(),
  username: z.string(),
  roles: z.array(z.string()),
  permissions: z.array(z.string()),
});
export type Me = z.infer<typeof MeSchema>;

export const meQueryKey = queryKeys.me;

export const fetchMe = (signal?: AbortSignal) => api("/api/me", { schema: MeSchema, signal });

export const meQueryOptions = () =>
  queryOptions({ queryKey: meQueryKey, queryFn: ({ signal }) => fetchMe(signal), staleTime: 5 * 60_000 });

export const useMe = () => useQuery(meQueryOptions());
