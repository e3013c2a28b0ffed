import type { Context } from "hono";
import type { Logger } from "pino";
import type { Identity } from "./auth/identity.ts";
import type { TokenVerifier } from "./auth/token-verifier.ts";
import type { KeyMaterial } from "./crypto/key-material.ts";
import type { Database } from "./db/client.ts";
import type { Config } from "./env.ts";
import type { Metrics } from "./middleware/metrics.ts";
import type { ProviderClients } from "./provider/workspace-provider.ts";
import type { Readiness } from "./readiness.ts";
import type { SecretsRuntime } from "./secrets-runtime.ts";

/** Everything the app needs, built once by `createBff` (index.ts) or by a test. */
export interface AppDeps {
  config: Config;
  database: Database;
  logger: Logger;
  verifier: TokenVerifier;
  keys: KeyMaterial;
  readiness: Readiness;
  metrics: Metrics;
  /** The Azure ML clients built per connection (rebuilt when a connection changes). */
  providerClients: ProviderClients;
  /** Workspace tokens, previous keys and key locks held by this process. */
  secrets: SecretsRuntime;
  /** The clock; tests move it. */
  now: () => Date;
}

/** Per-request values. Handlers read `c.var.deps`, `c.var.identity`, `c.var.signal`, … */
export type AppEnv = {
  Variables: {
    requestId: string;
    logger: Logger;
    deps: AppDeps;
    /** Set by `authenticate` from the verified token; undefined on public routes. */
    identity: Identity | undefined;
    /** Aborted when the request times out: pass it to provider calls. */
    signal: AbortSignal;
  };
};

/** The env of a handler behind `requireAuthenticated`/`requirePermission`: identity is present. */
export type AuthedEnv = { Variables: { identity: Identity } };

/** The app's deps from any context (undefined outside the app, e.g. a middleware tested alone). */
export const depsOf = (c: Context): AppDeps | undefined =>
  (c as Context<AppEnv>).get("deps") as AppDeps | undefined;
