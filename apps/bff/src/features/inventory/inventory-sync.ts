import type { Service } from "@keyturn/azureml-rest";
import { providerCall } from "../../provider/provider-errors.ts";
import {
  getWorkspaceProvider,
  listWorkspaces,
  type ProviderDeps,
  type WorkspaceSummary,
} from "../../provider/workspace-provider.ts";
import { removeUnseen, removeVanishedWorkspaces, serviceToRow, upsertInventory } from "./inventory-rows.ts";

export const INVENTORY_SYNC_JOB = "inventory-sync";

export interface SyncReport {
  outcome: "ran" | "skipped";
  workspaces: number;
  deployments: number;
  removed: number;
  /** Workspaces whose services could not be listed (their rows are kept as they were). */
  failed: string[];
}

const PARALLEL_WORKSPACES = 4;

/**
 * Lists every workspace's services and makes the inventory equal to them. No lease and no guard against
 * a concurrent run: call it through `syncInventoryNow` or the runner (inventory-sync-runner.ts).
 */
export async function syncInventory(deps: ProviderDeps): Promise<SyncReport> {
  const startedAt = new Date();
  const workspaces = await listWorkspaces(deps, { fresh: true });
  const report: SyncReport = {
    outcome: "ran",
    workspaces: workspaces.length,
    deployments: 0,
    removed: 0,
    failed: [],
  };
  const queue = [...workspaces];
  const worker = async () => {
    for (let w = queue.shift(); w; w = queue.shift()) {
      try {
        const p = await getWorkspaceProvider(deps, w.name);
        const services = await providerCall(() => p.client.listServices(p.ref));
        await upsertInventory(
          deps.database.db,
          services.map((s) => serviceToRow(s, rowContext(w, startedAt))),
        );
        report.deployments += services.length;
        report.removed += await removeUnseen(deps.database.db, w.name, startedAt);
      } catch (err) {
        report.failed.push(w.name);
        deps.logger.warn({ err, workspace: w.name }, "inventory: listing a workspace's services failed");
      }
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_WORKSPACES }, worker));
  for (const connectionId of new Set(workspaces.map((w) => w.connectionId))) {
    const listed = workspaces.filter((w) => w.connectionId === connectionId).map((w) => w.name);
    await removeVanishedWorkspaces(deps.database.db, connectionId, listed);
  }
  report.failed.sort();
  return report;
}

/** Refreshes one deployment's row from a service just read or changed through the console. */
export async function refreshDeploymentRow(
  deps: ProviderDeps,
  workspace: WorkspaceSummary,
  service: Service,
): Promise<void> {
  await upsertInventory(deps.database.db, [serviceToRow(service, rowContext(workspace, new Date()))]);
}

const rowContext = (w: WorkspaceSummary, syncedAt: Date) => ({
  connectionId: w.connectionId,
  workspace: w.name,
  workspaceRegion: w.region,
  syncedAt,
});
