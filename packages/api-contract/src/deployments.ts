import {
  AuthModeSchema,
  ComputeTargetSchema,
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

/** The service's state as the workspace reports it. */
export const DeploymentStateSchema = z.enum([
  "Transitioning",
  "Healthy",
  "Unhealthy",
  "Failed",
  "Unschedulable",
]);
export type DeploymentState = z.infer<typeof DeploymentStateSchema>;

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
    workspaceRegion: RegionSchema,
    /** The AKS cluster's region; null for ACI. */
    clusterRegion: RegionSchema.nullable(),
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
