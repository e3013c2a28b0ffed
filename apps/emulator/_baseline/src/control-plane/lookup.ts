import { notFound } from "../errors.ts";
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
