import {
  InventoryAuthModeSchema,
  type InventorySort,
  InventorySortSchema,
  type SortOrder,
  SortOrderSchema,
} from "@keyturn/api-contract";
import { RegionNameSchema } from "@keyturn/auth-domain";
import { z } from "zod";
import { parseLenientSearch } from "../../lib/lenient-search";

export const DEFAULT_SORT: InventorySort = "name";
export const DEFAULT_ORDER: SortOrder = "asc";

/**
 * The inventory's filters and order, as they stand in the address bar
 * (`/inventory?computeType=AKS&q=fraud`) and are sent to `GET /api/deployments` under the same
 * names. Every field is optional: absent means "any" (or the default order).
 */
export const InventoryFiltersSchema = z.object({
  workspace: z.string().min(1).max(100).optional(),
  /** ACI, AKS, Managed, Kubernetes or any other kind present (read-only rows). */
  computeType: z.string().min(1).max(64).optional(),
  /** A web service's mode (none, key, token) or an online endpoint's (Key, AMLToken, AADToken). */
  authMode: InventoryAuthModeSchema.optional(),
  /** The workspace's region or the region the service runs in: any region name, listed or not. */
  region: RegionNameSchema.optional(),
  state: z.string().min(1).optional(),
  /** Part of the deployment's name, any case. */
  q: z.string().min(1).max(100).optional(),
  sort: InventorySortSchema.optional(),
  order: SortOrderSchema.optional(),
});
export type InventoryFilters = z.infer<typeof InventoryFiltersSchema>;
export type InventoryFilterName = keyof InventoryFilters;

/** The fields that narrow the list (not the order). */
export const FILTER_NAMES = ["workspace", "computeType", "authMode", "region", "state", "q"] as const;

export const hasFilters = (filters: InventoryFilters) =>
  FILTER_NAMES.some((name) => filters[name] !== undefined);

/** The filters and order in the address bar, read leniently (an unknown sort is dropped). */
export const parseInventoryFilters = (search: Record<string, unknown>): InventoryFilters =>
  parseLenientSearch(InventoryFiltersSchema, search);
