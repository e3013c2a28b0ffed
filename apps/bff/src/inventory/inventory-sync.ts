import { randomUUID } from "node:crypto";
import type { Service } from "@keyturn/azureml-rest";
import { providerCall } from "../provider/provider-errors.ts";
import {
  getWorkspaceProvider,
  listWorkspaces,
  type ProviderDeps,
  type WorkspaceSummary,
} from "../provider/workspace-provider.ts";
import { removeUnseen, removeVanishedWorkspaces, serviceToRow, upsertInventory } from "./inventory-rows.ts";
import { claimLease, releaseLease } from "./job-lease.ts";

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
const STOP_WAIT_MS = 3_000;

/** Lists every workspace's services and makes the inventory equal to them. No lease: see runInventorySync. */
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

export interface InventorySyncRunner {
  /** Claims this period's run (skips if another replica holds or just ran it), then syncs. */
  runOnce(): Promise<SyncReport>;
  /** A run now (in the background) and every `intervalMs` (0: at start only). */
  start(): void;
  /** Stops the timer and waits for a run in progress. */
  stop(): Promise<void>;
}

/**
 * The scheduled job. Each replica has a runner; the lease in `job_leases` lets one of them run each
 * period (a run is skipped while another holds the lease or started less than half a period ago).
 */
export function createInventorySync(
  deps: ProviderDeps,
  options: { intervalMs: number },
): InventorySyncRunner {
  const holder = randomUUID();
  const interval = options.intervalMs;
  const lease = {
    leaseMs: Math.max(5 * 60_000, interval),
    minIntervalMs: interval > 0 ? interval / 2 : 30_000,
  };
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<SyncReport> | undefined;
  let stopped = false;

  async function run(): Promise<SyncReport> {
    const db = deps.database.db;
    if (!(await claimLease(db, INVENTORY_SYNC_JOB, holder, lease))) {
      return { outcome: "skipped", workspaces: 0, deployments: 0, removed: 0, failed: [] };
    }
    let outcome: "ok" | "failed" = "failed";
    try {
      const report = await syncInventory(deps);
      outcome = report.failed.length === 0 ? "ok" : "failed";
      deps.logger.info({ ...report }, "inventory: synced");
      return report;
    } finally {
      await releaseLease(db, INVENTORY_SYNC_JOB, holder, outcome).catch((err: unknown) =>
        deps.logger.warn({ err }, "inventory: releasing the sync lease failed"),
      );
    }
  }

  const runOnce = () => {
    current ??= run().finally(() => {
      current = undefined;
    });
    return current;
  };
  const background = () => {
    if (stopped) return;
    runOnce().catch((err: unknown) => deps.logger.warn({ err }, "inventory: sync failed"));
  };
  return {
    runOnce,
    start() {
      background();
      if (interval > 0) {
        timer = setInterval(background, interval);
        timer.unref();
      }
    },
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      // Wait for a run in progress, but not for a slow provider: the run's writes are safe to lose.
      const bound = new Promise<void>((resolve) => setTimeout(resolve, STOP_WAIT_MS).unref());
      await Promise.race([current?.catch(() => {}), bound]);
    },
  };
}
