import type { MigrationSuccessor } from "@keyturn/api-contract";
import type { MigrationPlan } from "@keyturn/auth-domain";
import {
  computePath,
  type OnlineEndpoint,
  type OnlineEndpointPutBody,
  type WorkspaceRef,
} from "@keyturn/azureml-rest";
import { MIGRATED_FROM_TAG, migratedFromValue } from "./migration-source.ts";

/** Whether an endpoint was created from the plan of this service (its tag names the service). */
export const isSuccessorOf = (endpoint: OnlineEndpoint, workspace: string, service: string) =>
  endpoint.tags[MIGRATED_FROM_TAG] === migratedFromValue(workspace, service);

export function successorView(workspace: string, endpoint: OnlineEndpoint): MigrationSuccessor {
  return {
    workspace,
    name: endpoint.name,
    kind: endpoint.computeType === "Kubernetes" ? "Kubernetes" : "Managed",
    authMode: endpoint.properties.authMode,
    provisioningState: endpoint.properties.provisioningState,
    scoringUri: endpoint.properties.scoringUri,
  };
}

/**
 * The PUT that creates the plan's endpoint: the workspace's location, the plan's auth mode,
 * description and tags (the link back to the service among them), and for a Kubernetes endpoint its
 * cluster as the workspace compute's ARM id. No keys: Azure gives the endpoint keys of its own.
 */
export function putBodyForPlan(
  p: { ref: WorkspaceRef; region: string },
  plan: MigrationPlan,
  computeName: string | null,
): OnlineEndpointPutBody {
  const properties: OnlineEndpointPutBody["properties"] = { authMode: plan.auth.to };
  if (plan.definition.description) properties.description = plan.definition.description.slice(0, 1024);
  if (plan.endpoint.kind === "Kubernetes" && computeName !== null)
    properties.compute = computePath(p.ref, computeName);
  return { location: p.region, tags: plan.definition.tags ?? {}, properties };
}
