import type { WorkspaceList } from "@keyturn/azureml-rest";
import { Hono } from "hono";
import type { AppEnv, EmulatorContext } from "../context.ts";
import { notFound } from "../errors.ts";
import { armAuth } from "./arm-auth.ts";
import { computeRoutes } from "./computes.routes.ts";
import { requireRole } from "./rbac.ts";
import { toWireWorkspace } from "./wire.ts";

/**
 * ARM's workspace listing of a resource group, one workspace and its computes (Reader, as every ARM
 * read). It is global in Azure, so a region being down does not hide the workspaces in it.
 */
export function workspaceRoutes(ctx: EmulatorContext) {
  const inGroup = (sub: string, rg: string) =>
    ctx.store
      .listWorkspaces()
      .filter(
        (w) =>
          w.subscriptionId.toLowerCase() === sub.toLowerCase() &&
          w.resourceGroup.toLowerCase() === rg.toLowerCase(),
      );
  return new Hono<AppEnv>()
    .use(armAuth(ctx), requireRole("workspaces"))
    .get("/", (c) => {
      const rg = c.req.param("rg") ?? "";
      const found = inGroup(c.req.param("sub") ?? "", rg);
      if (found.length === 0) throw notFound(`Resource group '${rg}' could not be found.`);
      const body: WorkspaceList = { value: found.map((w) => toWireWorkspace(w, ctx.baseUrl())) };
      return c.json(body, 200);
    })
    .get("/:ws", (c) => {
      const name = c.req.param("ws");
      const workspace = inGroup(c.req.param("sub") ?? "", c.req.param("rg") ?? "").find(
        (w) => w.name === name,
      );
      if (!workspace) throw notFound(`Workspace '${name}' could not be found.`);
      return c.json(toWireWorkspace(workspace, ctx.baseUrl()), 200);
    })
    .route("/:ws/computes", computeRoutes(ctx));
}
