import { z } from "zod";

/** Where a model is deployed: Azure Container Instances or Azure Kubernetes Service. */
export const ComputeTargetSchema = z.enum(["ACI", "AKS"]);
export type ComputeTarget = z.infer<typeof ComputeTargetSchema>;

export const COMPUTE_TARGETS = ComputeTargetSchema.options;
