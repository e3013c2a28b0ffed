import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { getRequestListener } from "@hono/node-server";
import { pino } from "pino";
import { createApp } from "./app.ts";
import { type EmulatorOptions, resolveConfig } from "./config.ts";
import type { EmulatorContext } from "./context.ts";
import { createIdpVerifier } from "./control-plane/idp-verifier.ts";
import { ScoringIndex } from "./data-plane/scoring-index.ts";
import { loadEnv } from "./env.ts";
import { answerClientErrors, unreadableRequest } from "./http/client-errors.ts";
import { Faults } from "./runtime/faults.ts";
import { RegionStatus } from "./runtime/regions.ts";
import { WorkspaceTokens } from "./secrets/workspace-tokens.ts";
import { seedState } from "./state/seed.ts";
import { Store } from "./state/store.ts";
import { Transitions } from "./state/transitions.ts";

export type { EmulatorOptions } from "./config.ts";
export type { WorkspaceRole } from "./env.ts";
export { SEED_RESOURCE_GROUP, SEED_SUBSCRIPTION_ID } from "./state/seed.ts";

export interface RunningEmulator {
  /** e.g. http://127.0.0.1:8090 */
  url: string;
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
    idp: createIdpVerifier({ issuer: config.idpIssuer, ca: config.idpCa }),
    baseUrl: () => baseUrl,
  };
  ctx.transitions.resumeAll();
  const server = await listen(createApp(ctx).fetch, config.port, config.hostname);
  baseUrl = `http://${config.hostname}:${(server.address() as AddressInfo).port}`;
  return {
    url: baseUrl,
    async close() {
      ctx.transitions.cancelAll();
      await closeServer(server);
      await store.save();
      await ctx.idp.close();
    },
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
