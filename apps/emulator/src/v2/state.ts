import { EndpointAuthModeSchema, EndpointComputeTypeSchema, RegionSchema } from "@keyturn/auth-domain";
import { z } from "zod";

// The persisted v2 state (`<dataDir>/emulator-v2/online-endpoints.json`), beside the v1 store: online
// endpoints with their keys and deployments. Wire shapes are built from it in wire.ts.

/** Managed (ACI's successor, run by Azure) or Kubernetes (AKS's successor, on an attached cluster). */
export const EndpointKindSchema = EndpointComputeTypeSchema;
export type EndpointKind = z.infer<typeof EndpointKindSchema>;

export const ProvisioningStateSchema = z.enum([
  "Creating",
  "Updating",
  "Deleting",
  "Succeeded",
  "Failed",
  "Canceled",
]);
export type ProvisioningState = z.infer<typeof ProvisioningStateSchema>;

/** Who made a change, as ARM's systemData names it. */
export const ActorSchema = z.object({
  by: z.string(),
  byType: z.enum(["User", "Application", "ManagedIdentity", "Key"]),
  at: z.iso.datetime(),
});
export type Actor = z.infer<typeof ActorSchema>;

export const EndpointRecordSchema = z.object({
  /** ARM resource id: `{workspace id}/onlineEndpoints/{name}`; also the audience of its AML tokens. */
  id: z.string(),
  workspaceId: z.string(),
  name: z.string(),
  location: RegionSchema,
  kind: EndpointKindSchema,
  /** Kubernetes only: the attached cluster (a workspace compute) it runs on. */
  cluster: z.string().nullable(),
  authMode: EndpointAuthModeSchema,
  description: z.string().nullable(),
  tags: z.record(z.string(), z.string()),
  properties: z.record(z.string(), z.string()),
  /** Deployment name → percent of the traffic (sums to 100 when there are deployments). */
  traffic: z.record(z.string(), z.number().int().min(0).max(100)),
  publicNetworkAccess: z.enum(["Enabled", "Disabled"]),
  provisioningState: ProvisioningStateSchema,
  primaryKey: z.string(),
  secondaryKey: z.string(),
  created: ActorSchema,
  modified: ActorSchema,
});
export type EndpointRecord = z.infer<typeof EndpointRecordSchema>;

export const V2StateFileSchema = z.object({
  version: z.literal(1),
  endpoints: z.array(EndpointRecordSchema),
});
export type V2StateFile = z.infer<typeof V2StateFileSchema>;
