import type { ServiceRecord } from "../state/schema.ts";

// Where each service's scoring endpoint lives on the emulator, imitating its host in Azure:
// AKS `http://{cluster}/api/v1/service/{name}/score`, ACI `http://{guid}.{region}.azurecontainer.io/score`.

/** The path prefix of a service's endpoint (score and swagger.json sit under it). */
export function endpointPrefix(
  service: Pick<ServiceRecord, "computeType" | "computeName" | "name" | "aciHost">,
) {
  if (service.computeType === "AKS") {
    return `/aks/${encodeURIComponent(service.computeName ?? "")}/api/v1/service/${encodeURIComponent(service.name)}`;
  }
  return `/aci/${service.aciHost ?? ""}`;
}

/** The data plane's lookup key for a service, built the same way from a route's parameters. */
export const aksKey = (cluster: string, name: string) => `aks/${cluster}/${name}`;
export const aciKey = (host: string) => `aci/${host}`;

export function scoringKey(service: ServiceRecord): string {
  return service.computeType === "AKS"
    ? aksKey(service.computeName ?? "", service.name)
    : aciKey(service.aciHost ?? "");
}
