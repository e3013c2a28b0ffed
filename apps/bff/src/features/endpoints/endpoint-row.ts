import type { OnlineEndpoint } from "@keyturn/azureml-rest";
import type { Context } from "hono";
import type { AppEnv } from "../../app-env.ts";
import { ApiError } from "../../errors/api-error.ts";
import { getEndpointProvider } from "../../provider/endpoint-clients.ts";
import { providerCall } from "../../provider/provider-errors.ts";
import type { WorkspaceSummary } from "../../provider/workspace-provider.ts";
import { deleteEndpointRow, refreshEndpointRow } from "../inventory/public.ts";

/** What of a request's context the row needs: its dependencies and its logger. */
type RowContext = Pick<Context<AppEnv>, "var">;

/**
 * The endpoint's inventory row kept in step with what was just read or changed, so the inventory and
 * its findings show it at once, not at the next sync. A failure there is logged only: Azure has the
 * change, and the next sync writes the row.
 */
export async function keepEndpointRow(
  c: RowContext,
  workspace: WorkspaceSummary,
  endpoint: OnlineEndpoint,
): Promise<void> {
  await refreshEndpointRow(c.var.deps, workspace, endpoint).catch((err: unknown) =>
    c.var.logger.warn(
      { err, workspace: workspace.name, endpoint: endpoint.name },
      "inventory: endpoint row refresh failed",
    ),
  );
}

/**
 * The workspace's v2 provider and the endpoint read fresh from Azure, its row refreshed; an endpoint
 * Azure no longer has is gone from the inventory too (its 404 stays the answer).
 */
export async function readEndpointKeepingRow(c: RowContext, workspace: string, name: string) {
  const provider = await getEndpointProvider(c.var.deps, workspace);
  try {
    const endpoint = await providerCall(() => provider.endpoints.getEndpoint(provider.ref, name));
    await keepEndpointRow(c, provider, endpoint);
    return { provider, endpoint };
  } catch (err) {
    if (err instanceof ApiError && err.status === 404) {
      await deleteEndpointRow(c.var.deps.database.db, provider.name, name).catch((e: unknown) =>
        c.var.logger.warn({ err: e, workspace, endpoint: name }, "inventory: endpoint row removal failed"),
      );
    }
    throw err;
  }
}
