import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { getRequestListener } from "@hono/node-server";
import { type Logger, pino } from "pino";
import { createApp } from "./app.ts";
import { type EmulatorConfig, type EmulatorOptions, resolveConfig } from "./config.ts";
import type { EmulatorContext } from "./context.ts";
import { createIdpVerifier } from "./control-plane/idp-verifier.ts";
import { ScoringIndex } from "./data-plane/scoring-index.ts";
import { loadEnv } from "./env.ts";
import { answerClientErrors, unreadableRequest } from "./http/client-errors.ts";
import { keyVaultRouter } from "./keyvault/keyvault-router.ts";
import { Faults } from "./runtime/faults.ts";
import { InFlight } from "./runtime/in-flight.ts";
import { RegionStatus } from "./runtime/regions.ts";
import { WorkspaceTokens } from "./secrets/workspace-tokens.ts";
import { seedState } from "./state/seed.ts";
import { Store } from "./state/store.ts";
import { Transitions } from "./state/transitions.ts";
import { type HttpsListening, listenHttps } from "./v2/https.ts";
import { readTls } from "./v2/tls-source.ts";
import { createV2Plane } from "./v2/v2-app.ts";

export type { EmulatorOptions } from "./config.ts";
export type { WorkspaceRole } from "./env.ts";
export { vaultNameFor } from "./keyvault/vault-seed.ts";
export { SEED_RESOURCE_GROUP, SEED_SUBSCRIPTION_ID } from "./state/seed.ts";

export interface RunningEmulator {
  /** e.g. http://127.0.0.1:8090 */
  url: string;
  /** e.g. https://localhost:8091; undefined when HTTPS is off or its certificate is not there (yet). */
  httpsUrl(): string | undefined;
  close(): Promise<void>;
}

/** Starts a local Azure ML workspace emulator on 127.0.0.1, seeded on first start of its data folder. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const config = resolveConfig(options);
  const logger = pino({ name: "emulator", level: loadEnv().LOG_LEVEL });
  const store = await Store.open(config.stateDir, () => seedState());
  let baseUrl = "";
  const ctx: EmulatorContext = {
    config,
    logger,
    store,
    transitions: new Transitions(store),
    tokens: new WorkspaceTokens(config.tokenLifetimeSeconds),
    scoring: new ScoringIndex(store),
    regions: new RegionStatus(config.regionLatencyScale),
    faults: new Faults(),
    inFlight: new InFlight(),
    idp: createIdpVerifier({ issuer: config.idpIssuer, ca: config.idpCa }),
    baseUrl: () => baseUrl,
  };
  ctx.transitions.resumeAll();
  let https: HttpsListening | undefined;
  const v2 = await createV2Plane(ctx, {
    endpointRoleAssignments: config.endpointRoleAssignments,
    httpsOrigin: () => https?.url,
  });
  const keyVault = await keyVaultRouter(ctx);
  const app = createApp(ctx, (first) => {
    v2.mount(first);
    first.route("/", keyVault.routes);
  });
  const server = await listen(app.fetch, config.port, config.hostname);
  baseUrl = `http://${config.hostname}:${(server.address() as AddressInfo).port}`;
  const stopHttps = await serveHttps(config, ctx.logger, app.fetch, (listening) => {
    https = listening;
  });
  return {
    url: baseUrl,
    httpsUrl: () => https?.url,
    async close() {
      ctx.transitions.cancelAll();
      stopHttps();
      await Promise.all([closeServer(server), https?.close()]);
      await v2.close();
      await keyVault.close();
      await store.save();
      await ctx.idp.close();
    },
  };
}

/**
 * Serves the same app over HTTPS once the certificate is there: at once when it is, else as soon as
 * dev-idp has created it (checked every 2 s, for 5 minutes). Resolves after the first attempt, with
 * what stops the waiting.
 */
async function serveHttps(
  config: EmulatorConfig,
  logger: Logger,
  fetch: (request: Request) => Response | Promise<Response>,
  onListening: (listening: HttpsListening) => void,
): Promise<() => void> {
  const { httpsPort } = config;
  if (httpsPort === null) return () => undefined;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let attempts = 0;
  const attempt = async () => {
    const tls = await readTls(config.tls).catch(() => undefined);
    if (stopped) return;
    if (!tls) {
      if (attempts++ === 0)
        logger.info("HTTPS waits for dev-idp's certificate (start dev-idp once to create it)");
      if (attempts < 150) timer = setTimeout(attempt, 2000).unref();
      return;
    }
    const handler = getRequestListener(fetch, { hostname: "localhost", errorHandler: unreadableRequest });
    try {
      const listening = await listenHttps(httpsPort, tls, handler);
      if (stopped) await listening.close();
      else {
        onListening(listening);
        logger.info({ url: listening.url }, `Azure ML emulator also listening on ${listening.url}`);
      }
    } catch (err) {
      logger.warn({ err, port: httpsPort }, "could not serve HTTPS");
    }
  };
  await attempt();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}

function listen(fetch: (request: Request) => Response | Promise<Response>, port: number, hostname: string) {
  return new Promise<Server>((resolve, reject) => {
    const server = createServer(getRequestListener(fetch, { hostname, errorHandler: unreadableRequest }));
    server.listen(port, hostname);
    answerClientErrors(server);
    server.once("error", reject);
    server.once("listening", () => resolve(server));
  });
}

/** Stops accepting, lets requests in flight finish (2 s at most), drops idle keep-alive connections. */
function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    const force = setTimeout(() => server.closeAllConnections(), 2000);
    server.close((err) => {
      clearTimeout(force);
      if (err) reject(err);
      else resolve();
    });
    server.closeIdleConnections();
  });
}
