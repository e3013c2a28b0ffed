import { ComputeTargetSchema, RegionSchema } from "@keyturn/auth-domain";
import { z } from "zod";

/** `state` of a v1 web service as Azure reports it. */
export const ServiceStateSchema = z.enum([
  "Transitioning",
  "Healthy",
  "Unhealthy",
  "Failed",
  "Unschedulable",
]);
export type ServiceState = z.infer<typeof ServiceStateSchema>;

export const ContainerResourceRequirementsSchema = z.object({
  cpu: z.number().positive().max(64),
  memoryInGB: z.number().positive().max(512),
});
export type ContainerResourceRequirements = z.infer<typeof ContainerResourceRequirementsSchema>;

/** A v1 web service object (GET …/services/{name}). Field names and types are the contract. */
export const ServiceSchema = z.object({
  id: z.string().optional(),
  name: z.string(),
  description: z.string().nullable().optional(),
  computeType: ComputeTargetSchema,
  /** AKS: the attached cluster's compute name. */
  computeName: z.string().nullable().optional(),
  state: ServiceStateSchema,
  scoringUri: z.string().nullable(),
  swaggerUri: z.string().nullable().optional(),
  /** Key auth. */
  authEnabled: z.boolean(),
  /** Token auth (Azure's historical name). */
  aadAuthEnabled: z.boolean(),
  /**
   * Where the service runs: the ACI container group's region or the AKS cluster's region. Azure
   * reports it on the compute; the emulator puts it here so one call tells the console.
   */
  location: RegionSchema.nullable().optional(),
  containerResourceRequirements: ContainerResourceRequirementsSchema.optional(),
  createdTime: z.iso.datetime({ offset: true }),
  updatedTime: z.iso.datetime({ offset: true }),
  kvTags: z.record(z.string(), z.string()).nullable().optional(),
});
export type Service = z.infer<typeof ServiceSchema>;

/** A page of services; `nextLink` is absent on the last page. */
export const ServiceListSchema = z.object({
  value: z.array(ServiceSchema),
  nextLink: z.string().nullable().optional(),
});
export type ServiceList = z.infer<typeof ServiceListSchema>;

const ServiceNameSchema = z
  .string()
  .regex(
    /^[a-z][a-z0-9-]{1,30}[a-z0-9]$/,
    "3–32 lowercase letters, digits and dashes, starting with a letter",
  );

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
