/** Identifies one workspace within Azure. */
export interface WorkspaceRef {
  subscriptionId: string;
  resourceGroup: string;
  workspace: string;
}

const PROVIDER = "providers/Microsoft.MachineLearningServices/workspaces";

/**
 * One URL-encoded path segment. The empty and dot segments are refused: encoding leaves them as they
 * are, and a URL resolver would collapse them (`services/../listkeys` reaches the workspace's listkeys).
 */
function seg(value: string): string {
  if (value === "" || value === "." || value === "..") {
    throw new RangeError(`"${value}" cannot be a path segment`);
  }
  return encodeURIComponent(value);
}

/** ARM path listing the workspaces of a resource group. */
export function workspacesPath(subscriptionId: string, resourceGroup: string): string {
  return `/subscriptions/${seg(subscriptionId)}/resourceGroups/${seg(resourceGroup)}/${PROVIDER}`;
}

/** ARM path of a workspace's computes (its attached clusters and other compute resources). */
export function computesPath(ref: WorkspaceRef): string {
  return `${workspacesPath(ref.subscriptionId, ref.resourceGroup)}/${seg(ref.workspace)}/computes`;
}

/** ARM path of a workspace's compute (an AKS service's region is its compute's). */
export function computePath(ref: WorkspaceRef, computeName: string): string {
  return `${computesPath(ref)}/${seg(computeName)}`;
}

/** The v1 model-management base path of a workspace (append to the region's host). */
export function modelManagementBase(ref: WorkspaceRef): string {
  return `/modelmanagement/v1.0${workspacesPath(ref.subscriptionId, ref.resourceGroup)}/${seg(ref.workspace)}`;
}

export const v1Paths = {
  services: (ref: WorkspaceRef) => `${modelManagementBase(ref)}/services`,
  service: (ref: WorkspaceRef, name: string) => `${modelManagementBase(ref)}/services/${seg(name)}`,
  listKeys: (ref: WorkspaceRef, name: string) => `${modelManagementBase(ref)}/services/${seg(name)}/listkeys`,
  regenerateKeys: (ref: WorkspaceRef, name: string) =>
    `${modelManagementBase(ref)}/services/${seg(name)}/regenerateKeys`,
  token: (ref: WorkspaceRef, name: string) => `${modelManagementBase(ref)}/services/${seg(name)}/token`,
  operation: (ref: WorkspaceRef, id: string) => `${modelManagementBase(ref)}/operations/${seg(id)}`,
};

/** The header that points at an async operation's status. */
export const OPERATION_LOCATION_HEADER = "Operation-Location";
