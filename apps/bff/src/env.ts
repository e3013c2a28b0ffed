import { existsSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { HOST_PATTERN } from "./provider/allowed-hosts.ts";

// The only file that reads process.env (docs/conventions.md). Everything else receives a `Config`.

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

const Base64KeySchema = (minBytes: number, exactBytes?: number) =>
  z
    .string()
    .trim()
    .transform((value) => Buffer.from(value, "base64"))
    .refine(
      (bytes) => (exactBytes === undefined ? bytes.length >= minBytes : bytes.length === exactBytes),
      exactBytes === undefined
        ? `must be base64 of at least ${minBytes} bytes`
        : `must be base64 of exactly ${exactBytes} bytes`,
    );

const OriginListSchema = z
  .string()
  .transform((value) => value.split(",").map((part) => part.trim().replace(/\/$/, "")))
  .transform((parts) => parts.filter((part) => part !== ""))
  .pipe(z.array(z.url({ protocol: /^https?$/ })));

/** Comma-separated host names, `*.` allowed before a name of two labels or more. */
const HostListSchema = z
  .string()
  .transform((value) => value.split(",").map((part) => part.trim().toLowerCase()))
  .transform((parts) => parts.filter((part) => part !== ""))
  .pipe(z.array(z.string().regex(HOST_PATTERN, "a host name, or *. and a name of two labels or more")));

const BooleanSchema = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");

/** Every variable the BFF reads, with its default. Documented in apps/bff/README.md. */
export const EnvSchema = z.object({
  NODE_ENV: z.string().optional(),
  /** production serves the built SPA and sends HSTS. Default: production when NODE_ENV=production. */
  KEYTURN_MODE: z.enum(["development", "production", "test"]).optional(),
  KEYTURN_BFF_PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  KEYTURN_BFF_HOST: z.string().min(1).default("localhost"),
  /** Default: `<repo root>/.keyturn`. */
  KEYTURN_DATA_DIR: z.string().min(1).optional(),
  /** Unset: embedded PGlite in `<dataDir>/bff/pglite`. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL")
    .optional(),
  KEYTURN_AUTH_ISSUER: z.url().default("https://localhost:8443"),
  KEYTURN_AUTH_AUDIENCE: z.string().min(1).default("api://keyturn"),
  /** Unset: `jwks_uri` from the issuer's discovery document. */
  KEYTURN_AUTH_JWKS_URL: z.url().optional(),
  /** Default: `<dataDir>/dev-idp/tls/cert.pem` when it exists (the self-signed dev issuer). */
  KEYTURN_IDP_CA_FILE: z.string().min(1).optional(),
  KEYTURN_STEP_UP_MAX_AGE_SECONDS: z.coerce.number().int().min(30).max(86_400).default(600),
  /** base64 of 32 bytes. Unset: `<dataDir>/bff/master.key`, created on first run (mode 0600). */
  KEYTURN_MASTER_KEY: Base64KeySchema(32, 32).optional(),
  /** base64 of ≥ 16 bytes. Unset: `<dataDir>/bff/fingerprint.pepper`, created on first run. */
  KEYTURN_FINGERPRINT_PEPPER: Base64KeySchema(16).optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS).default("info"),
  /** Comma-separated origins allowed by CORS; empty: CORS closed (the SPA is same-origin). */
  KEYTURN_CORS_ORIGINS: OriginListSchema.default([]),
  KEYTURN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(600),
  KEYTURN_RATE_LIMIT_BURST: z.coerce.number().int().min(1).max(100_000).default(100),
  /** Invalid tokens allowed per client address: refilled per minute, and at once (then 429). */
  KEYTURN_AUTH_FAILURES_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(10),
  KEYTURN_AUTH_FAILURES_BURST: z.coerce.number().int().min(1).max(100_000).default(20),
  KEYTURN_BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(50_000_000)
    .default(100 * 1024),
  KEYTURN_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
  /** Load balancers in front of the BFF whose X-Forwarded-For entries are trusted (0: none). */
  KEYTURN_TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /** Default: `<repo root>/apps/web/dist`; served in production mode. */
  KEYTURN_WEB_DIST_DIR: z.string().min(1).optional(),
  /** Seed the embedded default's workspace connection on first start. Default: on unless production. */
  KEYTURN_SEED_DEFAULT_CONNECTION: BooleanSchema.optional(),
  KEYTURN_EMULATOR_URL: z.url().default("http://127.0.0.1:8090"),
  /** The dev-idp secret of the `keyturn-bff` service principal, stored (encrypted) in the seed. */
  KEYTURN_IDP_BFF_SECRET: z.string().min(8).default("keyturn-bff-dev-secret"),
  /** The dev-idp secret of the `keyturn-reader` service principal (Reader role: token calls only). */
  KEYTURN_IDP_READER_SECRET: z.string().min(8).default("keyturn-reader-dev-secret"),
  /**
   * How the BFF gets its workspace credential: `dev-idp` (client credentials against the connection's
   * issuer, trusting KEYTURN_IDP_CA_FILE) or `azure-identity` (@azure/identity). Default: dev-idp
   * unless production.
   */
  KEYTURN_PROVIDER_CREDENTIAL: z.enum(["dev-idp", "azure-identity"]).optional(),
  /** Production: hosts a connection may reach besides Azure's public cloud (sovereign clouds, …). */
  KEYTURN_ALLOWED_PROVIDER_HOSTS: HostListSchema.default([]),
  /** Deadline of one call to a workspace. */
  KEYTURN_PROVIDER_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  /** How long a connection's discovered workspace list is reused. */
  KEYTURN_WORKSPACE_CACHE_SECONDS: z.coerce.number().int().min(0).max(86_400).default(60),
  /** Inventory sync period (every replica schedules it; one runs it at a time). 0: only at start. */
  KEYTURN_INVENTORY_SYNC_SECONDS: z.coerce.number().int().min(0).max(86_400).default(300),
  /** How long a create waits for its operation before answering 202 with the operation. */
  KEYTURN_OPERATION_WAIT_MS: z.coerce.number().int().min(0).max(600_000).default(20_000),
  /** Poll interval of a create's or delete's operation. */
  KEYTURN_OPERATION_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(1_000),
  /** The SPA's sign-in (GET /api/config). Authority default: KEYTURN_AUTH_ISSUER. */
  KEYTURN_CONSOLE_AUTHORITY: z.url({ protocol: /^https$/ }).optional(),
  KEYTURN_CONSOLE_CLIENT_ID: z.string().min(1).default("keyturn-console"),
  /** Comma-separated; default `<audience>/access_as_user`. */
  KEYTURN_CONSOLE_SCOPES: z.string().optional(),
  /** Default: AAD for login.microsoftonline.com, else OIDC. */
  KEYTURN_CONSOLE_PROTOCOL_MODE: z.enum(["OIDC", "AAD"]).optional(),
  /** Comma-separated hosts; default: the authority's host. */
  KEYTURN_CONSOLE_KNOWN_AUTHORITIES: z.string().optional(),
  /**
   * Ed25519 private key signing audit checkpoints: PKCS#8 PEM (`\n` escapes allowed) or base64 of the
   * DER. Unset: `<dataDir>/bff/checkpoint-ed25519.pem`, created on first run. Replicas must share it.
   */
  KEYTURN_AUDIT_CHECKPOINT_KEY: z.string().min(1).optional(),
  /** Minutes between scheduled audit checkpoints (one per period across replicas); 0: none. */
  KEYTURN_AUDIT_CHECKPOINT_MINUTES: z.coerce.number().int().min(0).max(10_080).default(15),
});

export type Mode = "development" | "production" | "test";

export interface Config {
  mode: Mode;
  port: number;
  host: string;
  dataDir: string;
  database: { kind: "pglite"; dataDir: string } | { kind: "postgres"; url: string };
  auth: {
    issuer: string;
    audience: string;
    /** null: discovered from `<issuer>/.well-known/openid-configuration`. */
    jwksUrl: string | null;
    /** PEM file trusted (besides the system CAs) for the issuer's TLS; read lazily, may not exist. */
    caFile: string;
    clockToleranceSeconds: number;
    stepUpMaxAgeSeconds: number;
  };
  secrets: {
    masterKey: Buffer | null;
    masterKeyFile: string;
    pepper: Buffer | null;
    pepperFile: string;
  };
  logLevel: (typeof LOG_LEVELS)[number];
  corsOrigins: string[];
  rateLimit: { perMinute: number; burst: number };
  /** Failed authentications per client address (auth/auth-failures.ts). */
  authFailures: { perMinute: number; burst: number };
  bodyLimitBytes: number;
  requestTimeoutMs: number;
  trustedProxyHops: number;
  webDistDir: string;
  seed: {
    defaultConnection: boolean;
    emulatorUrl: string;
    bffClientSecret: string;
    readerClientSecret: string;
  };
  provider: ProviderConfig;
  console: ConsoleAuthConfig;
  audit: AuditConfig;
}

export interface AuditConfig {
  /** The checkpoint key from env (PEM or base64 DER), or null: the file below. */
  checkpointKey: string | null;
  checkpointKeyFile: string;
  /** 0: no scheduled checkpoints. */
  checkpointIntervalMs: number;
}

export interface ProviderConfig {
  credential: "dev-idp" | "azure-identity";
  /** Production: allowed besides Azure's public cloud (provider/allowed-hosts.ts). */
  allowedHosts: string[];
  timeoutMs: number;
  workspaceCacheMs: number;
  /** 0: the inventory is synced at start only. */
  syncIntervalMs: number;
  operationWaitMs: number;
  operationPollMs: number;
}

/** What the SPA needs to sign in (GET /api/config); MSAL's names. */
export interface ConsoleAuthConfig {
  authority: string;
  clientId: string;
  scopes: string[];
  protocolMode: "OIDC" | "AAD";
  knownAuthorities: string[];
}

/** Thrown with every invalid variable's name and reason — never its value, which may be a secret. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

/**
 * Builds the config from an environment (default: process.env). Pure but for locating the repo root.
 * An empty variable counts as unset (as `KEY=` in a compose file means).
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const set = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ""),
  );
  const parsed = EnvSchema.safeParse(set);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`invalid environment:\n  ${lines.join("\n  ")}`);
  }
  const e = parsed.data;
  const mode: Mode = e.KEYTURN_MODE ?? (e.NODE_ENV === "production" ? "production" : "development");
  const dataDir = path.resolve(e.KEYTURN_DATA_DIR ?? path.join(findRepoRoot(), ".keyturn"));
  const bffDir = path.join(dataDir, "bff");
  return {
    mode,
    port: e.KEYTURN_BFF_PORT,
    host: e.KEYTURN_BFF_HOST,
    dataDir,
    database: e.DATABASE_URL
      ? { kind: "postgres", url: e.DATABASE_URL }
      : { kind: "pglite", dataDir: path.join(bffDir, "pglite") },
    auth: {
      issuer: e.KEYTURN_AUTH_ISSUER.replace(/\/$/, ""),
      audience: e.KEYTURN_AUTH_AUDIENCE,
      jwksUrl: e.KEYTURN_AUTH_JWKS_URL ?? null,
      caFile: path.resolve(e.KEYTURN_IDP_CA_FILE ?? path.join(dataDir, "dev-idp", "tls", "cert.pem")),
      clockToleranceSeconds: 30,
      stepUpMaxAgeSeconds: e.KEYTURN_STEP_UP_MAX_AGE_SECONDS,
    },
    secrets: {
      masterKey: e.KEYTURN_MASTER_KEY ?? null,
      masterKeyFile: path.join(bffDir, "master.key"),
      pepper: e.KEYTURN_FINGERPRINT_PEPPER ?? null,
      pepperFile: path.join(bffDir, "fingerprint.pepper"),
    },
    logLevel: e.LOG_LEVEL,
    corsOrigins: e.KEYTURN_CORS_ORIGINS,
    rateLimit: { perMinute: e.KEYTURN_RATE_LIMIT_PER_MINUTE, burst: e.KEYTURN_RATE_LIMIT_BURST },
    authFailures: { perMinute: e.KEYTURN_AUTH_FAILURES_PER_MINUTE, burst: e.KEYTURN_AUTH_FAILURES_BURST },
    bodyLimitBytes: e.KEYTURN_BODY_LIMIT_BYTES,
    requestTimeoutMs: e.KEYTURN_REQUEST_TIMEOUT_MS,
    trustedProxyHops: e.KEYTURN_TRUSTED_PROXY_HOPS,
    webDistDir: path.resolve(e.KEYTURN_WEB_DIST_DIR ?? defaultWebDistDir()),
    seed: {
      defaultConnection: e.KEYTURN_SEED_DEFAULT_CONNECTION ?? mode !== "production",
      emulatorUrl: e.KEYTURN_EMULATOR_URL.replace(/\/$/, ""),
      bffClientSecret: e.KEYTURN_IDP_BFF_SECRET,
      readerClientSecret: e.KEYTURN_IDP_READER_SECRET,
    },
    provider: {
      credential: e.KEYTURN_PROVIDER_CREDENTIAL ?? (mode === "production" ? "azure-identity" : "dev-idp"),
      allowedHosts: e.KEYTURN_ALLOWED_PROVIDER_HOSTS,
      timeoutMs: e.KEYTURN_PROVIDER_TIMEOUT_MS,
      workspaceCacheMs: e.KEYTURN_WORKSPACE_CACHE_SECONDS * 1000,
      syncIntervalMs: e.KEYTURN_INVENTORY_SYNC_SECONDS * 1000,
      operationWaitMs: e.KEYTURN_OPERATION_WAIT_MS,
      operationPollMs: e.KEYTURN_OPERATION_POLL_MS,
    },
    console: consoleAuth(e),
    audit: {
      checkpointKey: e.KEYTURN_AUDIT_CHECKPOINT_KEY ?? null,
      checkpointKeyFile: path.join(bffDir, "checkpoint-ed25519.pem"),
      checkpointIntervalMs: e.KEYTURN_AUDIT_CHECKPOINT_MINUTES * 60_000,
    },
  };
}

const list = (value: string | undefined) =>
  (value ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part !== "");

function consoleAuth(e: z.infer<typeof EnvSchema>): ConsoleAuthConfig {
  const authority = (e.KEYTURN_CONSOLE_AUTHORITY ?? e.KEYTURN_AUTH_ISSUER).replace(/\/$/, "");
  const host = new URL(authority).host;
  const scopes = list(e.KEYTURN_CONSOLE_SCOPES);
  const knownAuthorities = list(e.KEYTURN_CONSOLE_KNOWN_AUTHORITIES);
  return {
    authority,
    clientId: e.KEYTURN_CONSOLE_CLIENT_ID,
    scopes: scopes.length > 0 ? scopes : [`${e.KEYTURN_AUTH_AUDIENCE.replace(/\/$/, "")}/access_as_user`],
    protocolMode: e.KEYTURN_CONSOLE_PROTOCOL_MODE ?? (host === "login.microsoftonline.com" ? "AAD" : "OIDC"),
    knownAuthorities: knownAuthorities.length > 0 ? knownAuthorities : [host],
  };
}

function defaultWebDistDir(): string {
  try {
    return path.join(findRepoRoot(), "apps", "web", "dist");
  } catch {
    return path.resolve("public");
  }
}

/** Walks up from this module to the folder holding pnpm-workspace.yaml (the repo root). */
export function findRepoRoot(start: string = import.meta.dirname): string {
  let dir = path.resolve(start);
  for (;;) {
    if (existsSync(path.join(dir, "pnpm-workspace.yaml"))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new ConfigError(`no pnpm-workspace.yaml above ${start}; set KEYTURN_DATA_DIR`);
    dir = parent;
  }
}
