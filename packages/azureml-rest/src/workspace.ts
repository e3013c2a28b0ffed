import { RegionNameSchema } from "@keyturn/auth-domain";
import { z } from "zod";

const WORKSPACE_TYPE = "Microsoft.MachineLearningServices/workspaces";

/**
 * An ARM workspace resource, as listed by …/providers/Microsoft.MachineLearningServices/workspaces.
 * Its `location` is any region name (a region Keyturn's list lacks is kept as it is); ARM's type is
 * compared without case, as ARM compares it.
 */
export const WorkspaceResourceSchema = z.object({
  id: z.string(),
  name: z.string().min(1),
  type: z
    .string()
    .refine((type) => type.toLowerCase() === WORKSPACE_TYPE.toLowerCase(), "not a workspace")
    .transform((): typeof WORKSPACE_TYPE => WORKSPACE_TYPE),
  location: RegionNameSchema,
  properties: z
    .object({
      friendlyName: z.string().nullish().catch(undefined),
      /** Azure: a document naming the workspace's hosts (its `api` is the model-management host). */
      discoveryUrl: z.string().nullish().catch(undefined),
    })
    .nullish(),
});
export type WorkspaceResource = z.infer<typeof WorkspaceResourceSchema>;

/** A page of workspaces; `nextLink` is absent (or null) on the last page. */
export const WorkspaceListSchema = z.object({
  value: z.array(WorkspaceResourceSchema),
  nextLink: z.string().nullable().optional(),
});
export type WorkspaceList = z.infer<typeof WorkspaceListSchema>;

/**
 * A workspace's discovery document (GET its `discoveryUrl`): the hosts of its services by name. The
 * v1 model-management paths live on `api` (e.g. `https://centralus.api.azureml.ms`).
 */
export const DiscoveryDocumentSchema = z.object({ api: z.string().min(1) });
export type DiscoveryDocument = z.infer<typeof DiscoveryDocumentSchema>;

/**
 * An ARM compute resource of a workspace (…/workspaces/{ws}/computes/{name}). For an AKS compute,
 * `properties.computeLocation` is the cluster's region and `location` the resource's; either may be
 * absent, and a value that is not a region name is read as absent.
 */
export const ComputeResourceSchema = z.object({
  name: z.string().nullish(),
  location: RegionNameSchema.nullish().catch(null),
  properties: z
    .object({
      computeType: z.string().nullish().catch(null),
      computeLocation: RegionNameSchema.nullish().catch(null),
    })
    .nullish()
    .catch(null),
});
export type ComputeResource = z.infer<typeof ComputeResourceSchema>;

/**
 * A compute of a workspace's list (ARM …/workspaces/{ws}/computes, `{value:[…]}`): a compute without a
 * name cannot be chosen, so the list reads it as unreadable.
 */
export const ComputeListItemSchema = ComputeResourceSchema.extend({ name: z.string().min(1) });
export type ComputeListItem = z.infer<typeof ComputeListItemSchema>;
