import { ALL_REGIONS, AuthModeSchema, COMPUTE_TARGETS, KEY_TYPES, safeText } from "@keyturn/auth-domain";
import { ServiceStateSchema } from "@keyturn/azureml-rest";
import { SORT_KEYS } from "../../inventory/inventory-query.ts";
import { z } from "../problem-responses.ts";

// Response and query shapes of the inventory and deployment routes. Domain enums are rebuilt from
// their options (never `.openapi()` a schema imported from auth-domain).

export const RegionEnum = z.enum(ALL_REGIONS);
export const ComputeEnum = z.enum(COMPUTE_TARGETS);
export const AuthModeEnum = z.enum(AuthModeSchema.options);
export const StateEnum = z.enum(ServiceStateSchema.options);

const Name = safeText()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/);

export const InventoryQuerySchema = z.strictObject({
  workspace: Name.optional(),
  computeType: ComputeEnum.optional(),
  authMode: AuthModeEnum.optional(),
  region: RegionEnum.optional().openapi({ description: "The workspace's region or where the service runs." }),
  state: StateEnum.optional(),
  q: safeText()
    .min(1)
    .max(100)
    .optional()
    .openapi({ description: "Substring of the name (case-insensitive)." }),
  sort: z.enum(SORT_KEYS).default("name"),
  order: z.enum(["asc", "desc"]).default("asc"),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: safeText()
    .min(1)
    .max(1000)
    .optional()
    .openapi({ description: "`nextCursor` of the previous page." }),
});

export const AuthSettingsViewSchema = z
  .object({ keyAuth: z.boolean(), tokenAuth: z.boolean(), mode: AuthModeEnum })
  .openapi("AuthSettingsView");

export const DeploymentSummarySchema = z
  .object({
    workspace: z.string(),
    name: z.string(),
    computeType: ComputeEnum,
    state: z.string(),
    auth: AuthSettingsViewSchema,
    workspaceRegion: RegionEnum,
    clusterRegion: RegionEnum.nullable(),
    scoringUri: z.string().nullable(),
    createdAt: z.iso.datetime().nullable(),
    updatedAt: z.iso.datetime().nullable(),
    syncedAt: z.iso.datetime(),
    /** Age in whole days of each key the console knows (from key metadata); empty when unknown. */
    keyAges: z.array(z.object({ keyType: z.enum(KEY_TYPES), ageDays: z.number().int().min(0) })),
  })
  .openapi("DeploymentSummary");
export type DeploymentSummary = z.infer<typeof DeploymentSummarySchema>;

export const DeploymentPageSchema = z
  .object({
    items: z.array(DeploymentSummarySchema),
    /** Pass as `cursor` for the next page; null on the last page. */
    nextCursor: z.string().nullable(),
    /** Rows matching the filters. */
    total: z.number().int().min(0),
  })
  .openapi("DeploymentPage");

/** Why a deployment's detail came from the inventory instead of its workspace, and as of when. */
export const LastKnownSchema = z
  .object({
    /** Only one today: the workspace's region is down, so its control plane cannot be read. */
    reason: z.enum(["workspace_region_down"]),
    /** When the inventory last saw the deployment (the row's `syncedAt`). */
    asOf: z.iso.datetime(),
  })
  .openapi("DeploymentLastKnown");

export const DeploymentDetailSchema = z
  .object({
    workspace: z.string(),
    name: z.string(),
    computeType: ComputeEnum,
    computeName: z.string().nullable(),
    state: StateEnum,
    scoringUri: z.string().nullable(),
    swaggerUri: z.string().nullable(),
    auth: AuthSettingsViewSchema,
    tokenAuthSupported: z.boolean(),
    workspaceRegion: RegionEnum,
    clusterRegion: RegionEnum.nullable(),
    /** auth-domain's isCrossRegionTokenRisk: token auth with the service outside the workspace's region. */
    crossRegionTokenRisk: z.boolean(),
    connection: z.object({ id: z.string(), name: z.string() }),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    /**
     * The strong ETag also sent in the `ETag` header: send it back as `If-Match` to change or delete.
     * On a last-known answer it is the ETag the inventory recorded, and no header is sent.
     */
    etag: z.string(),
    /**
     * Null on a live read. Set when the workspace's region is down and the detail is the inventory's
     * last-known state (`computeName` and `swaggerUri` are then null): no change can be made until
     * the region is back (every change reads the workspace first).
     */
    lastKnown: LastKnownSchema.nullable(),
  })
  .openapi("DeploymentDetail");
export type DeploymentDetail = z.infer<typeof DeploymentDetailSchema>;

export const AuthChangeBodySchema = z
  .strictObject({ keyAuth: z.boolean().optional(), tokenAuth: z.boolean().optional() })
  // Not a named component: request bodies stay inline in the OpenAPI document (the route matrix reads them).
  .openapi({ description: "Set keyAuth, tokenAuth or both (an empty change is a 400)." });

export const CreateDeploymentBodySchema = z
  .strictObject({
    name: safeText().regex(
      /^[a-z][a-z0-9-]{1,30}[a-z0-9]$/,
      "3–32 lowercase letters, digits and dashes, starting with a letter",
    ),
    computeType: ComputeEnum,
    cpu: z.number().positive().max(64),
    memoryInGB: z.number().positive().max(512),
    /** AKS: the workspace's cluster to deploy to. */
    computeName: Name.optional(),
    /** ACI: the region of the container group (default: the workspace's). */
    location: RegionEnum.optional(),
    description: safeText().max(500).optional(),
    /** Defaults: auth-domain's defaultAuthSettings (ACI key off, AKS key on; token off). */
    keyAuth: z.boolean().optional(),
    tokenAuth: z.boolean().optional(),
  })
  .openapi({ description: "A web service to deploy (ACI or AKS deploy configuration)." });

export const PendingOperationSchema = z
  .object({
    workspace: z.string(),
    name: z.string(),
    operationId: z.string().nullable(),
    state: z.string(),
    /** Poll the deployment (GET) until it appears or changes. */
    deployment: z.string(),
  })
  .openapi("PendingOperation");

export const WorkspaceParamsSchema = z.strictObject({
  workspace: Name.openapi({ param: { name: "workspace", in: "path" }, example: "ws-prod-eastus" }),
});

export const IfMatchHeaderSchema = z.object({
  "if-match": safeText()
    .max(500)
    .optional()
    .openapi({ description: "The deployment's current ETag (required)." }),
});
