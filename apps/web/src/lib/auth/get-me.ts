import { MeSchema } from "@keyturn/api-contract";
import { useQuery } from "@tanstack/react-query";
import { apiGetQueryOptions } from "../api-query";
import { queryKeys } from "../query-keys";

export const meQueryKey = queryKeys.me;

/** `GET /api/me`: who is signed in, their roles and what those permit. */
export const meQueryOptions = apiGetQueryOptions("/api/me", MeSchema, meQueryKey, { staleTime: 5 * 60_000 });

export const useMe = () => useQuery(meQueryOptions());
