import { type Operation, v1Paths, type WorkspaceRef, type WorkspaceResource } from "@keyturn/azureml-rest";
import type { Cluster, OperationRecord, WorkspaceRecord } from "../state/schema.ts";
import { discoveryPath } from "./discovery.routes.ts";

// Records → the wire shapes of azureml-rest (secrets and emulator bookkeeping stay behind).

export function workspaceRef(workspace: WorkspaceRecord): WorkspaceRef {
  return {
    subscriptionId: workspace.subscriptionId,
    resourceGroup: workspace.resourceGroup,
    workspace: workspace.name,
  };
}

export function toWireOperation(operation: OperationRecord): Operation {
  const { workspaceId: _omitted, ...wire } = operation;
  return wire;
}

/** The ARM workspace resource; its `discoveryUrl` names the workspace's discovery document. */
export function toWireWorkspace(workspace: WorkspaceRecord, baseUrl: string): WorkspaceResource {
  return {
    id: workspace.id,
    name: workspace.name,
    type: "Microsoft.MachineLearningServices/workspaces",
    location: workspace.location,
    properties: {
      friendlyName: workspace.friendlyName,
      discoveryUrl: `${baseUrl}${discoveryPath(workspace)}`,
    },
  };
}

/** An ARM compute resource of a workspace (GET …/workspaces/{ws}/computes/{name}), as ARM answers it. */
export interface WireCompute {
  id: string;
  name: string;
  type: "Microsoft.MachineLearningServices/workspaces/computes";
  location: string;
  properties: {
    computeType: "AKS";
    computeLocation: string;
    provisioningState: "Succeeded";
    isAttachedCompute: boolean;
    resourceId: string;
  };
}

/**
 * A workspace's AKS cluster as its ARM compute resource: `location` is the resource's (the
 * workspace's region), `properties.computeLocation` the cluster's, where its services run.
 */
export function toWireCompute(workspace: WorkspaceRecord, cluster: Cluster): WireCompute {
  const group = `/subscriptions/${workspace.subscriptionId}/resourceGroups/${workspace.resourceGroup}`;
  return {
    id: `${workspace.id}/computes/${encodeURIComponent(cluster.name)}`,
    name: cluster.name,
    type: "Microsoft.MachineLearningServices/workspaces/computes",
    location: workspace.location,
    properties: {
      computeType: "AKS",
      computeLocation: cluster.region,
      provisioningState: "Succeeded",
      isAttachedCompute: true,
      resourceId: `${group}/providers/Microsoft.ContainerService/managedClusters/${encodeURIComponent(cluster.name)}`,
    },
  };
}

/** The absolute URL a client polls for an operation (the `Operation-Location` header). */
export function operationLocation(baseUrl: string, workspace: WorkspaceRecord, id: string): string {
  return `${baseUrl}${v1Paths.operation(workspaceRef(workspace), id)}`;
}
