import type { EndpointComputeType } from "@keyturn/auth-domain";
import type { OnlineEndpoint, OtherKindEndpoint } from "@keyturn/azureml-rest";
import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { inventory } from "../../db/schema.ts";
import type { InventoryRow, RowContext } from "./inventory-rows.ts";

const dateOrNull = (value: string | Date | null | undefined) => (value ? new Date(value) : null);

/**
 * A managed or Kubernetes online endpoint → its inventory row (v2). Its mode is kept as Azure spells
 * it; key_auth is "Key" and token_auth any token mode, so the v1 columns keep one meaning. The state
 * is ARM's provisioningState; `clusterRegion` is where it runs (a Kubernetes endpoint's compute, a
 * managed endpoint's location), null when unknown. No ETag: an endpoint is changed from its live read.
 */
export function endpointToRow(
  endpoint: OnlineEndpoint,
  kind: EndpointComputeType,
  ctx: RowContext,
  clusterRegion: string | null,
): InventoryRow {
  const mode = endpoint.properties.authMode;
  return {
    connectionId: ctx.connectionId,
    workspace: ctx.workspace,
    deployment: endpoint.name,
    generation: "v2",
    computeType: kind,
    managed: true,
    state: endpoint.properties.provisioningState ?? "",
    keyAuth: mode === "Key",
    tokenAuth: mode !== "Key",
    endpointAuthMode: mode,
    workspaceRegion: ctx.workspaceRegion,
    clusterRegion,
    scoringUri: endpoint.properties.scoringUri,
    tags: endpoint.tags,
    createdAt: dateOrNull(endpoint.systemData?.createdAt),
    updatedAt: dateOrNull(endpoint.systemData?.lastModifiedAt),
    etag: null,
    syncedAt: ctx.syncedAt,
  };
}

/** An endpoint of a compute type Keyturn does not manage (AzureMLCompute, …) → a read-only v2 row. */
export function otherKindEndpointToRow(endpoint: OtherKindEndpoint, ctx: RowContext): InventoryRow {
  return {
    connectionId: ctx.connectionId,
    workspace: ctx.workspace,
    deployment: endpoint.name,
    generation: "v2",
    computeType: endpoint.computeType,
    managed: false,
    state: endpoint.provisioningState ?? "",
    keyAuth: false,
    tokenAuth: false,
    endpointAuthMode: null,
    workspaceRegion: ctx.workspaceRegion,
    clusterRegion: endpoint.location,
    scoringUri: endpoint.scoringUri,
    createdAt: null,
    updatedAt: null,
    etag: null,
    syncedAt: ctx.syncedAt,
  };
}

/** Removes an endpoint's row (a v1 service of the same name is another row and stays). */
export async function deleteEndpointRow(db: Db, workspace: string, name: string): Promise<void> {
  await db
    .delete(inventory)
    .where(
      and(eq(inventory.workspace, workspace), eq(inventory.deployment, name), eq(inventory.generation, "v2")),
    );
}
