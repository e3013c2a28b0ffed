import { randomUUID } from "node:crypto";
import type { AuthSettings, ComputeTarget, Region } from "@keyturn/auth-domain";
import type { ContainerResourceRequirements, ServiceState } from "@keyturn/azureml-rest";
import { generateServiceKey } from "../secrets/service-keys.ts";
import { serviceId } from "./ids.ts";
import type { ServiceRecord, WorkspaceRecord } from "./schema.ts";

export interface NewService {
  workspace: WorkspaceRecord;
  name: string;
  computeType: ComputeTarget;
  /** AKS: the attached cluster. */
  computeName?: string | undefined;
  /** Where it runs (already resolved: ACI's region, or the AKS cluster's). */
  location: Region;
  auth: AuthSettings;
  resources: ContainerResourceRequirements;
  state: ServiceState;
  createdTime: string;
  description?: string | undefined;
  keys?: { primaryKey: string; secondaryKey: string } | undefined;
  kvTags?: Record<string, string> | undefined;
}

/** A service record with both keys set (given, or fresh from the CSPRNG) whatever its auth mode. */
export function newServiceRecord(input: NewService): ServiceRecord {
  const isAks = input.computeType === "AKS";
  return {
    id: serviceId(input.workspace.id, input.name),
    workspaceId: input.workspace.id,
    name: input.name,
    description: input.description ?? null,
    computeType: input.computeType,
    computeName: isAks ? (input.computeName ?? null) : null,
    location: input.location,
    aciHost: isAks ? null : `${randomUUID()}.${input.location}.azurecontainer.io`,
    state: input.state,
    authEnabled: input.auth.keyAuth,
    aadAuthEnabled: input.auth.tokenAuth,
    primaryKey: input.keys?.primaryKey ?? generateServiceKey(),
    secondaryKey: input.keys?.secondaryKey ?? generateServiceKey(),
    containerResourceRequirements: input.resources,
    createdTime: input.createdTime,
    updatedTime: input.createdTime,
    kvTags: input.kvTags ?? null,
    readyAt: null,
    pendingOperationId: null,
  };
}
