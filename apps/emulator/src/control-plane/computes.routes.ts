import { type Context, Hono } from "hono";
import type { AppEnv, EmulatorContext } from "../context.ts";
import { EmulatorError } from "../errors.ts";
import type { WorkspaceRecord } from "../state/schema.ts";
import { toWireCompute } from "./wire.ts";

const COMPUTES = "Microsoft.MachineLearningServices/workspaces";

/**
 * ARM's compute resources of a workspace (its AKS clusters), under
 * …/workspaces/{ws}/computes: an AKS service's region is its compute's `properties.computeLocation`.
 * Global in ARM, so a region being down hides none. Names compare without case, as ARM compares them.
 */
export function computeRoutes(ctx: EmulatorContext) {
  const workspaceOf = (c: Context<AppEnv>): WorkspaceRecord => {
    const name = c.req.param("ws") ?? "";
    const workspace = ctx.store.findWorkspace(c.req.param("sub") ?? "", c.req.param("rg") ?? "", name);
    if (workspace) return workspace;
    throw new EmulatorError(
      404,
      "ParentResourceNotFound",
      `Can not perform requested operation on nested resource. Parent resource '${name}' not found.`,
    );
  };

  return new Hono<AppEnv>()
    .get("/", (c) => {
      const workspace = workspaceOf(c);
      return c.json({ value: workspace.clusters.map((cluster) => toWireCompute(workspace, cluster)) }, 200);
    })
    .get("/:compute", (c) => {
      const workspace = workspaceOf(c);
      const name = c.req.param("compute");
      const cluster = workspace.clusters.find((k) => k.name.toLowerCase() === name.toLowerCase());
      if (!cluster) {
        throw new EmulatorError(
          404,
          "ResourceNotFound",
          `The Resource '${COMPUTES}/${workspace.name}/computes/${name}' under resource group '${workspace.resourceGroup}' was not found.`,
        );
      }
      return c.json(toWireCompute(workspace, cluster), 200);
    });
}
