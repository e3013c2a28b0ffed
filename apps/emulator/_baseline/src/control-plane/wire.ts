import {
  type Operation,
  type Service,
  v1Paths,
  type WorkspaceRef,
  type WorkspaceResource,
} from "@keyturn/azureml-rest";
import { endpointPrefix } from "../data-plane/scoring-paths.ts";
import type { OperationRecord, ServiceRecord, WorkspaceRecord } from "../state/schema.ts";

// Records → the wire shapes of azureml-rest (secrets and emulator bookkeeping stay behind).

export function workspaceRef(workspace: WorkspaceRecord): WorkspaceRef {
  return {
    subscriptionId: workspace.subscriptionId,
    resourceGroup: workspace.resourceGroup,
    workspace: workspace.name,
  };
}

export function toWireService(service: ServiceRecord, baseUrl: string): Service {
  const prefix = `${baseUrl}${endpointPrefix(service)}`;
  return {
    id: service.id,
    name: service.name,
    description: service.description,
    computeType: service.computeType,
    computeName: service.computeName,
    state: service.state,
    scoringUri: `${prefix}/score`,
    swaggerUri: `${prefix}/swagger.json`,
    authEnabled: service.authEnabled,
    aadAuthEnabled: service.aadAuthEnabled,
    location: service.location,
    containerResourceRequirements: service.containerResourceRequirements,
    createdTime: service.createdTime,
    updatedTime: service.updatedTime,
    kvTags: service.kvTags,
  };
}

export function toWireOperation(operation: OperationRecord): Operation {
  const { workspaceId: _omitted, ...wire } = operation;
  return wire;
}

export function toWireWorkspace(workspace: WorkspaceRecord): WorkspaceResource {
  return {
    id: workspace.id,
    name: workspace.name,
    type: "Microsoft.MachineLearningServices/workspaces",
    location: workspace.location,
    properties: { friendlyName: workspace.friendlyName },
  };
}

/** The absolute URL a client polls for an operation (the `Operation-Location` header). */
export function operationLocation(baseUrl: string, workspace: WorkspaceRecord, id: string): string {
  return `${baseUrl}${v1Paths.operation(workspaceRef(workspace), id)}`;
}
