import { DeploymentPageSchema, INVENTORY_PAGE_MAX } from "@keyturn/api-contract";
import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";
import type { InventoryFilters } from "../filters";

/** Rows fetched per request while the user scrolls (the BFF's maximum). */
export const INVENTORY_PAGE_SIZE = INVENTORY_PAGE_MAX;

const QUERY_ORDER = [
  "workspace",
  "computeType",
  "authMode",
  "region",
  "state",
  "q",
  "sort",
  "order",
] as const;

/** The query string of one page: the filters that are set, then the cursor and the page size. */
export function deploymentsSearchParams(filters: InventoryFilters, cursor?: string): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of QUERY_ORDER) {
    const value = filters[name];
    if (value !== undefined && value !== "") params.set(name, value);
  }
  if (cursor) params.set("cursor", cursor);
  params.set("limit", String(INVENTORY_PAGE_SIZE));
  return params;
}

export const getDeployments = (filters: InventoryFilters, cursor: string | undefined, signal?: AbortSignal) =>
  api(`/api/deployments?${deploymentsSearchParams(filters, cursor)}`, {
    schema: DeploymentPageSchema,
    signal,
  });

export const deploymentsQueryOptions = (filters: InventoryFilters) =>
  infiniteQueryOptions({
    queryKey: queryKeys.deployments.list(filters),
    queryFn: ({ pageParam, signal }) => getDeployments(filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const useDeployments = (filters: InventoryFilters) =>
  useInfiniteQuery(deploymentsQueryOptions(filters));
