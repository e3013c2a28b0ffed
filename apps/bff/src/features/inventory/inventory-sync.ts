import { type InventorySyncReport, UNREADABLE_LISTED_MAX } from "@keyturn/api-contract";
import type { Generation } from "@keyturn/auth-domain";
import type { Service, UnreadableItem } from "@keyturn/azureml-rest";
import { LocalMutex } from "../../db/local-mutex.ts";
import { ApiError } from "../../errors/api-error.ts";
import { providerCall } from "../../provider/provider-errors.ts";
import { serviceRegion } from "../../provider/service-region.ts";
import {
  getWorkspaceProvider,
  listWorkspaces,
  type ProviderDeps,
  unreadableWorkspaces,
  type WorkspaceProvider,
  type WorkspaceSummary,
} from "../../provider/workspace-provider.ts";
import {
  otherKindToRow,
  removeVanishedWorkspaces,
  serviceToRow,
  settleListing,
  upsertInventory,
} from "./inventory-rows.ts";
import { endpointRows } from "./inventory-sync-endpoints.ts";
import {
  MAX_THROTTLE_WAIT_MS,
  realSleep,
  type Sleep,
  THROTTLED_TRIES,
  throttledWaitMs,
  throttleGate,
} from "./inventory-sync-throttle.ts";
import { removeVanishedUnreadable, replaceUnreadable, WORKSPACE_LISTING } from "./inventory-unreadable.ts";

export const INVENTORY_SYNC_JOB = "inventory-sync";

/**
 * The sync's database writes go one workspace at a time (its listings still run `syncConcurrency` at
 * once): the sync then holds one pooled connection and one database backend busy, never more, and
 * the console's reads keep the rest.
 */
const WRITES = "inventory-sync-writes";

export type SyncReport = InventorySyncReport;

/** Counts every unreadable item and keeps the first ones (named, with why) for the report. */
function unreadableTally() {
  const report: SyncReport["unreadable"] = { count: 0, items: [] };
  return {
    report,
    add(workspace: string | null, items: readonly UnreadableItem[]) {
      report.count += items.length;
      for (const item of items) {
        if (report.items.length >= UNREADABLE_LISTED_MAX) return;
        report.items.push({ workspace, name: item.name, reason: item.reason });
      }
    },
  };
}

/** A listing's unreadable items after another's, numbered on from its last (one scope per workspace). */
const after = (first: readonly UnreadableItem[], then: readonly UnreadableItem[]): UnreadableItem[] => {
  const next = first.reduce((max, item) => Math.max(max, item.index + 1), 0);
  return [...first, ...then.map((item) => ({ ...item, index: next + item.index }))];
};

/**
 * One workspace's v1 services and v2 online endpoints into the inventory: managed ones, read-only ones
 * of other kinds. When the endpoints cannot be listed the services are still synced and the endpoints'
 * rows kept as they were (`endpoints` is then null).
 */
async function syncWorkspace(deps: ProviderDeps, w: WorkspaceSummary, startedAt: Date, writes: LocalMutex) {
  const p = await getWorkspaceProvider(deps, w.name);
  const listing = await providerCall(() => p.client.listServiceItems(p.ref));
  const ctx = rowContext(w, startedAt);
  const rows = await Promise.all(
    listing.services.map(async (s) => serviceToRow(s, ctx, await serviceRegion(p, s, deps.logger))),
  );
  const endpoints = await endpointRows(deps, p, ctx).catch((err: unknown) => {
    // Throttled: the whole workspace is tried again after Retry-After (its services' writes are idempotent).
    if (throttledWaitMs(err) !== undefined) throw err;
    deps.logger.warn({ err, workspace: w.name }, "inventory: listing a workspace's endpoints failed");
    return null;
  });
  const unreadable = after(listing.unreadable, endpoints?.unreadable ?? []);
  const services = [...rows, ...listing.otherKinds.map((s) => otherKindToRow(s, ctx))];
  const listed = new Map<Generation, string[]>([["v1", services.map((r) => r.deployment)]]);
  if (endpoints)
    listed.set(
      "v2",
      endpoints.rows.map((r) => r.deployment),
    );
  const removed = await writes.run(WRITES, async () => {
    await upsertInventory(deps.database.db, [...services, ...(endpoints?.rows ?? [])]);
    await replaceUnreadable(deps.database.db, w.connectionId, w.name, unreadable, startedAt);
    return settleListing(
      deps.database.db,
      { connectionId: w.connectionId, workspace: w.name, startedAt },
      listed,
    );
  });
  for (const item of unreadable) {
    deps.logger.warn(
      { workspace: w.name, index: item.index, name: item.name, reason: item.reason },
      "inventory: a service or endpoint of the workspace could not be read",
    );
  }
  return { listing, endpoints, unreadable, removed };
}

/**
 * A workspace that could not be listed keeps its rows as they were (their `syncedAt`, when the
 * inventory last saw them, says as of when);
 * this item, listed with the inventory's unreadable items, says why until a sync lists it again.
 */
function notSyncedItem(err: unknown): UnreadableItem {
  const code = err instanceof ApiError ? err.code : "provider_unavailable";
  const reason = `Not synced (${code}): its deployments are shown as last synced.`;
  return { index: 0, name: null, reason };
}

export interface SyncOptions {
  /** How the sync waits out a Retry-After (tests record it instead). */
  sleep?: Sleep;
}

/**
 * Lists every workspace's services and endpoints and makes the inventory equal to them. Services of kinds Keyturn
 * does not manage are kept as read-only rows; items that cannot be read are counted, named and logged,
 * and never hide the others. No lease and no guard against a concurrent run: call it through
 * `syncInventoryNow` or the runner (inventory-sync-runner.ts).
 *
 * At most `config.provider.syncConcurrency` workspaces are listed at once. A throttling answer
 * (429 with Retry-After) holds every worker off until its Retry-After has passed, then the workspace
 * is listed again; a workspace that still fails (its region down, throttled too long) keeps its rows
 * and is marked as not synced, and the others sync. Rows are written per workspace in chunks, each
 * statement on its own (no transaction held across provider calls), so listing never waits on a sync,
 * and one workspace's writes at a time (WRITES).
 */
export async function syncInventory(deps: ProviderDeps, options: SyncOptions = {}): Promise<SyncReport> {
  const startedAt = new Date();
  const workspaces = await listWorkspaces(deps, { fresh: true });
  const tally = unreadableTally();
  const report: SyncReport = {
    outcome: "ran",
    workspaces: workspaces.length,
    deployments: 0,
    otherKinds: 0,
    removed: 0,
    failed: [],
    unreadable: tally.report,
  };
  const unreadableByConnection = unreadableWorkspaces(deps);
  for (const items of unreadableByConnection.values()) tally.add(null, items);
  const queue = workspaces.map((w) => ({ w, tries: 0 }));
  const gate = throttleGate(options.sleep ?? realSleep);
  const writes = new LocalMutex();
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const { w } = next;
      await gate.ready();
      try {
        const { listing, endpoints, unreadable, removed } = await syncWorkspace(deps, w, startedAt, writes);
        report.deployments +=
          listing.services.length + listing.otherKinds.length + (endpoints?.rows.length ?? 0);
        report.otherKinds += listing.otherKinds.length + (endpoints?.otherKinds ?? 0);
        report.removed += removed;
        tally.add(w.name, unreadable);
        // Its endpoints' rows are kept as they were: the workspace is named with the failed ones.
        if (!endpoints) report.failed.push(w.name);
      } catch (err) {
        const wait = throttledWaitMs(err);
        if (wait !== undefined && wait <= MAX_THROTTLE_WAIT_MS && ++next.tries < THROTTLED_TRIES) {
          deps.logger.info(
            { workspace: w.name, waitMs: wait },
            "inventory: throttled; waiting out Retry-After",
          );
          gate.hold(wait);
          queue.push(next);
          continue;
        }
        report.failed.push(w.name);
        const item = notSyncedItem(err);
        tally.add(w.name, [item]);
        await replaceUnreadable(deps.database.db, w.connectionId, w.name, [item], startedAt).catch(
          (e: unknown) =>
            deps.logger.warn({ err: e, workspace: w.name }, "inventory: marking a workspace failed"),
        );
        deps.logger.warn({ err, workspace: w.name }, "inventory: listing a workspace's services failed");
      }
    }
  };
  const concurrency = Math.max(1, deps.config.provider.syncConcurrency);
  await Promise.all(Array.from({ length: concurrency }, worker));
  for (const connectionId of new Set(workspaces.map((w) => w.connectionId))) {
    const listed = workspaces.filter((w) => w.connectionId === connectionId).map((w) => w.name);
    await removeVanishedWorkspaces(deps.database.db, connectionId, listed);
    await removeVanishedUnreadable(deps.database.db, connectionId, listed);
    const items = unreadableByConnection.get(connectionId) ?? [];
    await replaceUnreadable(deps.database.db, connectionId, WORKSPACE_LISTING, items, startedAt);
  }
  report.failed.sort();
  return report;
}

/** Refreshes one deployment's row from a service just read or changed through the console. */
export async function refreshDeploymentRow(
  deps: ProviderDeps,
  workspace: WorkspaceProvider,
  service: Service,
  clusterRegion?: string | null,
): Promise<void> {
  const region =
    clusterRegion === undefined ? await serviceRegion(workspace, service, deps.logger) : clusterRegion;
  await upsertInventory(deps.database.db, [serviceToRow(service, rowContext(workspace, new Date()), region)]);
}

const rowContext = (w: WorkspaceSummary, syncedAt: Date) => ({
  connectionId: w.connectionId,
  workspace: w.name,
  workspaceRegion: w.region,
  syncedAt,
});
