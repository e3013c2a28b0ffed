import type { AzureMlClient, Service, WorkspaceRef } from "@keyturn/azureml-rest";
import type { Logger } from "pino";

/** What the region of a service needs: a client of its workspace (its cache keeps compute regions). */
export interface ServiceRegionSource {
  client: Pick<AzureMlClient, "getComputeRegion">;
  ref: WorkspaceRef;
}

/**
 * Where a service runs. An AKS service's region is its compute's (ARM …/computes/{name}, cached by the
 * client): AKS answers carry no `location`. An ACI service's is its container group's `location`.
 * Unknown is null — the co-location check then says "distance unknown" — and never a failure: a compute
 * that cannot be read is logged and read as unknown.
 */
export async function serviceRegion(
  source: ServiceRegionSource,
  service: Pick<Service, "name" | "computeType" | "computeName" | "location">,
  logger: Pick<Logger, "warn">,
): Promise<string | null> {
  if (service.computeType !== "AKS" || !service.computeName) return service.location ?? null;
  const computeName = service.computeName;
  try {
    return (await source.client.getComputeRegion(source.ref, computeName)) ?? service.location ?? null;
  } catch (err) {
    logger.warn(
      { err, workspace: source.ref.workspace, deployment: service.name, computeName },
      "provider: the compute's region could not be read; its distance is unknown",
    );
    return service.location ?? null;
  }
}
