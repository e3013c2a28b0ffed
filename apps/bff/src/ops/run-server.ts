import { DataDirError } from "../db/data-dir-errors.ts";
import { ConfigError, loadConfig } from "../env.ts";
import { startBff } from "../index.ts";
import { createLogger } from "../logger.ts";
import { startTracing } from "../telemetry/tracing.ts";
import { shutdownWithin } from "./graceful-shutdown.ts";
import type { Layout } from "./layout.ts";

/**
 * The BFF as a process: config from the environment, database migrated, server up; SIGTERM or SIGINT
 * drains it within KEYTURN_SHUTDOWN_DEADLINE_MS and exits 0, or 1 past the deadline.
 */
export function runServer(layout: Layout): void {
  start(layout).catch((err: unknown) => {
    // An operator's mistake (environment, a data folder in use or damaged): one line, no stack.
    if (err instanceof ConfigError || err instanceof DataDirError) {
      process.stderr.write(`${err.message}\n`);
    } else {
      process.stderr.write(`${JSON.stringify({ level: "fatal", msg: "start failed", err: String(err) })}\n`);
    }
    process.exit(1);
  });
}

async function start(layout: Layout): Promise<void> {
  const config = loadConfig(undefined, layout.fallbackEnv);
  const logger = createLogger({ level: config.logLevel });
  // Before the server, so the first request is traced; its collector URL and headers are never logged.
  const tracing = startTracing(config.telemetry);
  let started: Awaited<ReturnType<typeof startBff>>;
  try {
    started = await startBff(config, { logger, migrationsFolder: layout.migrationsFolder });
  } catch (err) {
    await tracing.shutdown().catch(() => {});
    throw err;
  }
  logger.info(
    {
      url: started.url,
      mode: config.mode,
      database: config.database.kind,
      issuer: config.auth.issuer,
      tracing: tracing.enabled,
    },
    `Keyturn BFF listening on ${started.url}`,
  );

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, deadlineMs: config.shutdownDeadlineMs }, "shutting down");
    shutdownWithin(started, config.shutdownDeadlineMs, logger, tracing).then((code) => process.exit(code));
  };
  process.once("SIGINT", () => shutdown("SIGINT"));
  process.once("SIGTERM", () => shutdown("SIGTERM"));
}
