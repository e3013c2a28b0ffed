import path from "node:path";
import { dataDirOf, type Env, loadEnv, type WorkspaceRole } from "./env.ts";

/** What `startEmulator` accepts; anything left out comes from the environment (env.ts). */
export interface EmulatorOptions {
  /** 0 picks a free port. */
  port?: number;
  dataDir?: string;
  idpIssuer?: string;
  /** The identity provider's CA certificate (PEM); default: read from the CA file on first use. */
  idpCaPem?: string;
  transitionDelayMs?: number;
  tokenLifetimeSeconds?: number;
  regionLatencyScale?: number;
  roleAssignments?: Record<string, WorkspaceRole>;
}

export interface EmulatorConfig {
  port: number;
  /** Always 127.0.0.1: the admin API has no authentication. */
  hostname: "127.0.0.1";
  dataDir: string;
  /** `<dataDir>/emulator`, where this app keeps its state. */
  stateDir: string;
  idpIssuer: string;
  idpCa: { pem: string } | { file: string };
  transitionDelayMs: number;
  tokenLifetimeSeconds: number;
  regionLatencyScale: number;
  roleAssignments: Readonly<Record<string, WorkspaceRole>>;
}

export function resolveConfig(options: EmulatorOptions = {}, e: Env = loadEnv()): EmulatorConfig {
  const dataDir = path.resolve(options.dataDir ?? dataDirOf(e));
  return {
    port: options.port ?? e.KEYTURN_EMULATOR_PORT,
    hostname: "127.0.0.1",
    dataDir,
    stateDir: path.join(dataDir, "emulator"),
    idpIssuer: options.idpIssuer ?? e.KEYTURN_IDP_ISSUER,
    idpCa:
      options.idpCaPem !== undefined
        ? { pem: options.idpCaPem }
        : { file: e.KEYTURN_IDP_CA_FILE ?? path.join(dataDir, "dev-idp", "tls", "cert.pem") },
    transitionDelayMs: options.transitionDelayMs ?? e.KEYTURN_EMULATOR_TRANSITION_DELAY_MS,
    tokenLifetimeSeconds: options.tokenLifetimeSeconds ?? e.KEYTURN_EMULATOR_TOKEN_LIFETIME_SECONDS,
    regionLatencyScale: options.regionLatencyScale ?? e.KEYTURN_EMULATOR_REGION_LATENCY_SCALE,
    roleAssignments: options.roleAssignments ?? e.KEYTURN_EMULATOR_ROLE_ASSIGNMENTS,
  };
}
