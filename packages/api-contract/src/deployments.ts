import {
  AuthModeSchema,
  ComputeTargetSchema,
  normalizeRegionName,
  RESOURCE_NAME_RULE,
  RegionSchema,
  SERVICE_NAME_RULE,
  safeText,
} from "@keyturn/auth-domain";
import { z } from "zod";

// One deployment: `GET|DELETE /api/deployments/{workspace}/{name}`, `PATCH …/auth`,
// `POST /api/deployments/{workspace}`.

/** Azure workspace, service and cluster names: letters, digits, `-` and `_` (no dots: no dot segments). */
export const ResourceNameSchema = safeText()
  .min(1)
  .max(100)
  .regex(RESOURCE_NAME_RULE.pattern, RESOURCE_NAME_RULE.message);

/** The states Azure documents for a v1 web service: the console's filter offers these. */
export const KnownDeploymentStateSchema = z.enum([
  "Transitioning",
  "Healthy",
  "Unhealthy",
  "Failed",
  "Unschedulable",
]);
export type KnownDeploymentState = z.infer<typeof KnownDeploymentStateSchema>;
export const KNOWN_DEPLOYMENT_STATES = KnownDeploymentStateSchema.options;

/**
 * The service's state as the workspace reports it: a documented one, or any other kept as written
 * (a workspace may report a state the documented list lacks; the console shows it, never refuses it).
 */
export const DeploymentStateSchema = safeText()
  .min(1)
  .max(100)
  .meta({
    description: `The state as the workspace reports it (documented: ${KNOWN_DEPLOYMENT_STATES.join(", ")}).`,
    examples: ["Healthy"],
  });
export type DeploymentState = KnownDeploymentState | (string & {});

/**
 * A region name as Azure writes it: one of auth-domain's list (with coordinates) or any other (a newer
 * region, a sovereign cloud's), in the normalised form of auth-domain's RegionNameSchema.
 */
export const RegionNameFieldSchema = z
  .string()
  .refine((value) => normalizeRegionName(value) === value, "not a region name")
  .meta({
    description: "An Azure region name; one the console does not list is kept as written.",
    examples: ["eastus", "usgovvirginia"],
  });

/** The service kinds Keyturn manages (ACI, AKS) or any other compute type, as Azure wrote it. */
export const DeploymentKindSchema = safeText()
  .min(1)
  .max(64)
  .meta({
    description: "computeType as Azure wrote it: ACI and AKS are managed, any other is listed read-only.",
    examples: ["AKS", "AKSENDPOINT"],
  });

/** A deployment's own identity, in the answers that describe it: its workspace and its name. */
export const DeploymentIdShape = { workspace: z.string(), name: z.string() };

/** The deployment that an answer (its keys, token, snippets, a call) or a posture finding is about. */
export const DeploymentRefShape = { workspace: z.string(), deployment: z.string() };

export const AuthSettingsViewSchema = z
  .object({ keyAuth: z.boolean(), tokenAuth: z.boolean(), mode: AuthModeSchema })
  .meta({ id: "AuthSettingsView" });
export type AuthSettingsView = z.infer<typeof AuthSettingsViewSchema>;

/** Why a deployment's detail came from the inventory instead of its workspace, and as of when. */
export const DeploymentLastKnownSchema = z
  .object({
    /** Only one today: the workspace's region is down, so its control plane cannot be read. */
    reason: z.enum(["workspace_region_down"]),
    /** When the inventory last saw the deployment (the row's `syncedAt`). */
    asOf: z.iso.datetime(),
  })
  .meta({ id: "DeploymentLastKnown" });
export type DeploymentLastKnown = z.infer<typeof DeploymentLastKnownSchema>;

/** A Key Vault secret a deployment's active key is published to. */
export const DeploymentDestinationSchema = z
  .strictObject({ vaultUrl: z.string(), secretName: z.string() })
  .meta({ id: "DeploymentDestination" });
export type DeploymentDestination = z.infer<typeof DeploymentDestinationSchema>;

export const DeploymentDetailSchema = z
  .object({
    ...DeploymentIdShape,
    computeType: ComputeTargetSchema,
    /** AKS: the cluster's compute name. */
    computeName: z.string().nullable(),
    state: DeploymentStateSchema,
    scoringUri: z.string().nullable(),
    swaggerUri: z.string().nullable(),
    auth: AuthSettingsViewSchema,
    tokenAuthSupported: z.boolean(),
    workspaceRegion: RegionNameFieldSchema,
    /** Where the service runs: the ACI container group's region, the AKS compute's; null when unknown. */
    clusterRegion: RegionNameFieldSchema.nullable(),
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
    lastKnown: DeploymentLastKnownSchema.nullable(),
    /**
     * Where the deployment's active key is published (Key Vault secrets, set by an Admin with
     * PUT …/destinations); absent from an answer that did not read them.
     */
    destinations: z.array(DeploymentDestinationSchema).optional(),
  })
  .meta({ id: "DeploymentDetail" });
export type DeploymentDetail = z.infer<typeof DeploymentDetailSchema>;

// Request bodies are not named components: they stay inline in the OpenAPI document (the route matrix reads them).

export const AuthChangeBodySchema = z
  .strictObject({ keyAuth: z.boolean().optional(), tokenAuth: z.boolean().optional() })
  .meta({ description: "Set keyAuth, tokenAuth or both (an empty change is a 400)." });
export type AuthChangeBody = z.infer<typeof AuthChangeBodySchema>;

export const CreateDeploymentBodySchema = z
  .strictObject({
    name: safeText().regex(SERVICE_NAME_RULE.pattern, SERVICE_NAME_RULE.message),
    computeType: ComputeTargetSchema,
    cpu: z.number().positive().max(64),
    memoryInGB: z.number().positive().max(512),
    /** AKS: the workspace's cluster to deploy to. */
    computeName: ResourceNameSchema.optional(),
    /** ACI: the region of the container group (default: the workspace's). */
    location: RegionSchema.optional(),
    description: safeText().max(500).optional(),
    /** Defaults: auth-domain's defaultAuthSettings (ACI key off, AKS key on; token off). */
    keyAuth: z.boolean().optional(),
    tokenAuth: z.boolean().optional(),
  })
  .meta({ description: "A web service to deploy (ACI or AKS deploy configuration)." });
export type CreateDeploymentBody = z.infer<typeof CreateDeploymentBodySchema>;

/** 202: the operation is still running; poll the deployment (GET) until it appears or changes. */
export const PendingOperationSchema = z
  .object({
    ...DeploymentIdShape,
    operationId: z.string().nullable(),
    state: z.string(),
    /** Poll the deployment (GET) until it appears or changes. */
    deployment: z.string(),
  })
  .meta({ id: "PendingOperation" });
export type PendingOperation = z.infer<typeof PendingOperationSchema>;
