import type { ServiceRecord } from "../state/schema.ts";

// Where each service's scoring endpoint lives on the emulator, imitating its host in Azure:
// AKS `http://{cluster}/api/v1/service/{name}/score`, ACI `http://{guid}.{region}.azurecontainer.io/score`.
// Services of the kinds Keyturn does not manage (AKSENDPOINT, IOT, …) are listed only: no endpoint.

type Endpoint = Pick<ServiceRecord, "computeType" | "computeName" | "name" | "aciHost">;

/** The path prefix of a service's endpoint (score and swagger.json sit under it); null for another kind. */
export function endpointPrefix(service: Endpoint): string | null {
  if (service.computeType === "AKS") {
    return `/aks/${encodeURIComponent(service.computeName ?? "")}/api/v1/service/${encodeURIComponent(service.name)}`;
  }
  if (service.computeType === "ACI") return `/aci/${service.aciHost ?? ""}`;
  return null;
}

/** The data plane's lookup key for a service, built the same way from a route's parameters. */
export const aksKey = (cluster: string, name: string) => `aks/${cluster}/${name}`;
export const aciKey = (host: string) => `aci/${host}`;

/** The lookup key of a service's endpoint; null for a kind the emulator does not score. */
export function scoringKey(service: ServiceRecord): string | null {
  if (service.computeType === "AKS") return aksKey(service.computeName ?? "", service.name);
  if (service.computeType === "ACI") return aciKey(service.aciHost ?? "");
  return null;
}
