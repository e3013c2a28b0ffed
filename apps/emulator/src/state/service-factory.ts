import { randomUUID } from "node:crypto";
import type { AuthSettings, Region } from "@keyturn/auth-domain";
import type { ContainerResourceRequirements, ServiceState } from "@keyturn/azureml-rest";
import { generateServiceKey } from "../secrets/service-keys.ts";
import { serviceId } from "./ids.ts";
import type { ServiceKind, ServiceRecord, WorkspaceRecord } from "./schema.ts";

export interface NewService {
  workspace: WorkspaceRecord;
  name: string;
  computeType: ServiceKind;
  /** AKS, AKSENDPOINT: the attached cluster. */
  computeName?: string | undefined;
  /** Where it runs (already resolved: ACI's region, or the cluster's; else the workspace's). */
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
  const isAci = input.computeType === "ACI";
  return {
    id: serviceId(input.workspace.id, input.name),
    workspaceId: input.workspace.id,
    name: input.name,
    description: input.description ?? null,
    computeType: input.computeType,
    computeName: isAci ? null : (input.computeName ?? null),
    location: input.location,
    aciHost: isAci ? `${randomUUID()}.${input.location}.azurecontainer.io` : null,
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
