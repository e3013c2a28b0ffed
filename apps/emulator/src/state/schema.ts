import { RegionSchema } from "@keyturn/auth-domain";
import {
  ContainerResourceRequirementsSchema,
  KNOWN_COMPUTE_TYPES,
  OperationSchema,
  ServiceStateSchema,
} from "@keyturn/azureml-rest";
import { z } from "zod";

// The persisted state (`<dataDir>/emulator/state.json`). Wire fields reuse the azureml-rest schemas;
// the rest is what the emulator needs to play the service (keys, signing key, cluster regions).

/** An AKS cluster attached to a workspace; its region is where its services run. */
export const ClusterSchema = z.object({ name: z.string().min(1), region: RegionSchema });
export type Cluster = z.infer<typeof ClusterSchema>;

/** The workspace's token-signing key: an EC P-256 private JWK (ES256). */
export const SigningKeySchema = z.object({
  kid: z.string().min(1),
  privateJwk: z.object({
    kty: z.literal("EC"),
    crv: z.literal("P-256"),
    x: z.string(),
    y: z.string(),
    d: z.string(),
  }),
});
export type SigningKey = z.infer<typeof SigningKeySchema>;

export const WorkspaceRecordSchema = z.object({
  /** ARM resource id; services and operations refer to their workspace by it. */
  id: z.string(),
  subscriptionId: z.string(),
  resourceGroup: z.string(),
  name: z.string(),
  location: RegionSchema,
  friendlyName: z.string(),
  clusters: z.array(ClusterSchema),
  signingKey: SigningKeySchema,
});
export type WorkspaceRecord = z.infer<typeof WorkspaceRecordSchema>;

/**
 * Every kind of service a workspace lists (Azure's `computeType`). Keyturn manages ACI and AKS; the
 * others (AKSENDPOINT, IOT, UNKNOWN, …) are held as real workspaces hold them, read-only.
 */
export const ServiceKindSchema = z.enum(KNOWN_COMPUTE_TYPES);
export type ServiceKind = z.infer<typeof ServiceKindSchema>;

export const ServiceRecordSchema = z.object({
  /** `{workspace id}/services/{name}`; also the audience of the service's tokens. */
  id: z.string(),
  workspaceId: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  computeType: ServiceKindSchema,
  /** AKS and AKSENDPOINT: the workspace compute (cluster) it runs on. */
  computeName: z.string().nullable(),
  location: RegionSchema,
  /** ACI only: `{guid}.{region}.azurecontainer.io`, the host its scoring URI imitates. */
  aciHost: z.string().nullable(),
  state: ServiceStateSchema,
  authEnabled: z.boolean(),
  aadAuthEnabled: z.boolean(),
  primaryKey: z.string(),
  secondaryKey: z.string(),
  containerResourceRequirements: ContainerResourceRequirementsSchema,
  createdTime: z.iso.datetime(),
  updatedTime: z.iso.datetime(),
  kvTags: z.record(z.string(), z.string()).nullable(),
  /** While Transitioning: when (epoch ms) the deployment completes, and the operation that tracks it. */
  readyAt: z.number().nullable(),
  pendingOperationId: z.string().nullable(),
});
export type ServiceRecord = z.infer<typeof ServiceRecordSchema>;

export const OperationRecordSchema = OperationSchema.required({
  operationType: true,
  createdTime: true,
}).extend({ workspaceId: z.string() });
export type OperationRecord = z.infer<typeof OperationRecordSchema>;

export const StateFileSchema = z.object({
  version: z.literal(1),
  workspaces: z.array(WorkspaceRecordSchema),
  services: z.array(ServiceRecordSchema),
  operations: z.array(OperationRecordSchema),
});
export type StateFile = z.infer<typeof StateFileSchema>;
