import {
  type ComputeTarget,
  ComputeTargetSchema,
  RegionNameSchema,
  RegionSchema,
  SERVICE_NAME_RULE,
} from "@keyturn/auth-domain";
import { z } from "zod";
import { AzureTimeSchema } from "./wire-values.ts";

/**
 * The `computeType` values the published model-management API names, and MIR, which the SDK knows.
 * A workspace's list mixes them; any other value is read too (ComputeTypeSchema).
 */
export const KNOWN_COMPUTE_TYPES = [
  "ACI",
  "AKS",
  "AKSENDPOINT",
  "IOT",
  "AMLCOMPUTE",
  "UNKNOWN",
  "MIR",
] as const;
export type KnownComputeType = (typeof KNOWN_COMPUTE_TYPES)[number];
/** Any compute type, as Azure wrote it: a value this list does not know is kept, never refused. */
export type ComputeType = KnownComputeType | (string & {});
export const ComputeTypeSchema: z.ZodType<ComputeType> = z.string().min(1);

/** The kinds whose auth, keys and tokens Keyturn manages; a service of another kind is listed read-only. */
export function isManagedComputeType(computeType: string): computeType is ComputeTarget {
  return ComputeTargetSchema.safeParse(computeType).success;
}

/** The `state` values Azure documents for a v1 web service (and `Unschedulable`, seen on AKS). */
export const ServiceStateSchema = z.enum([
  "Transitioning",
  "Healthy",
  "Unhealthy",
  "Failed",
  "Unschedulable",
]);
export type ServiceState = z.infer<typeof ServiceStateSchema>;
/** A state as Azure reports it: one of the documented ones, or another kept as it is. */
export type ServiceStateValue = ServiceState | (string & {});
export const ServiceStateValueSchema: z.ZodType<ServiceStateValue> = z.string().min(1);

export const ContainerResourceRequirementsSchema = z.object({
  cpu: z.number().positive().max(64),
  memoryInGB: z.number().positive().max(512),
});
export type ContainerResourceRequirements = z.infer<typeof ContainerResourceRequirementsSchema>;

// Fields only shown, never acted on: a value of another shape is dropped, and the service still read.
const shown = <T extends z.ZodType>(schema: T) => schema.nullish().catch(undefined);

/**
 * A v1 web service of a kind Keyturn manages (ACI, AKS), read as Azure answers it (GET …/services/{name}):
 * - `aadAuthEnabled` (token auth) is absent from ACI answers, ACI having no token auth: false.
 * - `location` is absent from AKS answers (the region is the compute's: getComputeRegion); any region
 *   name is kept, known or not.
 * - `updatedTime` may be absent: the creation time stands for it (the last change Azure told of).
 * - `state` is kept as reported, a state the documented list lacks included.
 * - `scoringUri` may be absent while the service deploys: null.
 */
export const ServiceSchema = z
  .object({
    id: z.string().optional(),
    name: z.string().min(1),
    description: shown(z.string()),
    computeType: ComputeTargetSchema,
    /** AKS: the attached cluster's compute name. */
    computeName: z.string().nullish(),
    state: ServiceStateValueSchema,
    scoringUri: z
      .string()
      .nullish()
      .transform((value) => value ?? null),
    swaggerUri: shown(z.string()),
    /** Key auth. */
    authEnabled: z.boolean(),
    /** Token auth (Azure's historical name). */
    aadAuthEnabled: z
      .boolean()
      .nullish()
      .transform((value) => value ?? false),
    /** Where the service runs: the ACI container group's region (AKS answers have none). */
    location: RegionNameSchema.nullish().catch(null),
    containerResourceRequirements: shown(ContainerResourceRequirementsSchema),
    createdTime: AzureTimeSchema,
    updatedTime: AzureTimeSchema.nullish(),
    kvTags: shown(z.record(z.string(), z.string())),
    /** A change answered 200 may still be running: this operation finishes it. */
    operationId: z.string().nullish(),
  })
  .transform(({ updatedTime, ...service }) => ({
    ...service,
    updatedTime: updatedTime ?? service.createdTime,
  }));
export type Service = z.infer<typeof ServiceSchema>;
/** A service answer as Azure may write it (the fields the schema reads). */
export type ServiceAnswer = z.input<typeof ServiceSchema>;

/**
 * A service of a kind Keyturn does not manage (AKSENDPOINT, IOT, AMLCOMPUTE, UNKNOWN, MIR, any other):
 * listed read-only with what every kind has. Only the name and the kind are required.
 */
export const OtherKindServiceSchema = z.object({
  name: z.string().min(1),
  computeType: ComputeTypeSchema,
  state: shown(ServiceStateValueSchema).transform((value) => value ?? null),
  computeName: shown(z.string()).transform((value) => value ?? null),
  scoringUri: shown(z.string()).transform((value) => value ?? null),
  location: RegionNameSchema.nullish()
    .catch(null)
    .transform((value) => value ?? null),
  createdTime: shown(AzureTimeSchema).transform((value) => value ?? null),
  updatedTime: shown(AzureTimeSchema).transform((value) => value ?? null),
});
export type OtherKindService = z.infer<typeof OtherKindServiceSchema>;

/** A page of services; `nextLink` is absent (or null) on the last page. */
export const ServiceListSchema = z.object({
  value: z.array(ServiceSchema),
  nextLink: z.string().nullable().optional(),
});
export type ServiceList = z.infer<typeof ServiceListSchema>;

const ServiceNameSchema = z.string().regex(SERVICE_NAME_RULE.pattern, SERVICE_NAME_RULE.message);

/** POST …/services. Unknown fields of the wider Azure body are ignored, not refused. */
export const CreateServiceBodySchema = z.object({
  name: ServiceNameSchema,
  computeType: ComputeTargetSchema,
  computeName: z.string().optional(),
  description: z.string().max(500).optional(),
  location: RegionSchema.optional(),
  containerResourceRequirements: ContainerResourceRequirementsSchema,
  authEnabled: z.boolean().optional(),
  aadAuthEnabled: z.boolean().optional(),
  keys: z.object({ primaryKey: z.string().min(16), secondaryKey: z.string().min(16) }).optional(),
  kvTags: z.record(z.string(), z.string()).optional(),
});
export type CreateServiceBody = z.infer<typeof CreateServiceBodySchema>;
