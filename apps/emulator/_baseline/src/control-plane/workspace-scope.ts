import { REGIONS } from "@keyturn/auth-domain";
import { createMiddleware } from "hono/factory";
import type { AppEnv, EmulatorContext } from "../context.ts";
import { EmulatorError, notFound } from "../errors.ts";

/** Resolves the workspace of a v1 path (404), and refuses it while its region is down (503). */
export function workspaceScope(ctx: Pick<EmulatorContext, "store" | "regions">) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const sub = c.req.param("sub") ?? "";
    const rg = c.req.param("rg") ?? "";
    const name = c.req.param("ws") ?? "";
    const workspace = ctx.store.findWorkspace(sub, rg, name);
    if (!workspace) {
      throw notFound(`Workspace '${name}' was not found in resource group '${rg}' of subscription '${sub}'.`);
    }
    if (ctx.regions.isDown(workspace.location)) {
      throw new EmulatorError(
        503,
        "workspace_region_down",
        `The region ${REGIONS[workspace.location].name} (${workspace.location}) of workspace '${workspace.name}' is unavailable.`,
      );
    }
    c.set("workspace", workspace);
    await next();
  });
}
