import path from "node:path";
import { dataDirOf, type Env, loadEnv, type WorkspaceRole } from "./env.ts";
import { DEFAULT_ENDPOINT_ROLE_ASSIGNMENTS, type EndpointRoleAssignments } from "./v2/rbac.ts";

/** What `startEmulator` accepts; anything left out comes from the environment (env.ts). */
export interface EmulatorOptions {
  /** 0 picks a free port. */
  port?: number;
  /** The HTTPS port (0 picks a free one; the default when `port` is 0); `null` serves no HTTPS. */
  httpsPort?: number | null;
  /** The HTTPS certificate and key (PEM); default: dev-idp's, read from beside the CA file. */
  tls?: { certPem: string; keyPem: string };
  dataDir?: string;
  idpIssuer?: string;
  /** The identity provider's CA certificate (PEM); default: read from the CA file on first use. */
  idpCaPem?: string;
  transitionDelayMs?: number;
  tokenLifetimeSeconds?: number;
  regionLatencyScale?: number;
  roleAssignments?: Record<string, WorkspaceRole>;
  /** Principal (application id or user object id) → role on online endpoints (v2). */
  endpointRoleAssignments?: EndpointRoleAssignments;
}

export interface EmulatorConfig {
  port: number;
  httpsPort: number | null;
  /** PEMs given, or the files of dev-idp's certificate and key (read at start). */
  tls: { certPem: string; keyPem: string } | { certFile: string; keyFile: string };
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
  endpointRoleAssignments: EndpointRoleAssignments;
}

export function resolveConfig(options: EmulatorOptions = {}, e: Env = loadEnv()): EmulatorConfig {
  const dataDir = path.resolve(options.dataDir ?? dataDirOf(e));
  const caFile = e.KEYTURN_IDP_CA_FILE ?? path.join(dataDir, "dev-idp", "tls", "cert.pem");
  return {
    port: options.port ?? e.KEYTURN_EMULATOR_PORT,
    httpsPort: options.httpsPort !== undefined ? options.httpsPort : httpsPortFor(options.port, e),
    tls: options.tls ?? { certFile: caFile, keyFile: path.join(path.dirname(caFile), "key.pem") },
    hostname: "127.0.0.1",
    dataDir,
    stateDir: path.join(dataDir, "emulator"),
    idpIssuer: options.idpIssuer ?? e.KEYTURN_IDP_ISSUER,
    idpCa: options.idpCaPem !== undefined ? { pem: options.idpCaPem } : { file: caFile },
    transitionDelayMs: options.transitionDelayMs ?? e.KEYTURN_EMULATOR_TRANSITION_DELAY_MS,
    tokenLifetimeSeconds: options.tokenLifetimeSeconds ?? e.KEYTURN_EMULATOR_TOKEN_LIFETIME_SECONDS,
    regionLatencyScale: options.regionLatencyScale ?? e.KEYTURN_EMULATOR_REGION_LATENCY_SCALE,
    roleAssignments: options.roleAssignments ?? e.KEYTURN_EMULATOR_ROLE_ASSIGNMENTS,
    endpointRoleAssignments: options.endpointRoleAssignments ?? DEFAULT_ENDPOINT_ROLE_ASSIGNMENTS,
  };
}

/** A caller that asks for a free HTTP port (tests) gets a free HTTPS port too, never the fixed one. */
function httpsPortFor(port: number | undefined, e: Env): number | null {
  return port === 0 ? 0 : e.KEYTURN_EMULATOR_HTTPS_PORT;
}
