import type { AuthMode, ComputeTarget } from "@keyturn/auth-domain";
import type { EmulatorContext } from "../context.ts";
import { notFound } from "../errors.ts";
import { serviceId } from "../state/ids.ts";
import { seedServices, seedState, seedWorkspaces } from "../state/seed.ts";
import { newServiceRecord } from "../state/service-factory.ts";

/** Back to the seeded fleet: new keys and signing keys, every region up, no faults. */
export async function resetFleet(ctx: EmulatorContext): Promise<void> {
  ctx.transitions.cancelAll();
  ctx.tokens.clear();
  ctx.regions.clear();
  ctx.faults.clear();
  await ctx.store.replace(seedState());
}

/**
 * Puts back any seeded workspace or service that is missing (leaving the others as they are), then
 * adds `count` generated services to a workspace (large inventories for the console's tests).
 */
export async function seedFleet(ctx: EmulatorContext, count: number, workspaceName?: string) {
  const { store } = ctx;
  for (const workspace of seedWorkspaces()) {
    if (!store.getWorkspace(workspace.id)) store.putWorkspace(workspace);
  }
  const workspaces = store.listWorkspaces();
  const target = workspaceName ?? workspaces[0]?.name ?? "";
  if (count > 0 && !workspaces.some((w) => w.name === target)) {
    throw notFound(`Workspace '${target}' does not exist.`);
  }
  let added = 0;
  for (const service of seedServices(workspaces, new Date())) {
    if (store.getService(service.id)) continue;
    store.putService(service);
    added++;
  }
  if (count > 0) added += generateServices(ctx, count, target);
  await store.save();
  return { added, services: store.listServices().length };
}

const MODES: AuthMode[] = ["key", "none", "token"];
const DAY_MS = 86_400_000;

/** Adds `count` generated services (gen-00000, …) to a workspace: ACI and AKS, every auth mode. */
export function generateServices(ctx: EmulatorContext, count: number, workspaceName: string): number {
  const workspace = ctx.store.listWorkspaces().find((w) => w.name === workspaceName);
  if (!workspace) return 0;
  let index = 0;
  for (let made = 0; made < count; index++) {
    const name = `gen-${String(index).padStart(5, "0")}`;
    if (ctx.store.getService(serviceId(workspace.id, name))) continue;
    const computeType: ComputeTarget = index % 3 === 0 ? "ACI" : "AKS";
    const cluster = workspace.clusters[index % workspace.clusters.length];
    const mode = MODES[index % MODES.length] ?? "key";
    const tokenAuth = mode === "token" && computeType === "AKS";
    ctx.store.putService(
      newServiceRecord({
        workspace,
        name,
        computeType,
        computeName: computeType === "AKS" ? cluster?.name : undefined,
        location: computeType === "AKS" ? (cluster?.region ?? workspace.location) : workspace.location,
        auth: { keyAuth: mode === "key", tokenAuth },
        resources: { cpu: 0.5, memoryInGB: 1 },
        state: "Healthy",
        createdTime: new Date(Date.now() - ((index * 7919) % 400) * DAY_MS).toISOString(),
        kvTags: { generated: "true" },
      }),
    );
    made++;
  }
  return count;
}
