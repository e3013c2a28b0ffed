import {
  EndpointAuthModeSchema,
  type EndpointComputeType,
  EndpointComputeTypeSchema,
  normalizeRegionName,
} from "@keyturn/auth-domain";
import { z } from "zod";
import { AzureTimeSchema } from "../wire-values.ts";

// Fields only shown, never acted on: a value of another shape is dropped, and the endpoint still read.
const shown = <T extends z.ZodType>(schema: T) => schema.nullish().catch(undefined);

/** The provisioning states the spec names (EndpointProvisioningState). */
export const KNOWN_ENDPOINT_PROVISIONING_STATES = [
  "Creating",
  "Updating",
  "Deleting",
  "Succeeded",
  "Failed",
  "Canceled",
] as const;
export type KnownEndpointProvisioningState = (typeof KNOWN_ENDPOINT_PROVISIONING_STATES)[number];
/** A state as Azure wrote it: one the spec names, or a newer one kept as it is. */
export type EndpointProvisioningState = KnownEndpointProvisioningState | (string & {});
export const EndpointProvisioningStateSchema: z.ZodType<EndpointProvisioningState> = z.string().min(1);

/** A compute type as Azure may name it (`AzureMLCompute`, or a newer one): only Managed and Kubernetes are managed. */
export type EndpointComputeTypeValue = EndpointComputeType | (string & {});

const TrafficSchema = z.record(z.string(), z.number().int().min(0).max(100));

export const EndpointIdentitySchema = z.object({
  type: z.string().min(1),
  principalId: shown(z.string()),
  tenantId: shown(z.string()),
  userAssignedIdentities: shown(
    z.record(z.string(), z.object({ principalId: shown(z.string()), clientId: shown(z.string()) })),
  ),
});
export type EndpointIdentity = z.infer<typeof EndpointIdentitySchema>;

export const SystemDataSchema = z.object({
  createdBy: shown(z.string()),
  createdByType: shown(z.string()),
  createdAt: shown(AzureTimeSchema),
  lastModifiedBy: shown(z.string()),
  lastModifiedByType: shown(z.string()),
  lastModifiedAt: shown(AzureTimeSchema),
});
export type SystemData = z.infer<typeof SystemDataSchema>;

const nullToEmpty = <T extends z.ZodType>(schema: T) =>
  schema.nullish().transform((value) => (value ?? {}) as NonNullable<z.infer<T>>);

/**
 * `properties` of an online endpoint as Azure answers them. `keys` is not read: Azure answers null
 * (keys are read with listKeys), and a value there would be a secret nobody asked for.
 */
const EndpointPropertiesSchema = z.object({
  authMode: EndpointAuthModeSchema,
  provisioningState: EndpointProvisioningStateSchema.nullish().transform((value) => value ?? null),
  scoringUri: z
    .string()
    .nullish()
    .transform((value) => value ?? null),
  swaggerUri: shown(z.string()),
  description: shown(z.string()),
  /** A Kubernetes endpoint's compute (its ARM id or name); null on a managed endpoint. */
  compute: z
    .string()
    .nullish()
    .transform((value) => (value ? value : null)),
  /** Deployment name → percent of the calls it takes. */
  traffic: nullToEmpty(TrafficSchema),
  mirrorTraffic: shown(TrafficSchema),
  publicNetworkAccess: shown(z.string()),
  properties: shown(z.record(z.string(), z.string().nullable())),
});

/**
 * The kind of an endpoint: the spec's resource has no `computeType` field, `properties.compute` tells
 * them apart (none: managed; a compute: Kubernetes). A `kind` naming another compute type
 * (`AzureMLCompute`) makes it a kind Keyturn does not manage; other `kind` words are not relied on.
 */
export function endpointComputeType(kind: string | null | undefined, compute: string | null): string {
  const folded = (kind ?? "").toLowerCase().replace(/[\s_-]+/g, "");
  if (folded === "azuremlcompute") return "AzureMLCompute";
  return compute === null ? "Managed" : "Kubernetes";
}

export function isManagedEndpointKind(computeType: string): computeType is EndpointComputeType {
  return EndpointComputeTypeSchema.safeParse(computeType).success;
}

/**
 * ARM's OnlineEndpoint (GET …/onlineEndpoints/{name}) as Azure answers it, with what Keyturn derives:
 * `computeType` (endpointComputeType) and `region` (the location as a region name, null when it is
 * not one). `location` stays as written: a PUT sends it back.
 */
export const OnlineEndpointSchema = z
  .object({
    id: shown(z.string()),
    name: z.string().min(1),
    type: shown(z.string()),
    location: z.string().min(1),
    kind: shown(z.string()),
    identity: shown(EndpointIdentitySchema),
    tags: nullToEmpty(z.record(z.string(), z.string())),
    systemData: shown(SystemDataSchema),
    sku: shown(z.looseObject({ name: z.string() })),
    properties: EndpointPropertiesSchema,
  })
  .transform((endpoint) => ({
    ...endpoint,
    computeType: endpointComputeType(endpoint.kind, endpoint.properties.compute) as EndpointComputeTypeValue,
    region: normalizeRegionName(endpoint.location),
  }));
export type OnlineEndpoint = z.infer<typeof OnlineEndpointSchema>;
/** An endpoint answer as Azure may write it (the fields the schema reads). */
export type OnlineEndpointAnswer = z.input<typeof OnlineEndpointSchema>;

/** An endpoint of a compute type Keyturn does not manage, listed read-only: only its name is required. */
export const OtherKindEndpointSchema = z
  .object({
    name: z.string().min(1),
    location: shown(z.string()),
    kind: shown(z.string()),
    properties: z
      .object({
        authMode: shown(z.string()),
        provisioningState: shown(z.string()),
        scoringUri: shown(z.string()),
        compute: shown(z.string()),
      })
      .nullish()
      .catch(undefined),
  })
  .transform(({ name, location, kind, properties }) => ({
    name,
    computeType: endpointComputeType(kind, properties?.compute ?? null),
    location: location ?? null,
    authMode: properties?.authMode ?? null,
    provisioningState: properties?.provisioningState ?? null,
    scoringUri: properties?.scoringUri ?? null,
  }));
export type OtherKindEndpoint = z.infer<typeof OtherKindEndpointSchema>;
