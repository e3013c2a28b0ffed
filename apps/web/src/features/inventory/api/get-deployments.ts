import { AuthModeSchema, ComputeTargetSchema, RegionSchema } from "@keyturn/auth-domain";
import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { z } from "zod";
import { api } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";
import type { InventoryFilters } from "../filters";

/** One row of the inventory, as `GET /api/deployments` lists it (the fields the console reads). */
export const InventoryItemSchema = z.object({
  workspace: z.string(),
  name: z.string(),
  computeType: ComputeTargetSchema,
  state: z.string(),
  auth: z.object({ keyAuth: z.boolean(), tokenAuth: z.boolean(), mode: AuthModeSchema }),
  workspaceRegion: RegionSchema,
  /** The AKS cluster's region; null for ACI. */
  clusterRegion: RegionSchema.nullable(),
  updatedAt: z.iso.datetime().nullable(),
});
export type InventoryItem = z.infer<typeof InventoryItemSchema>;

export const InventoryPageSchema = z.object({
  items: z.array(InventoryItemSchema),
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: z.string().nullable(),
  /** Rows matching the filters. */
  total: z.number().int().nonnegative(),
});
export type InventoryPage = z.infer<typeof InventoryPageSchema>;

/** Rows fetched per request while the user scrolls (the BFF's maximum). */
export const INVENTORY_PAGE_SIZE = 200;

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
    schema: InventoryPageSchema,
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
