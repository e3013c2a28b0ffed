import type { ComputeTarget } from "@keyturn/auth-domain";
import { EmulatorError, notFound } from "../errors.ts";
import { serviceId } from "../state/ids.ts";
import type { ServiceRecord, WorkspaceRecord } from "../state/schema.ts";
import type { Store } from "../state/store.ts";

/** The named service of a workspace, or 404. */
export function requireService(
  store: Store,
  workspace: WorkspaceRecord,
  name: string | undefined,
): ServiceRecord {
  const service = name === undefined ? undefined : store.getService(serviceId(workspace.id, name));
  if (!service) throw notFound(`Service '${name}' was not found in workspace '${workspace.name}'.`);
  return service;
}

/** A service of a kind whose auth, keys and tokens the emulator plays (ACI, AKS). */
export type ManagedServiceRecord = ServiceRecord & { computeType: ComputeTarget };

const isManaged = (service: ServiceRecord): service is ManagedServiceRecord =>
  service.computeType === "ACI" || service.computeType === "AKS";

/**
 * The named service (404) for an auth call (`what`: patch, listkeys, regenerateKeys, token); a service
 * of another kind (AKSENDPOINT, IOT, UNKNOWN, …) is listed and read only: 400 naming its kind.
 */
export function requireManagedService(
  store: Store,
  workspace: WorkspaceRecord,
  name: string | undefined,
  what: string,
): ManagedServiceRecord {
  const service = requireService(store, workspace, name);
  if (isManaged(service)) return service;
  throw new EmulatorError(
    400,
    "BadRequest",
    `Service '${service.name}' is of compute type ${service.computeType}: ${what} is supported on ACI and AKS services only.`,
  );
}
