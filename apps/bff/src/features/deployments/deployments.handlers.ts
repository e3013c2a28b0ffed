import type { Service } from "@keyturn/azureml-rest";
import type { Context } from "hono";
import { ApiError } from "../../errors/api-error.ts";
import { providerCall } from "../../provider/provider-errors.ts";
import { serviceRegion } from "../../provider/service-region.ts";
import {
  getWorkspaceProvider,
  type ProviderDeps,
  type WorkspaceProvider,
  type WorkspaceSummary,
} from "../../provider/workspace-provider.ts";
import type { AppRouteHandler } from "../../routing/create-router.ts";
import { deleteInventoryRow, findInventoryRow, refreshDeploymentRow } from "../inventory/public.ts";
import { toDetail, toLastKnownDetail, withDestinations } from "./deployment-view.ts";
import type { getDeployment } from "./deployments.routes.ts";

/**
 * GET one deployment: read fresh from its workspace (ETag header, inventory row refreshed). While the
 * workspace's region is down, the inventory's last-known row instead (`lastKnown` set, no ETag
 * header: nothing can be changed against it); without a row, the 503 stays. The workspace itself is
 * still found: ARM's workspace listing is global, a region being down does not hide it.
 */
export const get: AppRouteHandler<typeof getDeployment> = async (c) => {
  const { workspace, name } = c.req.valid("param");
  const deps = c.var.deps;
  const p = await getWorkspaceProvider(deps, workspace);
  await refuseReadOnly(deps, workspace, name);
  let service: Service;
  try {
    service = await providerCall(() => p.client.getService(p.ref, name));
  } catch (err) {
    // Gone from the workspace: gone from the inventory too.
    if (err instanceof ApiError && err.status === 404)
      await deleteInventoryRow(deps.database.db, workspace, name);
    if (err instanceof ApiError && err.code === "workspace_region_down") {
      const lastKnown = await lastKnownDetail(c, deps, p, name);
      if (lastKnown) return c.json(await withDestinations(deps.database.db, lastKnown), 200);
    }
    throw err;
  }
  // Where its key is published (Key Vault destinations) is part of what the detail says.
  const detail = await withDestinations(deps.database.db, await refreshRow(c, deps, p, service));
  return c.json(detail, 200, { ETag: detail.etag });
};

/**
 * A service of a kind Keyturn does not manage (a read-only inventory row) has no detail: 409, saying
 * why, instead of the workspace's answer that the console would not understand.
 */
async function refuseReadOnly(deps: ProviderDeps, workspace: string, name: string) {
  const row = await findInventoryRow(deps.database.db, workspace, name);
  if (!row || row.managed) return;
  throw new ApiError(409, "conflict", {
    detail: `"${name}" is a ${row.computeType.slice(0, 32)} service: Keyturn manages the auth of ACI and AKS services, so it is listed read-only.`,
  });
}

/**
 * The detail of a service just read or changed, with where it runs (an AKS service's region is its
 * compute's, cached; unknown is null, never a failure), and its inventory row kept in step (a failure
 * there is logged only).
 */
export async function refreshRow(c: Context, deps: ProviderDeps, p: WorkspaceProvider, service: Service) {
  const clusterRegion = await serviceRegion(p, service, c.var.logger);
  await refreshDeploymentRow(deps, p, service, clusterRegion).catch((err: unknown) =>
    c.var.logger.warn({ err, workspace: p.name, deployment: service.name }, "inventory: row refresh failed"),
  );
  return toDetail(service, p, clusterRegion);
}

/** The inventory's last-known detail, or undefined (no usable row, or the database failed: logged). */
async function lastKnownDetail(c: Context, deps: ProviderDeps, w: WorkspaceSummary, name: string) {
  try {
    const row = await findInventoryRow(deps.database.db, w.name, name);
    return (row && toLastKnownDetail(row, w)) ?? undefined;
  } catch (err) {
    c.var.logger.warn({ err, workspace: w.name, deployment: name }, "inventory: last-known read failed");
    return undefined;
  }
}
