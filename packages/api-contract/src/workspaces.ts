import { safeText } from "@keyturn/auth-domain";
import { z } from "zod";
import { RegionNameFieldSchema } from "./deployments.ts";

/** `GET /api/workspaces`: one workspace of a connection, with its region and inventory size. */
export const WorkspaceSchema = z
  .object({
    name: z.string(),
    friendlyName: z.string().nullable(),
    /** As ARM writes it: a region the console's list lacks is kept. */
    region: RegionNameFieldSchema,
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

/** `GET /api/workspaces/{workspace}/computes`: one compute attached to a workspace. */
export const WorkspaceComputeSchema = z
  .object({
    name: z.string(),
    /** ARM's `properties.computeType` as written (AKS, AmlCompute …); null when it has none. */
    computeType: z.string().nullable(),
    /** Where the compute runs (its `computeLocation`, else the resource's); null when unknown. */
    region: RegionNameFieldSchema.nullable(),
  })
  .meta({ id: "WorkspaceCompute" });
export type WorkspaceCompute = z.infer<typeof WorkspaceComputeSchema>;

export const WorkspaceComputeListSchema = z
  .object({ items: z.array(WorkspaceComputeSchema) })
  .meta({ id: "WorkspaceComputeList" });
export type WorkspaceComputeList = z.infer<typeof WorkspaceComputeListSchema>;

/** Its query: `kind` keeps the computes of one type (compared without case, as ARM compares them). */
export const WorkspaceComputeQuerySchema = z.strictObject({
  kind: safeText().min(1).max(64).optional().meta({ example: "AKS" }),
});
export type WorkspaceComputeQuery = z.infer<typeof WorkspaceComputeQuerySchema>;
