import type { DiscoveryDocument } from "@keyturn/azureml-rest";
import { Hono } from "hono";
import type { AppEnv, EmulatorContext } from "../context.ts";
import { notFound } from "../errors.ts";
import type { WorkspaceRecord } from "../state/schema.ts";

/** Where a workspace's discovery document is served (its ARM `properties.discoveryUrl`). */
export function discoveryPath(workspace: WorkspaceRecord): string {
  const { subscriptionId, resourceGroup, name } = workspace;
  return `/discovery/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}/workspaces/${name}`;
}

/**
 * A workspace's discovery document, as Azure serves one at each workspace's `discoveryUrl`: its `api`
 * is the host of the model-management paths (here the emulator itself). Public, like Azure's: no token.
 */
export function discoveryRoutes(ctx: EmulatorContext) {
  return new Hono<AppEnv>().get("/subscriptions/:sub/resourceGroups/:rg/workspaces/:ws", (c) => {
    const name = c.req.param("ws");
    const workspace = ctx.store.findWorkspace(c.req.param("sub"), c.req.param("rg"), name);
    if (!workspace) throw notFound(`Workspace '${name}' has no discovery document.`);
    const body: DiscoveryDocument = { api: ctx.baseUrl() };
    return c.json(body, 200);
  });
}
