import type { DeploymentSummary, RowFindings } from "@keyturn/api-contract";
import type { EndpointAuthMode } from "@keyturn/auth-domain";
import { toSummary } from "../deployments/public.ts";
import type { InventoryItem } from "./inventory-query.ts";

/**
 * One row of either generation as the inventory lists it. An endpoint of a kind Keyturn manages
 * (Managed, Kubernetes) is managed: its mode is shown, its name leads to the endpoint's pages.
 */
export function inventorySummary(item: InventoryItem, now: Date, findings: RowFindings): DeploymentSummary {
  const service = toSummary(item, now);
  if (item.generation !== "v2") {
    return { ...service, generation: "v1", endpointAuthMode: null, findings };
  }
  return {
    ...service,
    generation: "v2",
    managed: item.managed,
    notManagedReason: item.managed ? null : "kind_not_managed",
    auth: null,
    endpointAuthMode: item.managed ? (item.endpointAuthMode as EndpointAuthMode) : null,
    findings,
  };
}
