import { count, eq, max, sql } from "drizzle-orm";
import { connections, inventory } from "../../db/schema.ts";
import { listWorkspaces, type WorkspaceSummary } from "../../provider/workspace-provider.ts";
import type { AppRouteHandler } from "../../routing/create-router.ts";
import type { listWorkspacesRoute } from "./workspaces.routes.ts";

/** Listed from the provider (cached briefly); if every connection fails, from the inventory's last sync. */
export const listAll: AppRouteHandler<typeof listWorkspacesRoute> = async (c) => {
  const { db } = c.var.deps.database;
  const counts = await db
    .select({
      workspace: inventory.workspace,
      n: count(),
      region: max(inventory.workspaceRegion),
      connectionId: sql<string>`max(${inventory.connectionId}::text)`,
      connectionName: max(connections.name),
    })
    .from(inventory)
    .innerJoin(connections, eq(connections.id, inventory.connectionId))
    .groupBy(inventory.workspace);
  const countOf = (name: string) => counts.find((r) => r.workspace === name)?.n ?? 0;
  let workspaces: WorkspaceSummary[] | undefined;
  try {
    workspaces = await listWorkspaces(c.var.deps);
  } catch (err) {
    c.var.logger.warn({ err }, "workspaces: provider listing failed, answering from the inventory");
  }
  if (workspaces) {
    const items = workspaces.map((w) => ({
      name: w.name,
      friendlyName: w.friendlyName,
      region: w.region,
      connection: { id: w.connectionId, name: w.connectionName },
      deploymentCount: countOf(w.name),
    }));
    return c.json({ items, source: "provider" as const }, 200);
  }
  // Regions as the last sync stored them: a region the console's list lacks is listed too.
  const items = counts.map((r) => ({
    name: r.workspace,
    friendlyName: null,
    region: r.region ?? "",
    connection: { id: r.connectionId ?? "", name: r.connectionName ?? "" },
    deploymentCount: r.n,
  }));
  items.sort((a, b) => a.name.localeCompare(b.name));
  return c.json({ items, source: "inventory" as const }, 200);
};
