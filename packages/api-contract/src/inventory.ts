import {
  AuthModeSchema,
  ComputeTargetSchema,
  KeyTypeSchema,
  RegionSchema,
  safeText,
} from "@keyturn/auth-domain";
import { z } from "zod";
import {
  AuthSettingsViewSchema,
  DeploymentIdShape,
  DeploymentStateSchema,
  ResourceNameSchema,
} from "./deployments.ts";

// The inventory: `GET /api/deployments` (filtered, sorted, keyset-paged) and `POST /api/inventory/sync`.

/** The columns the inventory can sort by (`sort`), and the direction (`order`). */
export const INVENTORY_SORT_KEYS = [
  "name",
  "workspace",
  "computeType",
  "state",
  "authMode",
  "region",
  "updatedAt",
] as const;
export const InventorySortSchema = z.enum(INVENTORY_SORT_KEYS);
export type InventorySort = z.infer<typeof InventorySortSchema>;
export const SortOrderSchema = z.enum(["asc", "desc"]);
export type SortOrder = z.infer<typeof SortOrderSchema>;

/** The most rows one page may ask for. */
export const INVENTORY_PAGE_MAX = 200;

export const InventoryQuerySchema = z.strictObject({
  workspace: ResourceNameSchema.optional(),
  computeType: ComputeTargetSchema.optional(),
  authMode: AuthModeSchema.optional(),
  region: RegionSchema.optional().meta({ description: "The workspace's region or where the service runs." }),
  state: DeploymentStateSchema.optional(),
  q: safeText().min(1).max(100).optional().meta({ description: "Substring of the name (case-insensitive)." }),
  sort: InventorySortSchema.default("name"),
  order: SortOrderSchema.default("asc"),
  limit: z.coerce.number().int().min(1).max(INVENTORY_PAGE_MAX).default(50),
  cursor: safeText().min(1).max(1000).optional().meta({ description: "`nextCursor` of the previous page." }),
});
export type InventoryQuery = z.input<typeof InventoryQuerySchema>;

/** One row of the inventory (as of the last sync). */
export const DeploymentSummarySchema = z
  .object({
    ...DeploymentIdShape,
    computeType: ComputeTargetSchema,
    state: z.string(),
    auth: AuthSettingsViewSchema,
    workspaceRegion: RegionSchema,
    /** The AKS cluster's region; null for ACI. */
    clusterRegion: RegionSchema.nullable(),
    scoringUri: z.string().nullable(),
    createdAt: z.iso.datetime().nullable(),
    updatedAt: z.iso.datetime().nullable(),
    syncedAt: z.iso.datetime(),
    /** Age in whole days of each key the console knows (from key metadata); empty when unknown. */
    keyAges: z.array(z.object({ keyType: KeyTypeSchema, ageDays: z.number().int().min(0) })),
  })
  .meta({ id: "DeploymentSummary" });
export type DeploymentSummary = z.infer<typeof DeploymentSummarySchema>;

export const DeploymentPageSchema = z
  .object({
    items: z.array(DeploymentSummarySchema),
    /** Pass as `cursor` for the next page; null on the last page. */
    nextCursor: z.string().nullable(),
    /** Rows matching the filters. */
    total: z.number().int().min(0),
  })
  .meta({ id: "DeploymentPage" });
export type DeploymentPage = z.infer<typeof DeploymentPageSchema>;

/** What a sync did. */
export const InventorySyncReportSchema = z
  .object({
    /** `ran`; `skipped` only for a periodic run another replica held (never for `POST /api/inventory/sync`). */
    outcome: z.enum(["ran", "skipped"]),
    /** Workspaces listed across every connection. */
    workspaces: z.number().int().min(0),
    /** Deployments listed (and written to the inventory). */
    deployments: z.number().int().min(0),
    /** Rows removed: deployments the workspaces no longer have. */
    removed: z.number().int().min(0),
    /** Workspaces whose deployments could not be listed (their rows are kept as they were), by name. */
    failed: z.array(z.string()),
  })
  .meta({ id: "InventorySyncReport" });
export type InventorySyncReport = z.infer<typeof InventorySyncReportSchema>;
