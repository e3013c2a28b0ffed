import type { Logger } from "pino";
import { createApp } from "./app.ts";
import type { AppDeps } from "./app-env.ts";
import { createRemoteKeys } from "./auth/jwks.ts";
import { createTokenVerifier, type TokenVerifier } from "./auth/token-verifier.ts";
import { resolveKeyMaterial } from "./crypto/key-material.ts";
import { type Database, openDatabase, ping } from "./db/client.ts";
import { migrate } from "./db/migrate.ts";
import { seedDefaultConnection } from "./db/seed.ts";
import type { Config } from "./env.ts";
import { checkpointJob, checkpointKey, reconcileJob } from "./features/audit/public.ts";
import { createInventorySync } from "./features/inventory/public.ts";
import { postureSnapshotJob } from "./features/posture/public.ts";
import { listenHttp } from "./http/http-server.ts";
import { createIssuerFetch } from "./http/issuer-fetch.ts";
import { createLogger } from "./logger.ts";
import { createMetrics } from "./middleware/metrics.ts";
import { createProviderClients } from "./provider/workspace-provider.ts";
import { registerWorkspaceReadiness } from "./provider/workspace-readiness.ts";
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
}

export interface Bff {
  app: ReturnType<typeof createApp>;
  deps: AppDeps;
  close(): Promise<void>;
}

/** Opens the database, applies migrations, seeds the default connection, builds the app. */
export async function createBff(config: Config, overrides: BffOverrides = {}): Promise<Bff> {
  const logger = overrides.logger ?? createLogger({ level: config.logLevel });
  const keys = await resolveKeyMaterial(config.secrets);
  await checkpointKey(config.audit); // created on first run; a bad KEYTURN_AUDIT_CHECKPOINT_KEY stops the start
  const database = overrides.database ?? (await openDatabase(config.database));
  try {
    await migrate(database);
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
  const readiness = new Readiness();
  readiness.register("database", () => ping(database));
  const now = overrides.now ?? (() => new Date());
  const deps: AppDeps = {
    config,
    database,
    logger,
    verifier,
    keys,
    readiness,
    providerClients: createProviderClients(),
    secrets: createSecretsRuntime(keys, database, now),
    metrics: createMetrics(),
    now,
  };
  registerWorkspaceReadiness(readiness, deps);
  const app = createApp(deps);
  // The inventory sync: now and every KEYTURN_INVENTORY_SYNC_SECONDS; one replica runs each period.
  const inventorySync = createInventorySync(deps, { intervalMs: config.provider.syncIntervalMs });
  inventorySync.start();
  // Audit checkpoints every KEYTURN_AUDIT_CHECKPOINT_MINUTES and the daily posture snapshot (hourly refresh);
  // each runs once per period across replicas (advisory try-lock + freshness check).
  // Intents left without an outcome by a crash: reconciled at start, then once per intent deadline.
  const jobs = [checkpointJob(deps), postureSnapshotJob(deps), reconcileJob(deps)];
  for (const job of jobs) job.start();
  return {
    app,
    deps,
    close: async () => {
      await inventorySync.stop();
      await Promise.all(jobs.map((job) => job.stop()));
      if (!overrides.database) await database.close();
    },
  };
}

/**
 * An HTTP server on config.host:config.port (0 picks a free port), then createBff. The port is bound
 * first: a start that cannot listen opens no database; meanwhile /healthz answers and the rest waits.
 */
export async function startBff(
  config: Config,
  overrides: BffOverrides = {},
): Promise<{ url: string; bff: Bff; close(): Promise<void> }> {
  const server = await listenHttp({ port: config.port, host: config.host });
  let bff: Bff;
  try {
    bff = await createBff(config, overrides);
  } catch (err) {
    server.fail();
    await server.close();
    throw err;
  }
  server.attach(bff.app.fetch);
  return {
    url: server.url,
    bff,
    close: async () => {
      await server.close();
      await bff.close();
    },
  };
}
