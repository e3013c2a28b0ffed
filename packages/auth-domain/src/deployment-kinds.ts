import { z } from "zod";
import { type ComputeTarget, ComputeTargetSchema } from "./compute.ts";

/**
 * Where a v2 online endpoint runs, as Azure's `computeType` names it: `Managed` (ACI's successor, run
 * by Azure) or `Kubernetes` (AKS's successor: the Azure ML extension on a cluster of one's own).
 */
export const EndpointComputeTypeSchema = z.enum(["Managed", "Kubernetes"]);
export type EndpointComputeType = z.infer<typeof EndpointComputeTypeSchema>;
export const ENDPOINT_COMPUTE_TYPES = EndpointComputeTypeSchema.options;

/** Every kind of deployment Keyturn manages: the v1 web services and the v2 online endpoints. */
export const DeploymentKindSchema = z.enum([
  ...ComputeTargetSchema.options,
  ...EndpointComputeTypeSchema.options,
]);
export type DeploymentKind = z.infer<typeof DeploymentKindSchema>;
export const DEPLOYMENT_KINDS = DeploymentKindSchema.options;

/** v1: web services of the Azure ML SDK v1 (support ended 2026-06-30); v2: online endpoints. */
export const GenerationSchema = z.enum(["v1", "v2"]);
export type Generation = z.infer<typeof GenerationSchema>;

export const KIND_GENERATION: Readonly<Record<DeploymentKind, Generation>> = {
  ACI: "v1",
  AKS: "v1",
  Managed: "v2",
  Kubernetes: "v2",
};

export function generationOf(kind: DeploymentKind): Generation {
  return KIND_GENERATION[kind];
}

/** A v1 web service's kind (the seed's ComputeTarget). */
export function isServiceKind(kind: DeploymentKind): kind is ComputeTarget {
  return generationOf(kind) === "v1";
}

/** A v2 online endpoint's kind. */
export function isEndpointKind(kind: DeploymentKind): kind is EndpointComputeType {
  return generationOf(kind) === "v2";
}

/** Where each v1 kind goes in v2: ACI to a managed endpoint, AKS to a Kubernetes endpoint. */
export const SUCCESSOR_KIND: Readonly<Record<ComputeTarget, EndpointComputeType>> = {
  ACI: "Managed",
  AKS: "Kubernetes",
};

/** The date Azure ML SDK v1 support ended (ISO 8601 date). */
export const SDK_V1_SUPPORT_ENDED_ON = "2026-06-30";
