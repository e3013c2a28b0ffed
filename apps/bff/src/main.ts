import { DataDirError } from "./db/data-dir-errors.ts";
import { ConfigError, loadConfig } from "./env.ts";
import { startBff } from "./index.ts";
import { createLogger } from "./logger.ts";

// `pnpm --filter @keyturn/bff start`: config from the environment, database migrated, server up.

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel });
  const started = await startBff(config, { logger });
  logger.info(
    { url: started.url, mode: config.mode, database: config.database.kind, issuer: config.auth.issuer },
    `Keyturn BFF listening on ${started.url}`,
  );

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    started.close().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error({ err }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.once("SIGINT", () => shutdown("SIGINT"));
  process.once("SIGTERM", () => shutdown("SIGTERM"));
}

main().catch((err: unknown) => {
  // An operator's mistake (environment, a data folder in use or damaged): one line, no stack.
  if (err instanceof ConfigError || err instanceof DataDirError) {
    process.stderr.write(`${err.message}\n`);
  } else {
    process.stderr.write(`${JSON.stringify({ level: "fatal", msg: "start failed", err: String(err) })}\n`);
  }
  process.exit(1);
});
