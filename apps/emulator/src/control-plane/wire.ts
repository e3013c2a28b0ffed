import {
  type Operation,
  type ServiceAnswer,
  v1Paths,
  type WorkspaceRef,
  type WorkspaceResource,
} from "@keyturn/azureml-rest";
import { endpointPrefix } from "../data-plane/scoring-paths.ts";
import type { OperationRecord, ServiceRecord, WorkspaceRecord } from "../state/schema.ts";
import { discoveryPath } from "./discovery.routes.ts";

// Records → the wire shapes of azureml-rest (secrets and emulator bookkeeping stay behind).

export function workspaceRef(workspace: WorkspaceRecord): WorkspaceRef {
  return {
    subscriptionId: workspace.subscriptionId,
    resourceGroup: workspace.resourceGroup,
    workspace: workspace.name,
  };
}

/** One entry of a service's `models` (Azure's Model, as `expand=true` adds it): the model every service hosts. */
export interface WireModel {
  id: string;
  name: string;
  version: number;
  framework: string;
  url: string;
  mimeType: string;
  description: string;
  createdTime: string;
}

/** A service as Azure answers it, and with `expand=true` its models. */
export type WireService = ServiceAnswer & { models?: WireModel[] };

const HOSTED_MODEL = {
  id: "diabetes-progression:1",
  name: "diabetes-progression",
  version: 1,
  framework: "ScikitLearn",
  url: "aml://asset/diabetes-progression-1",
  mimeType: "application/octet-stream",
  description: "Least-squares linear regression on the diabetes data set.",
} as const;

/**
 * A service record → Azure's answer. Fields differ by kind as in Azure: an ACI answer has no
 * `aadAuthEnabled` (ACI has no token auth). `expand` adds the models the service hosts.
 */
export function toWireService(
  service: ServiceRecord,
  baseUrl: string,
  options: { expand?: boolean } = {},
): WireService {
  const prefix = `${baseUrl}${endpointPrefix(service)}`;
  const wire: WireService = {
    id: service.id,
    name: service.name,
    description: service.description,
    computeType: service.computeType,
    computeName: service.computeName,
    state: service.state,
    scoringUri: `${prefix}/score`,
    swaggerUri: `${prefix}/swagger.json`,
    authEnabled: service.authEnabled,
    ...(service.computeType === "AKS" ? { aadAuthEnabled: service.aadAuthEnabled } : {}),
    location: service.location,
    containerResourceRequirements: service.containerResourceRequirements,
    createdTime: service.createdTime,
    updatedTime: service.updatedTime,
    kvTags: service.kvTags,
  };
  if (options.expand) wire.models = [{ ...HOSTED_MODEL, createdTime: service.createdTime }];
  return wire;
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

/** The absolute URL a client polls for an operation (the `Operation-Location` header). */
export function operationLocation(baseUrl: string, workspace: WorkspaceRecord, id: string): string {
  return `${baseUrl}${v1Paths.operation(workspaceRef(workspace), id)}`;
}
