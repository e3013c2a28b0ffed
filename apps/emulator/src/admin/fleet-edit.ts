import { RESOURCE_NAME_RULE, RegionSchema, SERVICE_NAME_RULE } from "@keyturn/auth-domain";
import { ServiceStateSchema } from "@keyturn/azureml-rest";
import { z } from "zod";
import type { EmulatorContext } from "../context.ts";
import { EmulatorError, notFound } from "../errors.ts";
import { createSigningKey } from "../secrets/signing-keys.ts";
import { serviceId, workspaceId } from "../state/ids.ts";
import {
  ClusterSchema,
  type ServiceKind,
  type ServiceRecord,
  type WorkspaceRecord,
} from "../state/schema.ts";
import { SEED_RESOURCE_GROUP, SEED_SUBSCRIPTION_ID } from "../state/seed.ts";
import { newServiceRecord } from "../state/service-factory.ts";

const name = (rule: { pattern: RegExp; message: string }, max: number) =>
  z.string().max(max).regex(rule.pattern, rule.message);

/** POST /_emulator/workspaces: a workspace in any region, with its AKS clusters (its ARM computes). */
export const NewWorkspaceSchema = z.strictObject({
  name: name(RESOURCE_NAME_RULE, 33),
  location: RegionSchema,
  friendlyName: z.string().min(1).max(100).optional(),
  clusters: z.array(ClusterSchema).max(20).default([]),
  subscriptionId: name(RESOURCE_NAME_RULE, 64).default(SEED_SUBSCRIPTION_ID),
  resourceGroup: name(RESOURCE_NAME_RULE, 90).default(SEED_RESOURCE_GROUP),
});
export type NewWorkspace = z.infer<typeof NewWorkspaceSchema>;

/** The kinds a workspace lists that Keyturn does not manage; ACI and AKS are created through Azure's API. */
const OTHER_KINDS = ["AKSENDPOINT", "IOT", "AMLCOMPUTE", "UNKNOWN", "MIR"] as const satisfies ServiceKind[];

/** POST /_emulator/workspaces/{ws}/services: a service of another kind, listed read-only. */
export const NewOtherKindServiceSchema = z.strictObject({
  name: name(SERVICE_NAME_RULE, 32),
  computeType: z.enum(OTHER_KINDS),
  /** One of the workspace's clusters (its region is the service's); else it runs in the workspace's region. */
  computeName: z.string().min(1).optional(),
  state: ServiceStateSchema.default("Healthy"),
  authEnabled: z.boolean().default(false),
  aadAuthEnabled: z.boolean().default(false),
  description: z.string().max(500).optional(),
});
export type NewOtherKindService = z.infer<typeof NewOtherKindServiceSchema>;

const conflict = (message: string) => new EmulatorError(409, "conflict", message);

export async function addWorkspace(ctx: EmulatorContext, body: NewWorkspace): Promise<WorkspaceRecord> {
  if (ctx.store.findWorkspace(body.subscriptionId, body.resourceGroup, body.name))
    throw conflict(`Workspace '${body.name}' already exists in resource group '${body.resourceGroup}'.`);
  const workspace: WorkspaceRecord = {
    id: workspaceId(body.subscriptionId, body.resourceGroup, body.name),
    subscriptionId: body.subscriptionId,
    resourceGroup: body.resourceGroup,
    name: body.name,
    location: body.location,
    friendlyName: body.friendlyName ?? body.name,
    clusters: body.clusters,
    signingKey: createSigningKey(),
  };
  ctx.store.putWorkspace(workspace);
  await ctx.store.save();
  return workspace;
}

export async function addOtherKindService(
  ctx: EmulatorContext,
  workspaceName: string,
  body: NewOtherKindService,
): Promise<ServiceRecord> {
  const workspace = ctx.store.listWorkspaces().find((w) => w.name === workspaceName);
  if (!workspace) throw notFound(`Workspace '${workspaceName}' does not exist.`);
  if (ctx.store.getService(serviceId(workspace.id, body.name)))
    throw conflict(`A service named '${body.name}' already exists in '${workspace.name}'.`);
  const cluster = workspace.clusters.find((c) => c.name === body.computeName);
  if (body.computeName !== undefined && !cluster)
    throw notFound(`Compute '${body.computeName}' is not attached to workspace '${workspace.name}'.`);
  const now = new Date().toISOString();
  const service = newServiceRecord({
    workspace,
    name: body.name,
    computeType: body.computeType,
    computeName: cluster?.name,
    location: cluster?.region ?? workspace.location,
    auth: { keyAuth: body.authEnabled, tokenAuth: body.aadAuthEnabled },
    resources: { cpu: 1, memoryInGB: 2 },
    state: body.state,
    createdTime: now,
    description: body.description,
  });
  ctx.store.putService(service);
  await ctx.store.save();
  return service;
}
