import { workspacesPath } from "@keyturn/azureml-rest";

/** The ARM resource id of a workspace. */
export function workspaceId(subscriptionId: string, resourceGroup: string, name: string): string {
  return `${workspacesPath(subscriptionId, resourceGroup)}/${encodeURIComponent(name)}`;
}

/** A service's id: under its workspace's id. Also the audience of its tokens. */
export function serviceId(workspaceIdValue: string, name: string): string {
  return `${workspaceIdValue}/services/${encodeURIComponent(name)}`;
}
