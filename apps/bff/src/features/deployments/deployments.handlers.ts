import type { Service } from "@keyturn/azureml-rest";
import type { Context } from "hono";
import { ApiError } from "../../errors/api-error.ts";
import { providerCall } from "../../provider/provider-errors.ts";
import {
  getWorkspaceProvider,
  type ProviderDeps,
  type WorkspaceSummary,
} from "../../provider/workspace-provider.ts";
import type { AppRouteHandler } from "../../routing/create-router.ts";
import { deleteInventoryRow, findInventoryRow, refreshDeploymentRow } from "../inventory/public.ts";
import { toDetail, toLastKnownDetail } from "./deployment-view.ts";
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
  let service: Service;
  try {
    service = await providerCall(() => p.client.getService(p.ref, name));
  } catch (err) {
    // Gone from the workspace: gone from the inventory too.
    if (err instanceof ApiError && err.status === 404)
      await deleteInventoryRow(deps.database.db, workspace, name);
    if (err instanceof ApiError && err.code === "workspace_region_down") {
      const lastKnown = await lastKnownDetail(c, deps, p, name);
      if (lastKnown) return c.json(lastKnown, 200);
    }
    throw err;
  }
  await refreshRow(c, deps, p, service);
  const detail = toDetail(service, p);
  return c.json(detail, 200, { ETag: detail.etag });
};

/** Keeps the inventory row in step with what was just read or changed; a failure here is logged only. */
export async function refreshRow(c: Context, deps: ProviderDeps, w: WorkspaceSummary, service: Service) {
  await refreshDeploymentRow(deps, w, service).catch((err: unknown) =>
    c.var.logger.warn({ err, workspace: w.name, deployment: service.name }, "inventory: row refresh failed"),
  );
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
