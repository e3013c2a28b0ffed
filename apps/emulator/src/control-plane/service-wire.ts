import type { ServiceAnswer } from "@keyturn/azureml-rest";
import { endpointPrefix } from "../data-plane/scoring-paths.ts";
import type { ServiceRecord } from "../state/schema.ts";

/** One entry of a service's `models` (Azure's Model, as `expand=true` adds it): the model every service hosts. */
export interface WireModel {
  id: string;
  name: string;
  version: number;
  framework: string;
  url: string;
  mimeType: string;
  description: string;
  createdTime: string;
}

/** An ACI or AKS service as Azure answers it, and with `expand=true` its models. */
export type ManagedWireService = ServiceAnswer & { models?: WireModel[] };

/** A service of a kind Keyturn does not manage, with the fields the swagger gives its kind. */
export interface OtherKindWireService {
  id: string;
  name: string;
  description: string | null;
  computeType: string;
  computeName?: string;
  state: string;
  authEnabled?: boolean;
  aadAuthEnabled?: boolean;
  createdTime: string;
  updatedTime: string;
  kvTags: Record<string, string> | null;
}

export type WireService = ManagedWireService | OtherKindWireService;

const HOSTED_MODEL = {
  id: "diabetes-progression:1",
  name: "diabetes-progression",
  version: 1,
  framework: "ScikitLearn",
  url: "aml://asset/diabetes-progression-1",
  mimeType: "application/octet-stream",
  description: "Least-squares linear regression on the diabetes data set.",
} as const;

/**
 * A service of another kind: what every kind has, and by kind what the swagger adds (AKSENDPOINT: its
 * compute and both auth flags; IOT: key auth). None has a scoring endpoint on the emulator.
 */
function otherKind(service: ServiceRecord): OtherKindWireService {
  const { computeType } = service;
  return {
    id: service.id,
    name: service.name,
    description: service.description,
    computeType,
    ...(service.computeName === null ? {} : { computeName: service.computeName }),
    state: service.state,
    ...(computeType === "AKSENDPOINT" || computeType === "IOT" ? { authEnabled: service.authEnabled } : {}),
    ...(computeType === "AKSENDPOINT" ? { aadAuthEnabled: service.aadAuthEnabled } : {}),
    createdTime: service.createdTime,
    updatedTime: service.updatedTime,
    kvTags: service.kvTags,
  };
}

/**
 * A service record → Azure's answer. Fields differ by kind as in Azure: an ACI answer has its
 * `location` and neither `aadAuthEnabled` (ACI has no token auth) nor `computeName`; an AKS answer has
 * its `computeName` and no `location` (its region is the compute's, ARM …/computes/{computeName}).
 * `expand` adds the models.
 */
export function toWireService(
  service: ServiceRecord,
  baseUrl: string,
  options: { expand?: boolean } = {},
): WireService {
  const { computeType } = service;
  if (computeType !== "ACI" && computeType !== "AKS") return otherKind(service);
  const prefix = `${baseUrl}${endpointPrefix(service) ?? ""}`;
  const wire: ManagedWireService = {
    id: service.id,
    name: service.name,
    description: service.description,
    computeType,
    ...(computeType === "AKS" ? { computeName: service.computeName } : {}),
    state: service.state,
    scoringUri: `${prefix}/score`,
    swaggerUri: `${prefix}/swagger.json`,
    authEnabled: service.authEnabled,
    ...(computeType === "AKS" ? { aadAuthEnabled: service.aadAuthEnabled } : { location: service.location }),
    containerResourceRequirements: service.containerResourceRequirements,
    createdTime: service.createdTime,
    updatedTime: service.updatedTime,
    kvTags: service.kvTags,
  };
  if (options.expand) wire.models = [{ ...HOSTED_MODEL, createdTime: service.createdTime }];
  return wire;
}
