import type { UnreadableItem } from "@keyturn/azureml-rest";
import { isManagedEndpointKind, type OnlineEndpoint } from "@keyturn/azureml-rest";
import { getEndpointProvider } from "../../provider/endpoint-clients.ts";
import { providerCall } from "../../provider/provider-errors.ts";
import {
  type ProviderDeps,
  providerOf,
  type WorkspaceProvider,
  type WorkspaceSummary,
} from "../../provider/workspace-provider.ts";
import { endpointToRow, otherKindEndpointToRow } from "./inventory-endpoint-rows.ts";
import { type InventoryRow, type RowContext, upsertInventory } from "./inventory-rows.ts";

/** A compute named by its ARM id (`…/computes/<name>`) or by its name. */
const computeName = (compute: string) => compute.split("/").filter(Boolean).at(-1) ?? compute;

/**
 * Where an endpoint runs: a Kubernetes endpoint's cluster is its compute's region (read through the
 * workspace's client, which caches it); a managed endpoint runs at its location. Unknown is null and
 * never a failure: a compute that cannot be read is logged, and its distance is then unknown.
 */
async function endpointRegion(
  deps: ProviderDeps,
  workspace: WorkspaceProvider | WorkspaceSummary,
  endpoint: OnlineEndpoint,
): Promise<string | null> {
  const compute = endpoint.properties.compute;
  if (compute === null) return endpoint.region;
  try {
    const p = "client" in workspace ? workspace : await providerOf(deps, workspace);
    return await p.client.getComputeRegion(p.ref, computeName(compute));
  } catch (err) {
    deps.logger.warn(
      { err, workspace: workspace.name, endpoint: endpoint.name },
      "inventory: an endpoint's compute region could not be read; its distance is unknown",
    );
    return null;
  }
}

/** A managed or Kubernetes endpoint (the client refuses any other kind). */
const kindOf = (e: OnlineEndpoint) => (isManagedEndpointKind(e.computeType) ? e.computeType : "Managed");

export interface EndpointListingRows {
  rows: InventoryRow[];
  otherKinds: number;
  unreadable: readonly UnreadableItem[];
}

/** A workspace's v2 online endpoints as inventory rows: managed ones, read-only ones of other kinds. */
export async function endpointRows(
  deps: ProviderDeps,
  workspace: WorkspaceProvider,
  ctx: RowContext,
): Promise<EndpointListingRows> {
  const provider = await getEndpointProvider(deps, workspace.name);
  const listing = await providerCall(() => provider.endpoints.listEndpoints(provider.ref));
  const managed = await Promise.all(
    listing.endpoints.map(async (e) =>
      endpointToRow(e, kindOf(e), ctx, await endpointRegion(deps, workspace, e)),
    ),
  );
  return {
    rows: [...managed, ...listing.otherKinds.map((e) => otherKindEndpointToRow(e, ctx))],
    otherKinds: listing.otherKinds.length,
    unreadable: listing.unreadable,
  };
}

/**
 * Refreshes one endpoint's row from the endpoint just read or changed through the console, so the
 * inventory and its findings show the change at once instead of at the next sync.
 */
export async function refreshEndpointRow(
  deps: ProviderDeps,
  workspace: WorkspaceSummary,
  endpoint: OnlineEndpoint,
): Promise<void> {
  const ctx = {
    connectionId: workspace.connectionId,
    workspace: workspace.name,
    workspaceRegion: workspace.region,
    syncedAt: new Date(),
  };
  const region = await endpointRegion(deps, workspace, endpoint);
  await upsertInventory(deps.database.db, [endpointToRow(endpoint, kindOf(endpoint), ctx, region)]);
}
