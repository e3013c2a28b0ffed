import { ComputeTargetSchema, RegionSchema } from "@keyturn/auth-domain";
import { ContainerResourceRequirementsSchema, CreateServiceBodySchema } from "@keyturn/azureml-rest";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { apiRequest } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

/** A workspace's cluster or a deployment's name, as the BFF accepts it in a path. */
const ComputeNameSchema = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/);

/**
 * `POST /api/deployments/{workspace}`. The name and resource limits are the service's own rules
 * (azureml-rest); AKS names its cluster, ACI may name its region; absent auth switches take the
 * target's defaults on the server (auth-domain's `defaultAuthSettings`), but the wizard always sends both.
 */
export const CreateDeploymentBodySchema = z.object({
  name: CreateServiceBodySchema.shape.name,
  computeType: ComputeTargetSchema,
  cpu: ContainerResourceRequirementsSchema.shape.cpu,
  memoryInGB: ContainerResourceRequirementsSchema.shape.memoryInGB,
  computeName: ComputeNameSchema.optional(),
  location: RegionSchema.optional(),
  keyAuth: z.boolean(),
  tokenAuth: z.boolean(),
});
export type CreateDeploymentBody = z.infer<typeof CreateDeploymentBodySchema>;

/** 201 (the deployment) and 202 (still being created) both name it and give a state. */
export const CreatedDeploymentSchema = z.object({
  workspace: z.string(),
  name: z.string(),
  state: z.string(),
});

export interface CreateDeploymentInput {
  workspace: string;
  body: CreateDeploymentBody;
}

export const createDeployment = async ({ workspace, body }: CreateDeploymentInput) => {
  const response = await apiRequest(`/api/deployments/${encodeURIComponent(workspace)}`, {
    method: "POST",
    body,
    schema: CreatedDeploymentSchema,
  });
  return { ...response.data, accepted: response.status === 202 };
};

export function useCreateDeployment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createDeployment,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.deployments.lists });
      void queryClient.invalidateQueries({ queryKey: queryKeys.workspaces.all });
    },
  });
}
