import { providerCall } from "../../provider/provider-errors.ts";
import { getWorkspaceProvider } from "../../provider/workspace-provider.ts";
import type { AppRouteHandler } from "../../routing/create-router.ts";
import type { listComputesRoute } from "./computes.routes.ts";

/**
 * Read from the workspace now (never cached: a cluster attached a moment ago can be chosen). A compute
 * ARM lists without a name cannot be deployed to, so it is left out (and logged).
 */
export const listComputes: AppRouteHandler<typeof listComputesRoute> = async (c) => {
  const { workspace } = c.req.valid("param");
  const { kind } = c.req.valid("query");
  const provider = await getWorkspaceProvider(c.var.deps, workspace);
  const listing = await providerCall(() => provider.client.listComputeItems(provider.ref));
  if (listing.unreadable.length > 0) {
    c.var.logger.warn({ workspace, unreadable: listing.unreadable }, "computes: items left out");
  }
  const items = listing.items
    .filter((compute) => !kind || compute.properties?.computeType?.toLowerCase() === kind.toLowerCase())
    .map((compute) => ({
      name: compute.name,
      computeType: compute.properties?.computeType ?? null,
      region: compute.properties?.computeLocation ?? compute.location ?? null,
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return c.json({ items }, 200);
};
