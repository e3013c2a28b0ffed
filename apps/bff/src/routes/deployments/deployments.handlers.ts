import type { Service } from "@keyturn/azureml-rest";
import type { Context } from "hono";
import { ApiError } from "../../errors/api-error.ts";
import { queryInventory } from "../../inventory/inventory-query.ts";
import { deleteInventoryRow } from "../../inventory/inventory-rows.ts";
import { refreshDeploymentRow } from "../../inventory/inventory-sync.ts";
import { providerCall } from "../../provider/provider-errors.ts";
import {
  getWorkspaceProvider,
  type ProviderDeps,
  type WorkspaceSummary,
} from "../../provider/workspace-provider.ts";
import type { AppRouteHandler } from "../create-router.ts";
import { toDetail, toSummary } from "./deployment-view.ts";
import type { getDeployment, listDeployments } from "./deployments.routes.ts";

export const list: AppRouteHandler<typeof listDeployments> = async (c) => {
  const deps = c.var.deps;
  const page = await queryInventory(deps.database.db, c.req.valid("query"));
  const now = deps.now();
  return c.json(
    { items: page.items.map((i) => toSummary(i, now)), nextCursor: page.nextCursor, total: page.total },
    200,
  );
};

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
