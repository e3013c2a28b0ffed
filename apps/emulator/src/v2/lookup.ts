import type { Principal } from "../context.ts";
import type { WorkspaceRecord } from "../state/schema.ts";
import { ArmError } from "./arm-error.ts";
import type { EndpointStore } from "./endpoint-store.ts";
import { endpointId } from "./seed.ts";
import type { Actor, EndpointRecord } from "./state.ts";

/** The named endpoint of a workspace, or ARM's 404 `ResourceNotFound`. */
export function requireEndpoint(
  store: EndpointStore,
  workspace: WorkspaceRecord,
  name: string | undefined,
): EndpointRecord {
  const endpoint = name === undefined ? undefined : store.get(endpointId(workspace, name));
  if (!endpoint || endpoint.provisioningState === "Deleting") {
    throw new ArmError(
      404,
      "ResourceNotFound",
      `The Resource 'Microsoft.MachineLearningServices/workspaces/${workspace.name}/onlineEndpoints/${name}' under resource group '${workspace.resourceGroup}' was not found.`,
    );
  }
  return endpoint;
}

/** An endpoint another operation is changing cannot be changed now (409, as Azure answers). */
export function requireSettled(endpoint: EndpointRecord): void {
  if (endpoint.provisioningState === "Creating" || endpoint.provisioningState === "Updating") {
    throw new ArmError(
      409,
      "Conflict",
      `Online endpoint '${endpoint.name}' is ${endpoint.provisioningState.toLowerCase()}; try again when the operation in progress has finished.`,
    );
  }
}

/** The caller as systemData names it. */
export const actorOf = (principal: Principal): Actor => ({
  by: principal.appId,
  byType: "Application",
  at: new Date().toISOString(),
});
