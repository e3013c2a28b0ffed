import { ALL_REGIONS } from "@keyturn/auth-domain";
import { z } from "zod";
import type { EmulatorContext } from "../context.ts";
import { createSigningKey } from "../secrets/signing-keys.ts";
import { workspaceId } from "../state/ids.ts";
import type { WorkspaceRecord } from "../state/schema.ts";
import { SEED_RESOURCE_GROUP, SEED_SUBSCRIPTION_ID } from "../state/seed.ts";
import { generateServices } from "./fleet.ts";

/** POST /_emulator/fleet: a large tenant at once (benchmarks), saved once rather than per workspace. */
export const BulkFleetSchema = z.strictObject({
  workspaces: z.number().int().min(1).max(2_000),
  servicesPerWorkspace: z.number().int().min(0).max(1_000).default(0),
  /** Workspace names are `<prefix>-0000`, …; an existing one is kept and topped up. */
  prefix: z
    .string()
    .regex(/^[a-z][a-z0-9-]{0,19}$/)
    .default("fleet"),
});
export type BulkFleet = z.infer<typeof BulkFleetSchema>;

/**
 * Workspaces spread over every region (round robin), each with one AKS cluster in the next region, and
 * `servicesPerWorkspace` generated services each (ACI and AKS, every auth mode).
 */
export async function addBulkFleet(ctx: EmulatorContext, body: BulkFleet) {
  let workspacesAdded = 0;
  let servicesAdded = 0;
  for (let i = 0; i < body.workspaces; i++) {
    const name = `${body.prefix}-${String(i).padStart(4, "0")}`;
    const id = workspaceId(SEED_SUBSCRIPTION_ID, SEED_RESOURCE_GROUP, name);
    let workspace = ctx.store.getWorkspace(id);
    if (!workspace) {
      const location = ALL_REGIONS[i % ALL_REGIONS.length] ?? "eastus";
      const clusterRegion = ALL_REGIONS[(i + 1) % ALL_REGIONS.length] ?? location;
      workspace = {
        id,
        subscriptionId: SEED_SUBSCRIPTION_ID,
        resourceGroup: SEED_RESOURCE_GROUP,
        name,
        location,
        friendlyName: name,
        clusters: [{ name: `${name}-aks`, region: clusterRegion }],
        signingKey: createSigningKey(),
      } satisfies WorkspaceRecord;
      ctx.store.putWorkspace(workspace);
      workspacesAdded++;
    }
    const present = ctx.store.listServices(workspace.id).length;
    servicesAdded += generateServices(ctx, Math.max(0, body.servicesPerWorkspace - present), name);
  }
  await ctx.store.save();
  return {
    workspacesAdded,
    servicesAdded,
    workspaces: ctx.store.listWorkspaces().length,
    services: ctx.store.listServices().length,
  };
}
