import type { Logger } from "pino";
import type { EmulatorConfig } from "./config.ts";
import type { IdpVerifier } from "./control-plane/idp-verifier.ts";
import type { ScoringIndex } from "./data-plane/scoring-index.ts";
import type { WorkspaceRole } from "./env.ts";
import type { Faults } from "./runtime/faults.ts";
import type { InFlight } from "./runtime/in-flight.ts";
import type { RegionStatus } from "./runtime/regions.ts";
import type { WorkspaceTokens } from "./secrets/workspace-tokens.ts";
import type { WorkspaceRecord } from "./state/schema.ts";
import type { Store } from "./state/store.ts";
import type { Transitions } from "./state/transitions.ts";

/** Everything the routes share, built once per emulator instance (no module-level state). */
export interface EmulatorContext {
  config: EmulatorConfig;
  logger: Logger;
  store: Store;
  transitions: Transitions;
  tokens: WorkspaceTokens;
  scoring: ScoringIndex;
  regions: RegionStatus;
  faults: Faults;
  /** Requests naming a workspace in flight, and the most at once (the console's concurrency, measured). */
  inFlight: InFlight;
  idp: IdpVerifier;
  /** The emulator's own origin (known once it listens), for absolute URLs in answers. */
  baseUrl(): string;
}

/** The caller of the control plane, from its verified token. */
export interface Principal {
  appId: string;
  objectId: string | null;
  role: WorkspaceRole | null;
}

export type AppEnv = {
  Variables: {
    principal: Principal;
    workspace: WorkspaceRecord;
  };
};
