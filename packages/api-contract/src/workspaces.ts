import { RegionSchema } from "@keyturn/auth-domain";
import { z } from "zod";

/** `GET /api/workspaces`: one workspace of a connection, with its region and inventory size. */
export const WorkspaceSchema = z
  .object({
    name: z.string(),
    friendlyName: z.string().nullable(),
    region: RegionSchema,
    connection: z.object({ id: z.string(), name: z.string() }),
    /** Deployments of the workspace in the inventory. */
    deploymentCount: z.number().int().min(0),
  })
  .meta({ id: "Workspace" });
export type Workspace = z.infer<typeof WorkspaceSchema>;

export const WorkspaceListSchema = z
  .object({
    items: z.array(WorkspaceSchema),
    /** provider: listed now (or from the short cache); inventory: the provider failed, from the last sync. */
    source: z.enum(["provider", "inventory"]),
  })
  .meta({ id: "WorkspaceList" });
export type WorkspaceList = z.infer<typeof WorkspaceListSchema>;
