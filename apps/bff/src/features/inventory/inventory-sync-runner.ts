import { randomUUID } from "node:crypto";
import type { Database } from "../../db/client.ts";
import { claimLease, releaseLease } from "../../jobs/job-lease.ts";
import type { ProviderDeps } from "../../provider/workspace-provider.ts";
import { INVENTORY_SYNC_JOB, type SyncReport, syncInventory } from "./inventory-sync.ts";

const STOP_WAIT_MS = 3_000;

/*
 * Two ways a sync starts, one guard between them.
 *
 * - The periodic run (createInventorySync) claims the lease in `job_leases` first, so one replica runs
 *   each period (decision record 005).
 * - An on-demand run (a connection added, changed or removed; `POST /api/inventory/sync`) does not
 *   claim the lease: an Admin's change must show now, not at most once per period, and the lease is a
 *   "once per period" rule, not a mutual exclusion between replicas. A sync is an idempotent
 *   "make the inventory equal to the provider" (upserts, then removes what its own listing did not
 *   see), so another replica's run overlapping it is harmless: at worst a row one of them listed just
 *   before a change stays until the next sync, as with any change made outside the console.
 *
 * Within one process (one database handle: one replica) both go through the single flight below, so
 * `syncInventory` never runs twice at once there. Whoever asks while a run is in progress gets the
 * next run — queued once, started when the current one ends, shared by everyone who asks meanwhile —
 * because the run in progress may have listed the connections before the change that asked. The
 * periodic run instead joins a run in progress: it only wants the inventory fresh.
 */
interface Flight {
  running?: Promise<SyncReport>;
  queued?: Promise<SyncReport>;
}
const flights = new WeakMap<Database, Flight>();
const ignore = () => {};

function flightOf(database: Database): Flight {
  let flight = flights.get(database);
  if (!flight) {
    flight = {};
    flights.set(database, flight);
  }
  return flight;
}

function launch(flight: Flight, deps: ProviderDeps): Promise<SyncReport> {
  const run: Promise<SyncReport> = syncInventory(deps).finally(() => {
    if (flight.running === run) flight.running = undefined;
  });
  flight.running = run;
  return run;
}

export interface SyncNowOptions {
  /** Share a run already in progress rather than wait for one that starts after it (the periodic run). */
  join?: boolean;
}

/**
 * A sync of the whole inventory now, without the lease, never concurrent with another run of this
 * process: starts one, or answers the next run if one is in progress (see above).
 */
export function syncInventoryNow(deps: ProviderDeps, options: SyncNowOptions = {}): Promise<SyncReport> {
  const flight = flightOf(deps.database);
  if (flight.queued) return flight.queued;
  if (!flight.running) return launch(flight, deps);
  if (options.join) return flight.running;
  const queued = flight.running.then(ignore, ignore).then(() => {
    flight.queued = undefined;
    return launch(flight, deps);
  });
  flight.queued = queued;
  return queued;
}

/** `syncInventoryNow` in the background (a connection changed): the outcome is logged, never thrown. */
export function syncInventorySoon(deps: ProviderDeps, reason: string): void {
  syncInventoryNow(deps).then(
    (report) => deps.logger.info({ ...report, reason }, "inventory: synced"),
    (err: unknown) => deps.logger.warn({ err, reason }, "inventory: sync failed"),
  );
}

/** Resolves when this process has no sync running or queued on the database (tests, shutdown). */
export async function inventorySyncSettled(database: Database): Promise<void> {
  const flight = flightOf(database);
  for (let next = flight.queued ?? flight.running; next; next = flight.queued ?? flight.running) {
    await next.catch(ignore);
  }
}

export interface InventorySyncRunner {
  /** Claims this period's run (skips if another replica holds or just ran it), then syncs. */
  runOnce(): Promise<SyncReport>;
  /** A run now (in the background) and every `intervalMs` (0: at start only). */
  start(): void;
  /** Stops the timer and waits for a run in progress (periodic or on demand). */
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
      return {
        outcome: "skipped",
        workspaces: 0,
        deployments: 0,
        otherKinds: 0,
        removed: 0,
        failed: [],
        unreadable: { count: 0, items: [] },
      };
    }
    let outcome: "ok" | "failed" = "failed";
    try {
      const report = await syncInventoryNow(deps, { join: true });
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
      const settled = Promise.all([current?.catch(ignore), inventorySyncSettled(deps.database)]);
      await Promise.race([settled, bound]);
    },
  };
}
