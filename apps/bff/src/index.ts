import { setTimeout as sleep } from "node:timers/promises";
import type { Logger } from "pino";
import { createApp } from "./app.ts";
import type { AppDeps } from "./app-env.ts";
import { createRemoteKeys } from "./auth/jwks.ts";
import { createTokenVerifier, type TokenVerifier } from "./auth/token-verifier.ts";
import { resolveKeyMaterial } from "./crypto/key-material.ts";
import { type Database, openDatabase, ping } from "./db/client.ts";
import { MIGRATIONS_FOLDER, migrate } from "./db/migrate.ts";
import { openNotifier } from "./db/notify.ts";
import { seedDefaultConnection } from "./db/seed.ts";
import type { Config } from "./env.ts";
import { checkpointJob, checkpointKey, reconcileJob } from "./features/audit/public.ts";
import { createInventorySync, inventorySyncSettled } from "./features/inventory/public.ts";
import { postureSnapshotJob } from "./features/posture/public.ts";
import { rotationRunner, rotationScheduler, seedDefaultDestinations } from "./features/rotations/public.ts";
import { webhookSender } from "./features/webhooks/public.ts";
import { listenHttp } from "./http/http-server.ts";
import { createIssuerFetch } from "./http/issuer-fetch.ts";
import { intervalJob } from "./jobs/interval-job.ts";
import { createLogger } from "./logger.ts";
import { createMetrics } from "./middleware/metrics.ts";
import { migrationsCurrent } from "./ops/migration-status.ts";
import {
  PROVIDER_HEALTH_INTERVAL_MS,
  providerHealthJob,
  registerProviderHealthMetrics,
} from "./provider/provider-health-job.ts";
import { createProviderClients } from "./provider/workspace-provider.ts";
import { Readiness } from "./readiness.ts";
import { createSecretsRuntime } from "./secrets-runtime.ts";

export type { AppType } from "./app.ts";
export { type Config, loadConfig } from "./env.ts";

export interface BffOverrides {
  logger?: Logger;
  /** An already-open database (tests); it is migrated but not closed by `close()`. */
  database?: Database;
  verifier?: TokenVerifier;
  now?: () => Date;
  /** The migrations to apply and to check for readiness (the production bundle carries its own copy). */
  migrationsFolder?: string;
}

export interface Bff {
  app: ReturnType<typeof createApp>;
  deps: AppDeps;
  /** Stops the scheduled jobs and waits for a run in progress (which releases its lease). */
  stopJobs(): Promise<void>;
  /** Stops the jobs, then closes the database. */
  close(): Promise<void>;
}

/** Opens the database, applies migrations, seeds the default connection, builds the app. */
export async function createBff(config: Config, overrides: BffOverrides = {}): Promise<Bff> {
  const logger = overrides.logger ?? createLogger({ level: config.logLevel });
  const keys = await resolveKeyMaterial(config.secrets);
  await checkpointKey(config.audit); // created on first run; a bad KEYTURN_AUDIT_CHECKPOINT_KEY stops the start
  const database = overrides.database ?? (await openDatabase(config.database));
  const migrationsFolder = overrides.migrationsFolder ?? MIGRATIONS_FOLDER;
  try {
    await migrate(database, migrationsFolder);
    if (config.seed.defaultConnection && (await seedDefaultConnection(database.db, config, keys.masterKey))) {
      logger.info("seeded the default workspace connection (emulator, resource group keyturn-dev)");
    }
  } catch (err) {
    if (!overrides.database) await database.close();
    throw err;
  }
  const verifier =
    overrides.verifier ??
    createTokenVerifier({
      issuer: config.auth.issuer,
      audience: config.auth.audience,
      clockToleranceSeconds: config.auth.clockToleranceSeconds,
      keys: createRemoteKeys({
        issuer: config.auth.issuer,
        jwksUrl: config.auth.jwksUrl,
        fetch: createIssuerFetch(config.auth.caFile),
      }),
    });
  // Whether this replica can serve, never whether a workspace answers: provider health is its own signal.
  const readiness = new Readiness();
  readiness.register("database", () => ping(database));
  readiness.register("migrations", migrationsCurrent(database, migrationsFolder));
  const now = overrides.now ?? (() => new Date());
  // Cache drops reach every replica (LISTEN/NOTIFY on PostgreSQL, in-process on PGlite).
  const notifier = await openNotifier(database, { logger });
  const deps: AppDeps = {
    config,
    database,
    logger,
    verifier,
    keys,
    readiness,
    providerClients: createProviderClients(),
    secrets: createSecretsRuntime(keys, database, now, notifier),
    metrics: createMetrics(),
    now,
  };
  const app = createApp(deps);
  registerProviderHealthMetrics(deps.metrics, deps);
  // The inventory sync: now and every KEYTURN_INVENTORY_SYNC_SECONDS; one replica runs each period.
  const inventorySync = createInventorySync(deps, { intervalMs: config.provider.syncIntervalMs });
  inventorySync.start();
  // Audit checkpoints every KEYTURN_AUDIT_CHECKPOINT_MINUTES and the daily posture snapshot (hourly refresh);
  // each runs once per period across replicas (advisory try-lock + freshness check).
  // Intents left without an outcome by a crash: reconciled at start, then once per intent deadline.
  // Each workspace region probed once a minute across replicas (provider health: metrics, admin view),
  // when the scheduled sync is on (KEYTURN_INVENTORY_SYNC_SECONDS > 0): both are background provider calls.
  const healthEveryMs = config.provider.syncIntervalMs > 0 ? PROVIDER_HEALTH_INTERVAL_MS : 0;
  const jobs = [
    checkpointJob(deps),
    postureSnapshotJob(deps),
    reconcileJob(deps),
    providerHealthJob(deps, healthEveryMs),
    // A replaced key value is deleted within a minute of its window's end, even if nobody asks again.
    intervalJob("previous-keys-sweep", 60_000, () => deps.secrets.previousKeys.sweep(), logger),
    // Rotations whose replica died (lease run out) are taken over and resumed from their last step.
    rotationRunner(deps),
    // Rotation policies: due rotations started every KEYTURN_ROTATION_SCHEDULE_SECONDS, one replica per period.
    rotationScheduler(deps, {
      intervalMs: config.rotations.scheduleIntervalMs,
      perWorkspace: config.rotations.perWorkspace,
    }),
    // The webhooks' outbox: one sender across replicas; an announced event wakes it at once.
    webhookSender(deps),
  ];
  for (const job of jobs) job.start();
  const stopSeeding = new AbortController();
  const seeding = config.seed.defaultConnection
    ? seedDestinations(deps, stopSeeding.signal)
    : Promise.resolve();
  const stopJobs = async () => {
    stopSeeding.abort();
    await Promise.all([inventorySync.stop(), ...jobs.map((job) => job.stop()), seeding]);
  };
  return {
    app,
    deps,
    stopJobs,
    close: async () => {
      await stopJobs();
      await notifier.close();
      if (!overrides.database) await database.close();
    },
  };
}

export interface StartedBff {
  url: string;
  bff: Bff;
  /** Stops listening, then stops the jobs and closes the database. */
  close(): Promise<void>;
  /**
   * The graceful shutdown: at once /readyz answers 503, no new connection is accepted and every
   * answer closes its connection; resolves once the requests in flight and the jobs' runs in progress
   * have finished and the database is closed. The caller bounds it (ops/graceful-shutdown.ts).
   */
  drain(): Promise<void>;
}

/**
 * An HTTP server on config.host:config.port (0 picks a free port), then createBff. The port is bound
 * first: a start that cannot listen opens no database; meanwhile /healthz answers and the rest waits.
 */
export async function startBff(config: Config, overrides: BffOverrides = {}): Promise<StartedBff> {
  const server = await listenHttp({ port: config.port, host: config.host });
  let bff: Bff;
  try {
    bff = await createBff(config, overrides);
  } catch (err) {
    server.fail();
    await server.close();
    throw err;
  }
  const { readiness } = bff.deps;
  server.attach(async (request, env) => {
    const response = await bff.app.fetch(request, env);
    return readiness.draining ? closingConnection(response) : response;
  });
  return {
    url: server.url,
    bff,
    close: async () => {
      await server.close();
      await bff.close();
    },
    drain: async () => {
      readiness.drain();
      // A sync outliving its runner's own stop bound still holds its lease: wait for it, so the lease
      // is released now rather than expiring minutes later (the caller's deadline bounds the wait).
      const { database } = bff.deps;
      await Promise.all([server.close(), bff.stopJobs(), inventorySyncSettled(database)]);
      await bff.close();
    },
  };
}

/** A keep-alive client must not send its next request to a replica that is leaving. */
function closingConnection(response: Response): Response {
  try {
    response.headers.set("Connection", "close");
    return response;
  } catch {
    // Immutable headers (a Response.redirect or a fetched response): answer with a copy.
    const copy = new Response(response.body, response);
    copy.headers.set("Connection", "close");
    return copy;
  }
}

/**
 * The embedded default's Key Vault destinations (first start only), in the background: the emulator
 * may still be starting, so a failed attempt is retried a few times, then left to the next start.
 */
async function seedDestinations(deps: AppDeps, stop: AbortSignal): Promise<void> {
  for (let attempt = 1; attempt <= 5 && !stop.aborted; attempt++) {
    try {
      const report = await seedDefaultDestinations(deps, deps.config.seed.emulatorHttpsUrl);
      if (report.seeded)
        deps.logger.info(report, "seeded the Key Vault destinations of the embedded default");
      return;
    } catch (err) {
      deps.logger.warn({ err, attempt }, "seeding the Key Vault destinations failed");
      await sleep(5_000 * attempt, undefined, { signal: stop, ref: false }).catch(() => undefined);
    }
  }
}
