import {
  AuthModeSchema,
  EndpointAuthModeSchema,
  GenerationSchema,
  KeyTypeSchema,
  RegionNameSchema,
  SeveritySchema,
  safeText,
} from "@keyturn/auth-domain";
import { z } from "zod";
import {
  AuthSettingsViewSchema,
  DeploymentIdShape,
  DeploymentKindSchema,
  DeploymentStateSchema,
  RegionNameFieldSchema,
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

/**
 * An inventory row's auth mode: a v1 service's (none, key, token) or a v2 endpoint's, in Azure's
 * spelling (Key, AMLToken, AADToken). The sort by auth mode orders these words.
 */
export const InventoryAuthModeSchema = z.enum([...AuthModeSchema.options, ...EndpointAuthModeSchema.options]);
export type InventoryAuthMode = z.infer<typeof InventoryAuthModeSchema>;

export const InventoryQuerySchema = z.strictObject({
  workspace: ResourceNameSchema.optional(),
  computeType: DeploymentKindSchema.optional(),
  /** v1 web services or v2 online endpoints; absent: both. */
  generation: GenerationSchema.optional(),
  authMode: InventoryAuthModeSchema.optional(),
  region: RegionNameSchema.optional().meta({
    description: "The workspace's region or where the service runs (any region name).",
  }),
  state: DeploymentStateSchema.optional(),
  q: safeText().min(1).max(100).optional().meta({ description: "Substring of the name (case-insensitive)." }),
  sort: InventorySortSchema.default("name"),
  order: SortOrderSchema.default("asc"),
  limit: z.coerce.number().int().min(1).max(INVENTORY_PAGE_MAX).default(50),
  cursor: safeText().min(1).max(1000).optional().meta({ description: "`nextCursor` of the previous page." }),
});
export type InventoryQuery = z.input<typeof InventoryQuerySchema>;

/** Why a row is read-only: today only a service of a kind whose auth Keyturn does not manage. */
export const NotManagedReasonSchema = z.enum(["kind_not_managed"]).meta({
  description:
    "Keyturn manages the auth of ACI and AKS services and of managed and Kubernetes online endpoints; other kinds are listed read-only.",
});

/**
 * A row's posture: how many findings the posture rules (auth-domain) give it now, and the most
 * severe of them; the same evaluation as `GET /api/posture` (none for a read-only row).
 */
export const RowFindingsSchema = z
  .object({
    count: z.number().int().min(0),
    /** Null when there are none. */
    highest: SeveritySchema.nullable(),
  })
  .meta({ id: "RowFindings" });
export type RowFindings = z.infer<typeof RowFindingsSchema>;
export type NotManagedReason = z.infer<typeof NotManagedReasonSchema>;

/** One row of the inventory (as of the last sync). */
export const DeploymentSummarySchema = z
  .object({
    ...DeploymentIdShape,
    /** v1: a web service (its pages under /deployments); v2: an online endpoint (under /endpoints). */
    generation: GenerationSchema,
    /**
     * ACI or AKS (v1), Managed or Kubernetes (v2) when `managed`; any other compute type as Azure wrote
     * it (AKSENDPOINT, IOT, AzureMLCompute, …) when not.
     */
    computeType: DeploymentKindSchema,
    /** False for a read-only row: its auth is not managed, it has no detail, keys or token screens. */
    managed: z.boolean(),
    /** Why the row is read-only; null when managed. */
    notManagedReason: NotManagedReasonSchema.nullable(),
    /** As the workspace reports it; null when a read-only row's service reports none. */
    state: DeploymentStateSchema.nullable(),
    /** A managed v1 service's auth; null for an endpoint and for a read-only row (its auth is not read). */
    auth: AuthSettingsViewSchema.nullable(),
    /** A managed v2 endpoint's auth mode; null for a v1 service and for a read-only row. */
    endpointAuthMode: EndpointAuthModeSchema.nullable(),
    workspaceRegion: RegionNameFieldSchema,
    /** Where the service runs: the ACI container group's region, the AKS compute's; null when unknown. */
    clusterRegion: RegionNameFieldSchema.nullable(),
    scoringUri: z.string().nullable(),
    createdAt: z.iso.datetime().nullable(),
    updatedAt: z.iso.datetime().nullable(),
    syncedAt: z.iso.datetime(),
    /** Age in whole days of each key the console knows (from key metadata); empty when unknown. */
    keyAges: z.array(z.object({ keyType: KeyTypeSchema, ageDays: z.number().int().min(0) })),
    findings: RowFindingsSchema,
  })
  .meta({ id: "DeploymentSummary" });
export type DeploymentSummary = z.infer<typeof DeploymentSummarySchema>;

/** An item of a workspace's list that could not be read: never values, only where and why. */
export const UnreadableItemSchema = z
  .object({
    /** The workspace whose services were listed; null for an item of a connection's workspace list. */
    workspace: z.string().nullable(),
    /** The item's name, when it had a readable one. */
    name: z.string().nullable(),
    /** Which fields did not match and how. */
    reason: z.string(),
  })
  .meta({ id: "UnreadableItem" });
export type UnreadableItem = z.infer<typeof UnreadableItemSchema>;

/** The most unreadable items an answer lists (all are counted). */
export const UNREADABLE_LISTED_MAX = 50;

export const UnreadableReportSchema = z
  .object({
    /** Every item the last sync could not read. */
    count: z.number().int().min(0),
    /** The first of them (at most UNREADABLE_LISTED_MAX). */
    items: z.array(UnreadableItemSchema),
  })
  .meta({ id: "UnreadableReport" });
export type UnreadableReport = z.infer<typeof UnreadableReportSchema>;

/** The most rows a page's `total` counts: past it the count stops and `totalIsLowerBound` is true. */
export const INVENTORY_TOTAL_BOUND = 10_000;

export const DeploymentPageSchema = z
  .object({
    items: z.array(DeploymentSummarySchema),
    /** The compute types present in the whole inventory, both generations (for the kind filter), sorted; first page only. */
    kinds: z.array(z.string()).optional(),
    /** What the last sync could not read (it never hides the rows it could); first page only. */
    unreadable: UnreadableReportSchema.optional(),
    /** Pass as `cursor` for the next page; null on the last page. */
    nextCursor: z.string().nullable(),
    /** Rows matching the filters; at most INVENTORY_TOTAL_BOUND, when `totalIsLowerBound` says more match. */
    total: z.number().int().min(0),
    /**
     * True when more than INVENTORY_TOTAL_BOUND rows match: the count stopped there, so `total` is a lower
     * bound (shown as "10,000+"). Absent or false: `total` is exact.
     */
    totalIsLowerBound: z.boolean().optional(),
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
    /** Deployments listed (and written to the inventory), read-only rows of other kinds included. */
    deployments: z.number().int().min(0),
    /** Of them, services of kinds Keyturn does not manage (listed read-only). */
    otherKinds: z.number().int().min(0),
    /** Items that could not be read (counted, named, and why). */
    unreadable: UnreadableReportSchema,
    /** Rows removed: deployments the workspaces no longer have. */
    removed: z.number().int().min(0),
    /** Workspaces whose deployments could not be listed (their rows are kept as they were), by name. */
    failed: z.array(z.string()),
  })
  .meta({ id: "InventorySyncReport" });
export type InventorySyncReport = z.infer<typeof InventorySyncReportSchema>;
