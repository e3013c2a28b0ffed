import { applyAuthChange, checkCustomKey, defaultAuthSettings, type Region } from "@keyturn/auth-domain";
import type { CreateServiceBody } from "@keyturn/azureml-rest";
import { badRequest, EmulatorError } from "../errors.ts";
import { serviceId } from "../state/ids.ts";
import type { ServiceRecord, WorkspaceRecord } from "../state/schema.ts";
import { newServiceRecord } from "../state/service-factory.ts";
import type { Store } from "../state/store.ts";

/** Where a new service runs: an ACI in its given region (else the workspace's), an AKS service on its cluster. */
function placement(
  workspace: WorkspaceRecord,
  body: CreateServiceBody,
): { location: Region; cluster?: string } {
  if (body.computeType === "ACI") return { location: body.location ?? workspace.location };
  const names = workspace.clusters.map((c) => c.name).join(", ");
  if (!body.computeName) throw badRequest(`An AKS service needs computeName: one of ${names}.`);
  const cluster = workspace.clusters.find((c) => c.name === body.computeName);
  if (!cluster) {
    throw badRequest(
      `Compute '${body.computeName}' is not attached to workspace '${workspace.name}': use one of ${names}.`,
    );
  }
  if (body.location && body.location !== cluster.region) {
    throw badRequest(
      `An AKS service runs in its cluster's region (${cluster.region}), not ${body.location}.`,
    );
  }
  return { location: cluster.region, cluster: cluster.name };
}

/**
 * The record of a service being deployed: auth settings are the compute type's defaults changed by
 * what the body sets, under the domain's rules (so token auth on ACI, or token on with key left on,
 * is refused with the domain's code).
 */
export function buildNewService(
  store: Store,
  workspace: WorkspaceRecord,
  body: CreateServiceBody,
  transitionDelayMs: number,
): ServiceRecord {
  if (store.getService(serviceId(workspace.id, body.name))) {
    throw new EmulatorError(
      409,
      "conflict",
      `A service named '${body.name}' already exists in '${workspace.name}'.`,
    );
  }
  const auth = applyAuthChange(body.computeType, defaultAuthSettings(body.computeType), {
    keyAuth: body.authEnabled,
    tokenAuth: body.aadAuthEnabled,
  });
  if (!auth.ok) throw EmulatorError.fromDomain(auth.error);
  // Keys chosen by the caller follow the same rule as a regeneration's `keyValue`.
  for (const key of body.keys ? [body.keys.primaryKey, body.keys.secondaryKey] : []) {
    const checked = checkCustomKey(key);
    if (!checked.ok) throw EmulatorError.fromDomain(checked.error);
  }
  const where = placement(workspace, body);
  const service = newServiceRecord({
    workspace,
    name: body.name,
    computeType: body.computeType,
    computeName: where.cluster,
    location: where.location,
    auth: auth.value,
    resources: body.containerResourceRequirements,
    state: "Transitioning",
    createdTime: new Date().toISOString(),
    description: body.description,
    keys: body.keys,
    kvTags: body.kvTags,
  });
  return { ...service, readyAt: Date.now() + transitionDelayMs };
}
