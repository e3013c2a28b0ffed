import { createHash } from "node:crypto";
import type { EndpointDetail, EndpointSummary } from "@keyturn/api-contract";
import {
  ENTRA_SCORING_AUDIENCE,
  ENTRA_SCORING_SCOPE,
  type EndpointComputeType,
  endpointAuthModes,
  usesKeys,
} from "@keyturn/auth-domain";
import { isManagedEndpointKind, type OnlineEndpoint } from "@keyturn/azureml-rest";
import { canonicalJson } from "../audit/public.ts";

/** The Azure RBAC action a caller of an Entra-token endpoint needs. */
export const SCORE_ACTION = "Microsoft.MachineLearningServices/workspaces/onlineEndpoints/score/action";

/** A managed or Kubernetes endpoint (the client refuses any other kind). */
export const kindOf = (endpoint: OnlineEndpoint): EndpointComputeType =>
  isManagedEndpointKind(endpoint.computeType) ? endpoint.computeType : "Managed";

export function toSummary(workspace: string, endpoint: OnlineEndpoint): EndpointSummary {
  return {
    workspace,
    name: endpoint.name,
    kind: kindOf(endpoint),
    authMode: endpoint.properties.authMode,
    region: endpoint.region,
    location: endpoint.location,
    provisioningState: endpoint.properties.provisioningState,
    scoringUri: endpoint.properties.scoringUri,
  };
}

/**
 * A strong ETag of what a change is made against: the fields a PUT sends back (mode, traffic, tags,
 * compute, network access) and the provisioning state. Keys are not part of an endpoint's read.
 */
export function endpointEtag(endpoint: OnlineEndpoint): string {
  const basis = canonicalJson({
    authMode: endpoint.properties.authMode,
    provisioningState: endpoint.properties.provisioningState,
    traffic: endpoint.properties.traffic,
    compute: endpoint.properties.compute,
    publicNetworkAccess: endpoint.properties.publicNetworkAccess ?? null,
    tags: endpoint.tags,
    modifiedAt: endpoint.systemData?.lastModifiedAt ?? null,
  });
  return `"${createHash("sha256").update(basis).digest("base64url").slice(0, 27)}"`;
}

const iso = (value: string | Date | null | undefined) => (value ? new Date(value).toISOString() : null);

export function toDetail(
  workspace: { name: string; connectionId: string; connectionName: string },
  endpoint: OnlineEndpoint,
): EndpointDetail {
  const kind = kindOf(endpoint);
  const mode = endpoint.properties.authMode;
  const traffic = Object.entries(endpoint.properties.traffic)
    .map(([deployment, percent]) => ({ deployment, percent }))
    .sort((a, b) => b.percent - a.percent || a.deployment.localeCompare(b.deployment));
  return {
    ...toSummary(workspace.name, endpoint),
    compute: endpoint.properties.compute,
    traffic,
    deployments: traffic.map((t) => t.deployment),
    authModes: [...endpointAuthModes(kind)],
    usesKeys: usesKeys(mode),
    entra:
      mode === "AADToken"
        ? { permission: SCORE_ACTION, audience: ENTRA_SCORING_AUDIENCE, scope: ENTRA_SCORING_SCOPE }
        : null,
    publicNetworkAccess: endpoint.properties.publicNetworkAccess ?? null,
    connection: { id: workspace.connectionId, name: workspace.connectionName },
    createdAt: iso(endpoint.systemData?.createdAt),
    updatedAt: iso(endpoint.systemData?.lastModifiedAt),
    etag: endpointEtag(endpoint),
  };
}
