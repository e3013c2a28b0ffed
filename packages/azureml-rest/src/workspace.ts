import { RegionSchema } from "@keyturn/auth-domain";
import { z } from "zod";

/** An ARM workspace resource, as listed by …/providers/Microsoft.MachineLearningServices/workspaces. */
export const WorkspaceResourceSchema = z.object({
  id: z.string(),
  name: z.string(),
  type: z.literal("Microsoft.MachineLearningServices/workspaces"),
  location: RegionSchema,
  properties: z
    .object({
      friendlyName: z.string().optional(),
      discoveryUrl: z.string().optional(),
    })
    .optional(),
});
export type WorkspaceResource = z.infer<typeof WorkspaceResourceSchema>;

export const WorkspaceListSchema = z.object({
  value: z.array(WorkspaceResourceSchema),
  nextLink: z.string().nullable().optional(),
});
export type WorkspaceList = z.infer<typeof WorkspaceListSchema>;
