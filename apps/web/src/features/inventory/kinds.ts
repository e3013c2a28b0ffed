import {
  COMPUTE_TARGETS,
  type ComputeTarget,
  ENDPOINT_COMPUTE_TYPES,
  type EndpointComputeType,
} from "@keyturn/auth-domain";

/** ACI or AKS: the v1 kinds whose auth Keyturn manages (the BFF also says, per row, `managed`). */
export const isManagedKind = (kind: string): kind is ComputeTarget =>
  (COMPUTE_TARGETS as readonly string[]).includes(kind);

/** Managed or Kubernetes: the v2 online endpoints' kinds Keyturn manages. */
export const isEndpointKind = (kind: string): kind is EndpointComputeType =>
  (ENDPOINT_COMPUTE_TYPES as readonly string[]).includes(kind);

/** The kinds the filter always offers, v1 then v2; the inventory adds any other kind present. */
export const MANAGED_KINDS: readonly string[] = [...COMPUTE_TARGETS, ...ENDPOINT_COMPUTE_TYPES];

/** How the console names the kinds it manages (each generation's words). */
export interface KindWords {
  service: (kind: ComputeTarget) => string;
  endpoint: (kind: EndpointComputeType) => string;
}

/** A kind's label: the console's words for the kinds it manages, any other kind as Azure wrote it. */
export function kindLabel(kind: string, words: KindWords): string {
  if (isManagedKind(kind)) return words.service(kind);
  if (isEndpointKind(kind)) return words.endpoint(kind);
  return kind;
}
