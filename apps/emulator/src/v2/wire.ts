import { createHash } from "node:crypto";
import type { EndpointRecord } from "./state.ts";

/** The tenant of the emulator's managed identities (dev-idp's directory). */
const TENANT_ID = "fab8fb34-548a-4101-b975-2621a70d2522";

/** Where an endpoint scores, on the emulator: the host Azure gives it, as the path's first segment. */
export const scoringHost = (endpoint: Pick<EndpointRecord, "name" | "location">) =>
  `${endpoint.name}.${endpoint.location}.inference.ml.azure.com`;
export const scoringPrefix = (endpoint: Pick<EndpointRecord, "name" | "location">) =>
  `/online/${scoringHost(endpoint)}`;

/** A stable GUID from a seed (the endpoint's system-assigned identity, kept across restarts). */
function guidOf(seed: string): string {
  const h = createHash("sha256").update(seed).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * An endpoint record → ARM's OnlineEndpoint. `properties.keys` is always null (keys are read with
 * listKeys); a Kubernetes endpoint names its compute, a managed one has none. Azure's `kind` for
 * Kubernetes endpoints is not documented: "K8S" is a guess from the CLI's output.
 */
export function toWireEndpoint(endpoint: EndpointRecord, origin: string) {
  const prefix = `${origin}${scoringPrefix(endpoint)}`;
  return {
    id: endpoint.id,
    name: endpoint.name,
    type: "Microsoft.MachineLearningServices/workspaces/onlineEndpoints",
    location: endpoint.location,
    kind: endpoint.kind === "Managed" ? "Managed" : "K8S",
    identity: { type: "SystemAssigned", principalId: guidOf(endpoint.id), tenantId: TENANT_ID },
    tags: endpoint.tags,
    systemData: {
      createdBy: endpoint.created.by,
      createdByType: endpoint.created.byType,
      createdAt: endpoint.created.at,
      lastModifiedBy: endpoint.modified.by,
      lastModifiedByType: endpoint.modified.byType,
      lastModifiedAt: endpoint.modified.at,
    },
    properties: {
      authMode: endpoint.authMode,
      description: endpoint.description,
      properties: endpoint.properties,
      keys: null,
      scoringUri: `${prefix}/score`,
      swaggerUri: `${prefix}/swagger.json`,
      provisioningState: endpoint.provisioningState,
      traffic: endpoint.traffic,
      mirrorTraffic: {},
      publicNetworkAccess: endpoint.publicNetworkAccess,
      compute: endpoint.cluster === null ? null : `${endpoint.workspaceId}/computes/${endpoint.cluster}`,
    },
  };
}
export type WireEndpoint = ReturnType<typeof toWireEndpoint>;
