import { logger } from "./logger.ts";
import { startDevIdp } from "./server.ts";

// `pnpm --filter @keyturn/dev-idp start`: the embedded default on https://localhost:8443.
try {
  const idp = await startDevIdp();
  logger.info({ issuer: idp.issuer, caCertPath: idp.caCertPath }, `dev-idp listening on ${idp.url}`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "dev-idp stopping");
    idp.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, "dev-idp did not stop cleanly");
        process.exit(1);
      },
    );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
} catch (error) {
  logger.fatal({ err: error }, "dev-idp failed to start");
  process.exitCode = 1;
}
